import { describe, expect, it } from 'vitest'

import type { PublicFreshness } from '../../../src/freshness/public'
import { badgeScript, badgeSvg, lencanaOf } from '../../../src/public/badge'
import { formToken, isFormTokenValid, isSameOrigin } from '../../../src/public/formGuard'
import { kalimatPembaruan, relatifLalu, statusLook, teksLencana, waktuWib } from '../../../src/public/words'

const NOW = new Date('2026-12-02T09:00:00+07:00')

function item(overrides: Partial<PublicFreshness>): PublicFreshness {
  return {
    menu: 'harga-pangan',
    judul: 'Harga Pangan',
    pemilik: { id: 1, nama: 'Dinas Perdagangan', singkatan: 'DISDAG' },
    kadensi: 'harian',
    kadensiLabel: 'Harian',
    status: 'fresh',
    label: 'Segar',
    terakhirDiperbarui: null,
    jatuhTempo: null,
    umurHari: null,
    tanggalData: null,
    masalah: [],
    catatanArsip: null,
    ...overrides,
  }
}

describe('relative times in Indonesian', () => {
  it.each([
    ['2026-12-02T08:59:30+07:00', 'baru saja'],
    ['2026-12-02T08:45:00+07:00', '15 menit lalu'],
    ['2026-12-02T07:00:00+07:00', '2 jam lalu'],
    ['2026-11-29T12:00:00+07:00', '3 hari lalu'],
    ['2026-08-01T12:00:00+07:00', '4 bulan lalu'],
    ['2020-04-13T12:00:00+07:00', '6 tahun lalu'],
  ])('should word %s as "%s"', (at, words) => {
    expect(relatifLalu({ at: new Date(at), now: NOW })).toBe(words)
  })

  it('should give the wall-clock time in WIB whatever the server zone', () => {
    expect(waktuWib('2026-12-01T17:30:00.000Z')).toBe('2 Desember 2026 pukul 00.30 WIB')
  })

  it('should name the data date a data menu carries', () => {
    expect(kalimatPembaruan({ item: item({ terakhirDiperbarui: '2026-12-02T00:00:00.000Z', tanggalData: '2020-04-13' }), now: NOW })).toBe(
      'diperbarui 2 jam lalu; data terbaru bertanggal 13 April 2020',
    )
    expect(kalimatPembaruan({ item: item({}), now: NOW })).toBe('belum pernah diperbarui')
  })
})

describe('badge words', () => {
  it('should say when a fresh menu was updated, and how late a late one is from its due date', () => {
    expect(teksLencana({ item: item({ terakhirDiperbarui: '2026-12-02T00:00:00.000Z' }), now: NOW })).toBe('Diperbarui 2 jam lalu')
    expect(teksLencana({ item: item({ status: 'overdue', label: 'Terlambat', jatuhTempo: '2026-11-20T00:00:00+07:00' }), now: NOW })).toBe('Terlambat 12 hari')
    expect(teksLencana({ item: item({ status: 'delinquent', label: 'Sangat terlambat', jatuhTempo: '2026-10-03T00:00:00+07:00' }), now: NOW })).toBe(
      'Sangat terlambat 60 hari',
    )
    expect(teksLencana({ item: item({ status: 'empty', label: 'Kosong' }), now: NOW })).toBe('Kosong')
  })

  it('should give every status group its own symbol, so that none depends on colour', () => {
    const symbols = (['fresh', 'due', 'overdue', 'delinquent', 'empty', 'broken', 'archived', 'exempt', 'unmonitored'] as const).map((status) => statusLook(status).simbol)
    expect(new Set(symbols).size).toBe(symbols.length)
  })

  it('should escape a title in the SVG and never let the script data end the script early', () => {
    const hostile = item({ judul: '</title><script>alert(1)</script>', terakhirDiperbarui: '2026-12-02T00:00:00.000Z' })
    const svg = badgeSvg({ item: hostile, now: NOW })
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&lt;/title&gt;')
    const script = badgeScript({ lencana: lencanaOf({ item: hostile, now: NOW }), pageUrl: 'https://segar.example/menu/harga-pangan' })
    expect(script).not.toContain('</script>')
    expect(script).toContain('\\u003c/title>')
  })
})

describe('the form guard', () => {
  const secret = 'rahasia-uji'

  it('should accept its own token for its own menu for a day, and nothing else', () => {
    const token = formToken({ secret, kode: 'harga-pangan', now: NOW })
    expect(isFormTokenValid({ token, secret, kode: 'harga-pangan', now: new Date(NOW.getTime() + 60_000) })).toBe(true)
    expect(isFormTokenValid({ token, secret, kode: 'agenda', now: NOW })).toBe(false)
    expect(isFormTokenValid({ token, secret: 'rahasia-lain', kode: 'harga-pangan', now: NOW })).toBe(false)
    expect(isFormTokenValid({ token, secret, kode: 'harga-pangan', now: new Date(NOW.getTime() + 25 * 3600_000) })).toBe(false)
    expect(isFormTokenValid({ token: undefined, secret, kode: 'harga-pangan', now: NOW })).toBe(false)
  })

  it('should refuse what the browser says came from another site', () => {
    const ownOrigins = ['https://segar.palembang.go.id']
    expect(isSameOrigin({ origin: 'https://segar.palembang.go.id', secFetchSite: 'same-origin', ownOrigins })).toBe(true)
    expect(isSameOrigin({ origin: 'https://jahat.example', secFetchSite: undefined, ownOrigins })).toBe(false)
    expect(isSameOrigin({ origin: undefined, secFetchSite: 'cross-site', ownOrigins })).toBe(false)
    expect(isSameOrigin({ origin: undefined, secFetchSite: 'same-site', ownOrigins })).toBe(false)
    expect(isSameOrigin({ origin: undefined, secFetchSite: undefined, ownOrigins })).toBe(true)
  })
})
