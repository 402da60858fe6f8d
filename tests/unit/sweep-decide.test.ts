import { describe, expect, it } from 'vitest'

import { planSnapshot } from '../../jobs/sweep/decide'
import type { MenuFreshness } from '../../src/freshness/evaluate'

const now = new Date('2031-07-01T02:00:00.000Z')

function result(status: MenuFreshness['status']): MenuFreshness {
  return {
    menuId: 1,
    menu: 'harga-pangan',
    koleksi: 'harga-pangan',
    judul: 'Harga Bahan Pokok',
    pemilik: { id: 2, nama: 'Dinas Perdagangan', singkatan: 'DISDAG' },
    kadensi: 'WORKDAYS',
    kadensiLabel: 'Setiap hari kerja',
    status,
    label: status,
    terakhirDiperbarui: null,
    jatuhTempo: null,
    jatuhTempoBesok: false,
    umurHari: null,
    tanggalData: null,
    masalah: [],
    catatanArsip: null,
    dasar: 'data',
    jumlahTerbit: null,
    jumlahBerlaku: null,
    pengecualian: null,
  }
}

describe('planSnapshot', () => {
  it('should snapshot a menu seen for the first time without a transition', () => {
    expect(planSnapshot({ result: result('overdue'), previous: null, now })).toMatchObject({ snapshot: true, transition: null })
  })

  it('should record no transition when the status is unchanged', () => {
    const previous = { status: 'overdue' as const, dijalankanPada: '2031-07-01T01:00:00.000Z' }
    expect(planSnapshot({ result: result('overdue'), previous, now })).toMatchObject({ snapshot: true, transition: null })
  })

  it('should record the transition from the previous status when it changed', () => {
    const previous = { status: 'due' as const, dijalankanPada: '2031-07-01T01:00:00.000Z' }
    expect(planSnapshot({ result: result('overdue'), previous, now }).transition).toEqual({ dari: 'due', ke: 'overdue' })
  })

  it('should write nothing when this very instant is already recorded', () => {
    const previous = { status: 'due' as const, dijalankanPada: now.toISOString() }
    expect(planSnapshot({ result: result('overdue'), previous, now })).toMatchObject({ snapshot: false, transition: null })
  })
})
