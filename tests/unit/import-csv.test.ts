import { describe, expect, it } from 'vitest'

import { jakartaDay } from '../../src/domain/calendar'
import { isAfterToday, parseCalendarDate } from '../../src/domain/calendarDate'
import { parseCsv } from '../../src/import/csv'
import { readNumber } from '../../src/import/schemas'

describe('parseCsv', () => {
  it('should read quoted fields with separators, doubled quotes and line breaks, numbering data rows from 1', () => {
    const text = '\uFEFFkomoditas,catatan\r\n"Beras, medium","kata ""bagus""\nbaris dua"\r\n\r\nGula pasir,\n'
    const { header, records, problems } = parseCsv(text)
    expect(problems).toEqual([])
    expect(header).toEqual(['komoditas', 'catatan'])
    expect(records).toEqual([
      { baris: 1, values: { komoditas: 'Beras, medium', catatan: 'kata "bagus"\nbaris dua' } },
      { baris: 2, values: { komoditas: 'Gula pasir', catatan: '' } },
    ])
  })

  it('should take semicolons when the header uses them, as Indonesian spreadsheets do', () => {
    expect(parseCsv('a;b\n1,5;2\n').records).toEqual([{ baris: 1, values: { a: '1,5', b: '2' } }])
  })

  it('should report an unclosed quote, a repeated header and a row with extra cells', () => {
    expect(parseCsv('a,b\n"1,2\n').problems[0]!.pesan).toMatch(/tidak pernah ditutup/)
    expect(parseCsv('a,a\n1,2\n').problems).toEqual([{ baris: 0, kolom: 'a', pesan: expect.stringMatching(/lebih dari sekali/) }])
    expect(parseCsv('a,b\n1,2,3\n').problems).toEqual([{ baris: 1, kolom: '', pesan: expect.stringMatching(/3 kolom/) }])
  })
})

describe('readNumber', () => {
  it.each([
    ['14500', 14_500],
    ['14.500', 14_500],
    ['Rp 14.500', 14_500],
    ['Rp14.500,00', 14_500],
    ['12,5', 12.5],
    ['-3', -3],
    ['', undefined],
  ])('should read %j as %j', (text, expected) => {
    expect(readNumber(text)).toBe(expected)
  })

  it('should leave words as not-a-number', () => {
    expect(readNumber('empat ribu')).toBeNaN()
  })
})

describe('calendar dates in Jakarta', () => {
  it('should take the Jakarta day of an instant and read day-first dates', () => {
    expect(jakartaDay({ at: new Date('2026-11-27T17:30:00.000Z') })).toBe('2026-11-28')
    expect(parseCalendarDate('2026-11-27T17:30:00.000Z')).toBe('2026-11-28')
    expect(parseCalendarDate('13/04/2020')).toBe('2020-04-13')
    expect(parseCalendarDate('2023-02-29')).toBeUndefined()
    expect(parseCalendarDate('kemarin')).toBeUndefined()
  })

  it('should call tomorrow in Jakarta the future even while it is still today in UTC', () => {
    const now = new Date('2026-11-27T16:59:00.000Z') // 23:59 WIB on the 27th
    expect(isAfterToday({ date: '2026-11-27', now })).toBe(false)
    expect(isAfterToday({ date: '2026-11-28', now })).toBe(true)
    expect(isAfterToday({ date: '2026-11-28', now: new Date('2026-11-27T17:00:00.000Z') })).toBe(false)
  })
})
