import { describe, expect, it } from 'vitest'

import { buildWeeklyReport, fixDurations, isoWeekOf } from '../../jobs/laporan-mingguan/report'
import type { SnapshotRow, TransitionRow } from '../../jobs/laporan-mingguan/report'

const wib = (iso: string) => new Date(`${iso}+07:00`)

const snap = (menuId: string, pemilikId: string, status: SnapshotRow['status'], at: string, umurHari: number | null = 1): SnapshotRow => ({
  menuId,
  kode: `menu-${menuId}`,
  pemilikId,
  status,
  umurHari,
  at: wib(at),
})

describe('weekly report figures', () => {
  it('should name ISO weeks across a year boundary', () => {
    expect(isoWeekOf({ at: wib('2023-01-16T07:00:00') })).toEqual({ isoWeek: '2023-W03', monday: '2023-01-16' })
    expect(isoWeekOf({ at: wib('2027-01-01T07:00:00') })).toEqual({ isoWeek: '2026-W53', monday: '2026-12-28' })
    // 00:30 WIB on Monday is still Sunday in UTC: the Jakarta day decides.
    expect(isoWeekOf({ at: wib('2026-01-05T00:30:00') }).isoWeek).toBe('2026-W02')
  })

  it('should measure days from overdue to fresh again, per office, ignoring unfinished episodes', () => {
    const rows: TransitionRow[] = [
      { menuId: '1', pemilikId: 'a', dari: 'due', ke: 'overdue', at: wib('2026-01-01T08:00:00') },
      { menuId: '1', pemilikId: 'a', dari: 'overdue', ke: 'delinquent', at: wib('2026-01-03T08:00:00') },
      { menuId: '1', pemilikId: 'a', dari: 'delinquent', ke: 'fresh', at: wib('2026-01-05T08:00:00') },
      { menuId: '2', pemilikId: 'a', dari: 'due', ke: 'overdue', at: wib('2026-01-10T08:00:00') },
    ]
    expect(Object.fromEntries(fixDurations({ transitions: rows }))).toEqual({ a: [4] })
  })

  it('should count per office from each menu\'s newest snapshot, list the worst, and compare with a week earlier', () => {
    const now = wib('2026-01-12T07:00:00')
    const snapshots = [
      snap('1', 'a', 'fresh', '2026-01-12T06:00:00'),
      snap('2', 'a', 'overdue', '2026-01-12T06:00:00', 20),
      snap('3', 'b', 'delinquent', '2026-01-12T06:00:00', 40),
      snap('4', 'b', 'unmonitored', '2026-01-12T06:00:00', null),
      // An older snapshot of menu 2 must not count.
      snap('2', 'a', 'fresh', '2026-01-11T06:00:00'),
      // A week ago all three were fresh.
      snap('1', 'a', 'fresh', '2026-01-05T06:00:00'),
      snap('2', 'a', 'fresh', '2026-01-05T06:00:00'),
      snap('3', 'b', 'fresh', '2026-01-05T06:00:00'),
    ]
    const report = buildWeeklyReport({
      snapshots,
      transitions: [],
      offices: [
        { id: 'a', nama: 'Dinas A', singkatan: 'DINA' },
        { id: 'b', nama: 'Dinas B', singkatan: 'DINB' },
      ],
      judulByKode: new Map([['menu-3', 'Menu Tiga']]),
      now,
      trendDays: 8,
    })
    expect(report.isoWeek).toBe('2026-W03')
    expect(report.offices).toEqual([
      { nama: 'Dinas B', singkatan: 'DINB', segar: 0, terlambat: 0, sangatTerlambat: 1, persenSegar: 0, medianHariPerbaikan: null },
      { nama: 'Dinas A', singkatan: 'DINA', segar: 1, terlambat: 1, sangatTerlambat: 0, persenSegar: 50, medianHariPerbaikan: null },
    ])
    expect(report.worst.map((menu) => [menu.menu, menu.judul, menu.pemilik, menu.label])).toEqual([
      ['menu-3', 'Menu Tiga', 'DINB', 'Sangat terlambat'],
      ['menu-2', 'menu-2', 'DINA', 'Terlambat'],
    ])
    expect(report.change).toEqual({ persenSegarSekarang: 33.3, persenSegarMingguLalu: 100 })
    expect(report.trend).toHaveLength(8)
    expect(report.trend.at(-1)).toEqual({ tanggal: '2026-01-12', persenSegar: 33.3 })
    expect(report.trend.find((point) => point.tanggal === '2026-01-05')?.persenSegar).toBe(100)
    expect(report.trend.find((point) => point.tanggal === '2026-01-08')?.persenSegar).toBeNull()
  })
})
