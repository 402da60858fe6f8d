import { describe, expect, it } from 'vitest'

import {
  addCalendarDays,
  addWorkingDays,
  calendarDaysBetween,
  formatJakartaDate,
  isDayString,
  isWorkingDay,
  JAKARTA_OFFSET_MS,
  jakartaDateTime,
  jakartaDay,
  jakartaTimeOn,
  jakartaYear,
  MONTH_NAMES,
  startOfJakartaDay,
  workingDaysBetween,
} from '../../../src/domain/calendar'

const at = (iso: string) => new Date(iso)
const days = (...list: string[]) => new Set(list)

describe('jakartaDay', () => {
  it('should already be the next day in Palembang from 17:00 UTC', () => {
    expect(jakartaDay({ at: at('2025-07-07T16:59:59.999Z') })).toBe('2025-07-07')
    expect(jakartaDay({ at: at('2025-07-07T17:00:00.000Z') })).toBe('2025-07-08')
  })

  it('should keep a calendar date stored at midnight UTC on its own day', () => {
    expect(jakartaDay({ at: at('2020-04-13T00:00:00.000Z') })).toBe('2020-04-13')
  })

  it('should start the Jakarta day at 00:00 WIB', () => {
    expect(startOfJakartaDay({ at: at('2025-07-08T23:59:00+07:00') }).toISOString()).toBe('2025-07-07T17:00:00.000Z')
  })
})

describe('calendarDaysBetween', () => {
  it('should count 23:59 WIB and 00:01 WIB the next morning as one day apart although UTC sees one date', () => {
    const from = at('2025-07-07T23:59:00+07:00')
    const to = at('2025-07-08T00:01:00+07:00')
    expect(from.toISOString().slice(0, 10)).toBe(to.toISOString().slice(0, 10))
    expect(calendarDaysBetween({ from, to })).toBe(1)
  })

  it('should count 00:01 WIB and 23:59 WIB of the same day as zero days apart although UTC sees two dates', () => {
    const from = at('2025-07-08T00:01:00+07:00')
    const to = at('2025-07-08T23:59:00+07:00')
    expect(from.toISOString().slice(0, 10)).not.toBe(to.toISOString().slice(0, 10))
    expect(calendarDaysBetween({ from, to })).toBe(0)
  })

  it('should count across a year and be negative backwards', () => {
    expect(calendarDaysBetween({ from: at('2024-01-01T12:00:00+07:00'), to: at('2025-01-01T01:00:00+07:00') })).toBe(366)
    expect(calendarDaysBetween({ from: at('2025-01-03T12:00:00+07:00'), to: at('2025-01-01T12:00:00+07:00') })).toBe(-2)
  })
})

describe('isWorkingDay', () => {
  it('should treat weekdays as working days and weekends and listed holidays as not', () => {
    expect(isWorkingDay({ day: '2025-07-07' })).toBe(true)
    expect(isWorkingDay({ day: '2025-07-11' })).toBe(true)
    expect(isWorkingDay({ day: '2025-07-12' })).toBe(false)
    expect(isWorkingDay({ day: '2025-07-13' })).toBe(false)
    expect(isWorkingDay({ day: '2025-08-18', holidays: days('2025-08-18') })).toBe(false)
  })
})

describe('workingDaysBetween', () => {
  it('should count the Monday after a Friday update as one working day once it has begun', () => {
    const friday = at('2025-07-11T16:00:00+07:00')
    expect(workingDaysBetween({ from: friday, to: at('2025-07-13T23:59:00+07:00') })).toBe(0)
    expect(workingDaysBetween({ from: friday, to: at('2025-07-14T00:01:00+07:00') })).toBe(1)
  })

  it('should count nothing on the update day itself', () => {
    expect(workingDaysBetween({ from: at('2025-07-07T00:01:00+07:00'), to: at('2025-07-07T23:59:00+07:00') })).toBe(0)
  })

  it('should count Tuesday and Wednesday after a Monday update', () => {
    expect(workingDaysBetween({ from: at('2025-07-07T10:00:00+07:00'), to: at('2025-07-09T10:00:00+07:00') })).toBe(2)
  })

  it('should not count a holiday', () => {
    const from = at('2025-08-15T10:00:00+07:00')
    const to = at('2025-08-20T10:00:00+07:00')
    expect(workingDaysBetween({ from, to })).toBe(3)
    expect(workingDaysBetween({ from, to, holidays: days('2025-08-18') })).toBe(2)
  })

  it('should not count a holiday on the day being checked', () => {
    const from = at('2025-08-15T10:00:00+07:00')
    expect(workingDaysBetween({ from, to: at('2025-08-20T10:00:00+07:00'), holidays: days('2025-08-20') })).toBe(2)
  })

  it('should ignore a holiday that falls on a weekend, on the update day or outside the range', () => {
    const from = at('2025-08-15T10:00:00+07:00')
    const to = at('2025-08-20T10:00:00+07:00')
    expect(workingDaysBetween({ from, to, holidays: days('2025-08-17', '2025-08-15', '2025-08-21', 'bukan-tanggal') })).toBe(3)
  })

  it('should count the working days of January 2025 without its four weekday holidays', () => {
    const holidays = days('2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29')
    expect(workingDaysBetween({ from: at('2024-12-31T12:00:00+07:00'), to: at('2025-02-01T12:00:00+07:00'), holidays })).toBe(19)
  })

  it('should be negative backwards', () => {
    expect(workingDaysBetween({ from: at('2025-07-09T10:00:00+07:00'), to: at('2025-07-07T10:00:00+07:00') })).toBe(-2)
  })
})

describe('addCalendarDays', () => {
  it('should give the start of the Jakarta day that many days later', () => {
    expect(addCalendarDays({ from: at('2025-07-01T23:30:00+07:00'), days: 30 }).toISOString()).toBe(
      at('2025-07-31T00:00:00+07:00').toISOString(),
    )
  })
})

describe('addWorkingDays', () => {
  it('should make a Friday plus one working day Monday 00:00 WIB', () => {
    expect(addWorkingDays({ from: at('2025-07-11T23:59:00+07:00'), days: 1 }).toISOString()).toBe(
      at('2025-07-14T00:00:00+07:00').toISOString(),
    )
  })

  it('should skip a holiday Monday', () => {
    expect(addWorkingDays({ from: at('2025-08-15T09:00:00+07:00'), days: 1, holidays: days('2025-08-18') }).toISOString()).toBe(
      at('2025-08-19T00:00:00+07:00').toISOString(),
    )
  })

  it('should make a Thursday plus one working day Friday 00:00 WIB', () => {
    expect(addWorkingDays({ from: at('2025-07-10T09:00:00+07:00'), days: 1 }).toISOString()).toBe(
      at('2025-07-11T00:00:00+07:00').toISOString(),
    )
  })

  it('should skip a whole week of collective leave', () => {
    const holidays = days('2026-03-20', '2026-03-23', '2026-03-24')
    expect(addWorkingDays({ from: at('2026-03-19T10:00:00+07:00'), days: 2, holidays }).toISOString()).toBe(
      at('2026-03-26T00:00:00+07:00').toISOString(),
    )
  })

  it('should give the start of the same day for zero working days', () => {
    expect(addWorkingDays({ from: at('2025-07-10T09:00:00+07:00'), days: 0 }).toISOString()).toBe(
      at('2025-07-10T00:00:00+07:00').toISOString(),
    )
  })

  it('should be the exact moment workingDaysBetween reaches the count', () => {
    const holidays = days('2025-08-18', '2025-12-25', '2025-12-26')
    for (const start of ['2025-08-14T23:59:00+07:00', '2025-08-16T00:00:00+07:00', '2025-12-24T12:00:00+07:00']) {
      const from = at(start)
      for (const count of [1, 2, 3, 7]) {
        const moment = addWorkingDays({ from, days: count, holidays })
        expect(workingDaysBetween({ from, to: moment, holidays })).toBe(count)
        expect(workingDaysBetween({ from, to: new Date(moment.getTime() - 1), holidays })).toBe(count - 1)
      }
    }
  })
})

describe('formatJakartaDate', () => {
  it('should write the Jakarta day in Indonesian', () => {
    expect(formatJakartaDate({ at: at('2020-04-12T17:00:00Z') })).toBe('13 April 2020')
    expect(formatJakartaDate({ at: at('2023-12-31T16:59:00Z') })).toBe('31 Desember 2023')
  })
})

describe('isDayString', () => {
  it('should accept only real YYYY-MM-DD days', () => {
    expect(isDayString('2026-02-28')).toBe(true)
    expect(isDayString('2026-02-29')).toBe(false)
    expect(isDayString('2026-2-1')).toBe(false)
  })
})

describe('one Jakarta clock', () => {
  it('should read an ISO string as the same instant as a Date', () => {
    expect(jakartaDay({ at: '2025-07-07T17:00:00.000Z' })).toBe('2025-07-08')
    expect(jakartaDay({ at: '2025-07-08T06:59:59+07:00' })).toBe('2025-07-08')
  })

  it('should turn the year at 17:00 UTC on 31 December', () => {
    expect(jakartaYear({ at: at('2025-12-31T16:59:59.999Z') })).toBe(2025)
    expect(jakartaYear({ at: at('2025-12-31T17:00:00.000Z') })).toBe(2026)
  })

  it('should write wall-clock time with the +07:00 offset', () => {
    expect(JAKARTA_OFFSET_MS).toBe(25_200_000)
    expect(jakartaDateTime({ at: at('2026-01-05T01:00:00.000Z') })).toBe('2026-01-05T08:00:00+07:00')
    expect(jakartaDateTime({ at: at('2025-12-31T17:30:00.000Z') })).toBe('2026-01-01T00:30:00+07:00')
  })

  it('should place an hour WIB on the Jakarta day some days away', () => {
    // 23:30 WIB on 7 July is still 7 July in Jakarta although it is 16:30 UTC.
    expect(jakartaTimeOn({ at: at('2025-07-07T16:30:00.000Z'), hour: 9 }).toISOString()).toBe('2025-07-07T02:00:00.000Z')
    expect(jakartaTimeOn({ at: at('2025-07-07T17:30:00.000Z'), days: -2, hour: 8, minute: 15 }).toISOString()).toBe('2025-07-06T01:15:00.000Z')
  })

  it('should name the twelve months in Indonesian', () => {
    expect(MONTH_NAMES).toHaveLength(12)
    expect([MONTH_NAMES[0], MONTH_NAMES[7], MONTH_NAMES[11]]).toEqual(['Januari', 'Agustus', 'Desember'])
  })
})
