import { describe, expect, it } from 'vitest'

import { currentKeadaan, isWorthTelling } from '../../jobs/ringkasan-harian/decide'
import type { Keadaan, PastNotice } from '../../jobs/ringkasan-harian/decide'
import type { MenuFreshness } from '../../src/freshness/evaluate'

const wib = (iso: string) => new Date(`${iso}+07:00`)

function menu(overrides: Partial<MenuFreshness> = {}): MenuFreshness {
  return {
    menuId: 7,
    menu: 'agenda',
    koleksi: 'agenda',
    judul: 'Agenda Kota',
    pemilik: { id: 3, nama: 'Bagian Protokol', singkatan: 'PROKOPIM' },
    kadensi: 'WEEKLY',
    kadensiLabel: 'Mingguan',
    status: 'overdue',
    label: 'Terlambat',
    terakhirDiperbarui: wib('2026-01-01T09:00:00').toISOString(),
    jatuhTempo: wib('2026-01-08T00:00:00').toISOString(),
    jatuhTempoBesok: false,
    umurHari: 15,
    tanggalData: null,
    masalah: [],
    catatanArsip: null,
    dasar: 'items',
    jumlahTerbit: 3,
    jumlahBerlaku: 3,
    pengecualian: null,
    ...overrides,
  }
}

const told = (keadaan: Keadaan, at: string, extra: Partial<PastNotice> = {}): PastNotice => ({
  keadaan,
  pada: wib(at),
  jatuhTempo: null,
  jumlahLaporan: null,
  jenis: 'ringkasan-harian',
  ...extra,
})

const decide = ({
  keadaan = 'overdue',
  result = menu(),
  history = [],
  now = wib('2026-01-16T08:00:00'),
  improvedSince = null,
  reports,
}: {
  keadaan?: Keadaan
  result?: MenuFreshness
  history?: PastNotice[]
  now?: Date
  improvedSince?: Date | null
  reports?: { terbuka: number; terbaru: Date | null }
}) =>
  isWorthTelling({
    keadaan,
    result,
    reports,
    history,
    improvedAfter: (since) => improvedSince !== null && improvedSince > since,
    now,
    intervalDays: 3,
    track: 'ringkasan-harian',
  })

describe('what the daily digest tells an office', () => {
  it('should tell a problem never told before', () => {
    expect(decide({})).toBe(true)
  })

  it('should not repeat a problem told yesterday or the day before', () => {
    expect(decide({ history: [told('overdue', '2026-01-15T08:00:00')] })).toBe(false)
    expect(decide({ history: [told('overdue', '2026-01-14T08:00:00')] })).toBe(false)
  })

  it('should repeat it once the re-reminder interval has passed', () => {
    expect(decide({ history: [told('overdue', '2026-01-13T08:00:00')] })).toBe(true)
  })

  it('should tell it again at once when the status got worse', () => {
    expect(decide({ keadaan: 'delinquent', history: [told('overdue', '2026-01-15T08:00:00')] })).toBe(true)
  })

  it('should not count a milder status as news', () => {
    expect(decide({ keadaan: 'due', history: [told('overdue', '2026-01-15T08:00:00')] })).toBe(false)
  })

  it('should tell a problem that was fixed and came back', () => {
    expect(decide({ history: [told('overdue', '2026-01-15T08:00:00')], improvedSince: wib('2026-01-15T12:00:00') })).toBe(true)
  })

  it('should ignore what the other track (escalation) told, and what was told after the replayed moment', () => {
    expect(decide({ history: [told('overdue', '2026-01-15T08:00:00', { jenis: 'eskalasi' })] })).toBe(true)
    expect(decide({ history: [told('overdue', '2026-01-20T08:00:00')] })).toBe(true)
  })

  it('should give the day-before reminder once per due date', () => {
    const result = menu({ status: 'fresh', jatuhTempoBesok: true, jatuhTempo: wib('2026-01-17T00:00:00').toISOString() })
    const reminded = told('jatuh-tempo-besok', '2026-01-16T08:00:00', { jatuhTempo: wib('2026-01-17T00:00:00') })
    expect(decide({ keadaan: 'jatuh-tempo-besok', result })).toBe(true)
    expect(decide({ keadaan: 'jatuh-tempo-besok', result, history: [reminded], now: wib('2026-01-16T14:00:00') })).toBe(false)
    const nextCycle = menu({ status: 'fresh', jatuhTempoBesok: true, jatuhTempo: wib('2026-01-24T00:00:00').toISOString() })
    expect(decide({ keadaan: 'jatuh-tempo-besok', result: nextCycle, history: [reminded], now: wib('2026-01-23T08:00:00') })).toBe(true)
  })

  it('should tell citizen reports again when a new one arrived', () => {
    const history = [told('laporan-warga', '2026-01-15T08:00:00', { jumlahLaporan: 1 })]
    expect(decide({ keadaan: 'laporan-warga', history, reports: { terbuka: 1, terbaru: wib('2026-01-14T10:00:00') } })).toBe(false)
    expect(decide({ keadaan: 'laporan-warga', history, reports: { terbuka: 2, terbaru: wib('2026-01-15T19:00:00') } })).toBe(true)
  })

  it('should list what a menu needs: its problem status, H-1 only for cadences longer than a day, open reports', () => {
    expect(currentKeadaan({ result: menu(), reports: undefined })).toEqual(['overdue'])
    expect(currentKeadaan({ result: menu({ status: 'fresh', jatuhTempoBesok: true }), reports: { terbuka: 2, terbaru: null } })).toEqual([
      'jatuh-tempo-besok',
      'laporan-warga',
    ])
    expect(currentKeadaan({ result: menu({ status: 'fresh', jatuhTempoBesok: true, kadensi: 'DAILY' }), reports: undefined })).toEqual([])
    expect(currentKeadaan({ result: menu({ status: 'archived' }), reports: undefined })).toEqual([])
  })
})
