import { describe, expect, it } from 'vitest'

import { isDayString, isWorkingDay } from '../../../src/domain/calendar'
import { HOLIDAY_KINDS, INDONESIAN_HOLIDAYS, holidayLookup } from '../../../src/domain/holidays'

describe('INDONESIAN_HOLIDAYS', () => {
  it('should hold only real days of 2025 to 2027 with a name and a known kind, in date order', () => {
    const dates = INDONESIAN_HOLIDAYS.map((holiday) => holiday.tanggal)
    for (const holiday of INDONESIAN_HOLIDAYS) {
      expect(isDayString(holiday.tanggal), holiday.tanggal).toBe(true)
      expect(['2025', '2026', '2027']).toContain(holiday.tanggal.slice(0, 4))
      expect(holiday.nama.length).toBeGreaterThan(3)
      expect(HOLIDAY_KINDS).toContain(holiday.jenis)
    }
    expect(dates).toEqual([...dates].sort())
    expect(new Set(dates).size).toBe(dates.length)
  })

  it('should carry the decreed counts of 2025 and 2026', () => {
    const count = (year: string, jenis: string) =>
      INDONESIAN_HOLIDAYS.filter((holiday) => holiday.tanggal.startsWith(year) && holiday.jenis === jenis).length
    expect(count('2025', 'libur-nasional')).toBe(17)
    expect(count('2025', 'cuti-bersama')).toBe(11)
    expect(count('2026', 'libur-nasional')).toBe(17)
    expect(count('2026', 'cuti-bersama')).toBe(8)
    expect(count('2027', 'libur-nasional')).toBe(17)
  })

  it('should include the decreed collective leave around Idulfitri 2026 and the added 18 August 2025', () => {
    const lookup = holidayLookup({ holidays: INDONESIAN_HOLIDAYS })
    expect(lookup.get('2025-08-18')?.jenis).toBe('cuti-bersama')
    for (const day of ['2026-03-20', '2026-03-23', '2026-03-24']) expect(lookup.get(day)?.jenis).toBe('cuti-bersama')
    expect(lookup.get('2026-03-21')?.nama).toContain('Idulfitri')
    expect(isWorkingDay({ day: '2026-03-23', holidays: lookup })).toBe(false)
    expect(isWorkingDay({ day: '2026-03-25', holidays: lookup })).toBe(true)
  })
})

describe('holidayLookup', () => {
  it('should keep the national holiday when a collective-leave day shares its date', () => {
    const lookup = holidayLookup({
      holidays: [
        { tanggal: '2030-01-01', nama: 'Cuti bersama', jenis: 'cuti-bersama' },
        { tanggal: '2030-01-01', nama: 'Tahun Baru', jenis: 'libur-nasional' },
        { tanggal: '2030-01-01', nama: 'Cuti lagi', jenis: 'cuti-bersama' },
      ],
    })
    expect(lookup.size).toBe(1)
    expect(lookup.get('2030-01-01')?.nama).toBe('Tahun Baru')
    expect(lookup.has('2030-01-02')).toBe(false)
  })
})
