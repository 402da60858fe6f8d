import { describe, expect, it } from 'vitest'

import { classifyLink, notFoundEvidence } from '../../../src/links/classify'
import type { LinkTrace } from '../../../src/links/classify'

const page = (title: string, body = '<p>Isi halaman.</p>') => `<html><head><title>${title}</title></head><body>${body}</body></html>`

function trace(overrides: Partial<LinkTrace> & { status?: number; finalUrl?: string; body?: string | null } = {}): LinkTrace {
  const { status = 200, finalUrl, body = null, ...rest } = overrides
  const url = rest.url ?? 'https://layanan.palembang.go.id/cek-antrian'
  return {
    url,
    chain: [],
    final: { url: finalUrl ?? url, status, method: 'GET', contentType: 'text/html', bodyPrefix: body },
    failure: null,
    attempts: 1,
    ...rest,
  }
}

describe('classifyLink', () => {
  it.each([
    [200, 'ok'],
    [204, 'ok'],
    [404, 'broken'],
    [410, 'broken'],
    [500, 'broken'],
    [503, 'broken'],
    [401, 'blocked'],
    [403, 'blocked'],
    [429, 'blocked'],
    [400, 'error'],
  ] as const)('should classify a final %i as %s', (status, hasil) => {
    const verdict = classifyLink(trace({ status }))
    expect(verdict.hasil).toBe(hasil)
    expect(verdict.status).toBe(status)
    expect(verdict.detail).toContain(String(status))
  })

  it.each([
    ['dns', 'broken'],
    ['refused', 'broken'],
    ['timeout', 'broken'],
    ['loop', 'broken'],
    ['too-many-redirects', 'broken'],
    ['tls', 'error'],
    ['reset', 'error'],
    ['private', 'error'],
    ['invalid-url', 'error'],
  ] as const)('should classify a %s failure as %s', (kind, hasil) => {
    const verdict = classifyLink({ url: 'https://x.example/a', chain: [], final: null, failure: { kind, message: 'bukti' }, attempts: 3 })
    expect(verdict.hasil).toBe(hasil)
    expect(verdict.detail).toContain('bukti')
  })

  it('should suggest where a run of permanent redirects ends', () => {
    const verdict = classifyLink(
      trace({
        url: 'http://dukcapil.palembang.go.id/sim',
        finalUrl: 'https://dukcapil.palembang.go.id/layanan/sim',
        chain: [
          { url: 'http://dukcapil.palembang.go.id/sim', status: 301, location: 'https://dukcapil.palembang.go.id/sim' },
          { url: 'https://dukcapil.palembang.go.id/sim', status: 308, location: 'https://dukcapil.palembang.go.id/layanan/sim' },
        ],
      }),
    )
    expect(verdict).toMatchObject({ hasil: 'redirected', usulanUrl: 'https://dukcapil.palembang.go.id/layanan/sim' })
  })

  it('should not suggest a new address for a temporary redirect', () => {
    const verdict = classifyLink(
      trace({ url: 'https://a.example/x', finalUrl: 'https://a.example/y', chain: [{ url: 'https://a.example/x', status: 302, location: 'https://a.example/y' }] }),
    )
    expect(verdict).toMatchObject({ hasil: 'ok', usulanUrl: null })
  })

  it('should call a deep link redirected to the home page a soft 404, even through a permanent redirect', () => {
    const verdict = classifyLink(
      trace({
        url: 'https://dpmptsp.palembang.go.id/booking-online',
        finalUrl: 'https://dpmptsp.palembang.go.id/',
        chain: [{ url: 'https://dpmptsp.palembang.go.id/booking-online', status: 301, location: 'https://dpmptsp.palembang.go.id/' }],
      }),
    )
    expect(verdict.hasil).toBe('soft-404')
    expect(verdict.usulanUrl).toBeNull()
  })

  it('should not call a home page link that redirects to the home page a soft 404', () => {
    const verdict = classifyLink(
      trace({ url: 'http://palembang.go.id/', finalUrl: 'https://palembang.go.id/', chain: [{ url: 'http://palembang.go.id/', status: 301, location: 'https://palembang.go.id/' }] }),
    )
    expect(verdict.hasil).toBe('redirected')
  })

  it('should not call a deep page a soft 404 when nothing redirected', () => {
    expect(classifyLink(trace({ url: 'https://a.example/', body: page('Beranda') })).hasil).toBe('ok')
  })

  it('should call a 200 page with a not-found title a soft 404', () => {
    expect(classifyLink(trace({ body: page('Halaman Tidak Ditemukan') })).hasil).toBe('soft-404')
  })
})

describe('notFoundEvidence', () => {
  it.each([
    page('Halaman tidak ditemukan'),
    page('404 - Halaman yang Anda cari tidak ditemukan'),
    page('Page Not Found | Dinas'),
    page('Error 404'),
    page('404'),
    page('404 | Dinas Kependudukan'),
    page('HTTP 404'),
    page('Portal', '<h1>Not Found</h1><p>The requested URL was not found on this server.</p>'),
    page('Portal', '<h1>Oops!</h1><p>Maaf, halaman yang Anda minta tidak ditemukan.</p>'),
    '<html><body>Not Found</body></html>',
  ])('should find evidence in %s', (html) => {
    expect(notFoundEvidence({ html })).not.toBeNull()
  })

  it.each([
    page('Layanan Kependudukan'),
    page('Peraturan Wali Kota Nomor 404 Tahun 2020 tentang Retribusi Daerah'),
    page('Layanan /ok/halaman-404'),
    page('Pengumuman', '<h1>Daftar peserta halaman 404</h1>'),
    page('Berita', `<h1>Warga antusias</h1><p>${'Pelayanan berjalan lancar di seluruh kecamatan. '.repeat(20)} Data yang tidak ditemukan akan diverifikasi ulang.</p>`),
    page('Pencarian', `<h1>Hasil pencarian</h1><script>var msg = "not found";</script><p>${'Ada 12 hasil. '.repeat(40)}</p>`),
  ])('should find no evidence in a real page (%#)', (html) => {
    expect(notFoundEvidence({ html })).toBeNull()
  })
})
