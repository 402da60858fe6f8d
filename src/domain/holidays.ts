/**
 * Indonesia's national holidays (libur nasional) and collective leave (cuti
 * bersama), as data. They are decreed each year by a joint decree of the
 * Ministers of Religious Affairs, Manpower and Administrative Reform (SKB
 * Tiga Menteri), not computed, so this list only seeds the calendar that
 * Diskominfo maintains; the freshness rule takes whatever list it is given.
 */
export const HOLIDAY_KINDS = ['libur-nasional', 'cuti-bersama'] as const

export type HolidayKind = (typeof HOLIDAY_KINDS)[number]

export type Holiday = { tanggal: string; nama: string; jenis: HolidayKind }

/** Holidays keyed by 'YYYY-MM-DD'; when two share a day the national holiday is kept. */
export type HolidayLookup = ReadonlyMap<string, Holiday>

export function holidayLookup({ holidays }: { holidays: readonly Holiday[] }): HolidayLookup {
  const byDay = new Map<string, Holiday>()
  for (const holiday of holidays) {
    const existing = byDay.get(holiday.tanggal)
    if (!existing || (existing.jenis === 'cuti-bersama' && holiday.jenis === 'libur-nasional')) byDay.set(holiday.tanggal, holiday)
  }
  return byDay
}

const libur = (tanggal: string, nama: string): Holiday => ({ tanggal, nama, jenis: 'libur-nasional' })
const cuti = (tanggal: string, nama: string): Holiday => ({ tanggal, nama, jenis: 'cuti-bersama' })

/** SKB Nomor 1017 Tahun 2024, 2 Tahun 2024, 2 Tahun 2024; changed by SKB Nomor 933 Tahun 2025, 1 Tahun 2025, 3 Tahun 2025 (18 Agustus). */
const HOLIDAYS_2025: Holiday[] = [
  libur('2025-01-01', 'Tahun Baru 2025 Masehi'),
  libur('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  cuti('2025-01-28', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili'),
  libur('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  cuti('2025-03-28', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)'),
  libur('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
  libur('2025-03-31', 'Idulfitri 1446 Hijriah'),
  libur('2025-04-01', 'Idulfitri 1446 Hijriah'),
  cuti('2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah'),
  cuti('2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah'),
  cuti('2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah'),
  cuti('2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah'),
  libur('2025-04-18', 'Wafat Yesus Kristus'),
  libur('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  libur('2025-05-01', 'Hari Buruh Internasional'),
  libur('2025-05-12', 'Hari Raya Waisak 2569 BE'),
  cuti('2025-05-13', 'Cuti bersama Hari Raya Waisak 2569 BE'),
  libur('2025-05-29', 'Kenaikan Yesus Kristus'),
  cuti('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
  libur('2025-06-01', 'Hari Lahir Pancasila'),
  libur('2025-06-06', 'Iduladha 1446 Hijriah'),
  cuti('2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah'),
  libur('2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah'),
  libur('2025-08-17', 'Proklamasi Kemerdekaan'),
  cuti('2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan Republik Indonesia'),
  libur('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  libur('2025-12-25', 'Kelahiran Yesus Kristus'),
  cuti('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
]

/** SKB Nomor 1497 Tahun 2025, 2 Tahun 2025, 5 Tahun 2025 (ditetapkan 19 September 2025). */
const HOLIDAYS_2026: Holiday[] = [
  libur('2026-01-01', 'Tahun Baru 2026 Masehi'),
  libur('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  cuti('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili'),
  libur('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  cuti('2026-03-18', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  libur('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  cuti('2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah'),
  libur('2026-03-21', 'Idulfitri 1447 Hijriah'),
  libur('2026-03-22', 'Idulfitri 1447 Hijriah'),
  cuti('2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah'),
  cuti('2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah'),
  libur('2026-04-03', 'Wafat Yesus Kristus'),
  libur('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  libur('2026-05-01', 'Hari Buruh Internasional'),
  libur('2026-05-14', 'Kenaikan Yesus Kristus'),
  cuti('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
  libur('2026-05-27', 'Iduladha 1447 Hijriah'),
  cuti('2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah'),
  libur('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  libur('2026-06-01', 'Hari Lahir Pancasila'),
  libur('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
  libur('2026-08-17', 'Proklamasi Kemerdekaan'),
  libur('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  cuti('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
  libur('2026-12-25', 'Kelahiran Yesus Kristus'),
]

/**
 * No decree for 2027 was known when this list was written. Fixed-date
 * holidays and those that follow Easter are certain; the others are
 * estimates from the Hijri, Chinese and Saka calendars, and every cuti
 * bersama is a guess from the pattern of earlier decrees. Entries marked
 * "estimate" must be replaced once the 2027 SKB is signed.
 */
const HOLIDAYS_2027: Holiday[] = [
  libur('2027-01-01', 'Tahun Baru 2027 Masehi'),
  libur('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW'), // estimate: 27 Rajab 1448 H
  cuti('2027-02-05', 'Cuti bersama Tahun Baru Imlek 2578 Kongzili'), // estimate
  libur('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'), // estimate: the new moon falls near midnight in Beijing, may be 7 February
  cuti('2027-03-08', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1949)'), // estimate
  libur('2027-03-09', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'), // estimate: the day after Tilem Kesanga
  libur('2027-03-10', 'Idulfitri 1448 Hijriah'), // estimate: set by the isbat session
  libur('2027-03-11', 'Idulfitri 1448 Hijriah'), // estimate
  cuti('2027-03-12', 'Cuti bersama Idulfitri 1448 Hijriah'), // estimate
  cuti('2027-03-15', 'Cuti bersama Idulfitri 1448 Hijriah'), // estimate
  cuti('2027-03-16', 'Cuti bersama Idulfitri 1448 Hijriah'), // estimate
  libur('2027-03-26', 'Wafat Yesus Kristus'),
  libur('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
  libur('2027-05-01', 'Hari Buruh Internasional'),
  libur('2027-05-06', 'Kenaikan Yesus Kristus'),
  cuti('2027-05-07', 'Cuti bersama Kenaikan Yesus Kristus'), // estimate
  libur('2027-05-17', 'Iduladha 1448 Hijriah'), // estimate: set by the isbat session
  cuti('2027-05-18', 'Cuti bersama Iduladha 1448 Hijriah'), // estimate
  libur('2027-05-20', 'Hari Raya Waisak 2571 BE'), // estimate: May full moon
  cuti('2027-05-21', 'Cuti bersama Hari Raya Waisak 2571 BE'), // estimate
  libur('2027-06-01', 'Hari Lahir Pancasila'),
  libur('2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah'), // estimate
  libur('2027-08-15', 'Maulid Nabi Muhammad SAW'), // estimate: 12 Rabiulawal 1449 H
  libur('2027-08-17', 'Proklamasi Kemerdekaan'),
  cuti('2027-12-24', 'Cuti bersama Kelahiran Yesus Kristus'), // estimate
  libur('2027-12-25', 'Kelahiran Yesus Kristus'),
]

/** The seed for Diskominfo's holiday calendar, in date order. */
export const INDONESIAN_HOLIDAYS: readonly Holiday[] = [...HOLIDAYS_2025, ...HOLIDAYS_2026, ...HOLIDAYS_2027]
