import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLinkChecker, DEFAULT_CHECK_OPTIONS, userAgentOf } from '../../src/links/check'
import type { CheckerIo, CheckOptions } from '../../src/links/check'
import type { HttpRequest, Transport } from '../../src/links/transport'
import { startLinkFixture } from '../helpers/linkFixture'
import type { LinkFixture } from '../helpers/linkFixture'

const PUBLIC_URL = 'https://segar.palembang.go.id'

/** Generous where an answer is expected (a loaded 2-core machine), short only where a timeout is the point. */
const OPTIONS: CheckOptions = {
  ...DEFAULT_CHECK_OPTIONS,
  publicUrl: PUBLIC_URL,
  isPrivateAllowed: true,
  timeoutMs: 5_000,
  backoffMs: 10,
  hostIntervalMs: 0,
}

/** Records every wait instead of sleeping through it. */
function recordingSleep() {
  const waits: number[] = []
  const sleep: CheckerIo['sleep'] = async (ms) => {
    waits.push(ms)
  }
  return { waits, sleep }
}

describe('link checker against a loopback site', () => {
  let site: LinkFixture

  beforeAll(async () => {
    site = await startLinkFixture()
  })

  afterAll(async () => {
    await site?.close()
  })

  const check = (path: string, options: Partial<CheckOptions> = {}, io: Partial<CheckerIo> = {}) =>
    createLinkChecker({ options: { ...OPTIONS, ...options }, io }).check(path.startsWith('http') ? path : `${site.base}${path}`)

  it('should call a working page ok, reading its title with GET after HEAD', async () => {
    const verdict = await check('/layanan?kasus=ok')
    expect(verdict).toMatchObject({ hasil: 'ok', status: 200, usulanUrl: null })
    expect(site.seen.filter((line) => line.endsWith('/layanan?kasus=ok'))).toEqual(['HEAD /layanan?kasus=ok', 'GET /layanan?kasus=ok'])
  })

  it('should trust HEAD alone for a file that is not a page', async () => {
    const verdict = await check('/berkas.pdf')
    expect(verdict.hasil).toBe('ok')
    expect(site.seen.filter((line) => line.endsWith('/berkas.pdf'))).toEqual(['HEAD /berkas.pdf'])
  })

  it('should follow a chain of permanent redirects, keep it, and suggest the final address', async () => {
    const verdict = await check('/lama')
    expect(verdict.hasil).toBe('redirected')
    expect(verdict.usulanUrl).toBe(`${site.otherHost}/baru`)
    expect(verdict.rantai).toEqual([
      { url: `${site.base}/lama`, status: 301, location: `${site.base}/lama-2` },
      { url: `${site.base}/lama-2`, status: 308, location: `${site.otherHost}/baru` },
    ])
  })

  it('should call a temporary redirect to a working page ok, with no suggestion', async () => {
    const verdict = await check('/sementara')
    expect(verdict).toMatchObject({ hasil: 'ok', usulanUrl: null })
    expect(verdict.rantai).toHaveLength(1)
  })

  it('should call a redirect loop broken', async () => {
    const verdict = await check('/putar-a')
    expect(verdict.hasil).toBe('broken')
    expect(verdict.detail).toMatch(/berputar/)
    expect(verdict.rantai).toHaveLength(2)
  })

  it('should stop after five redirects and call the link broken', async () => {
    const verdict = await check('/panjang?n=0')
    expect(verdict.hasil).toBe('broken')
    expect(verdict.detail).toMatch(/Terlalu banyak pengalihan/)
    expect(verdict.rantai).toHaveLength(6)
  })

  it('should call 404 and 410 broken, confirmed with GET', async () => {
    const missing = await check('/hilang')
    expect(missing).toMatchObject({ hasil: 'broken', status: 404 })
    expect(site.seen).toContain('GET /hilang')
    const gone = await check('/dihapus')
    expect(gone).toMatchObject({ hasil: 'broken', status: 410 })
  })

  it('should wait as long as Retry-After asks after a 429, then call the link ok', async () => {
    const { waits, sleep } = recordingSleep()
    const verdict = await check('/sibuk?tunggu=2', {}, { sleep })
    expect(verdict).toMatchObject({ hasil: 'ok', status: 200 })
    expect(waits).toEqual([2_000])
  })

  it('should cap a very long Retry-After', async () => {
    const { waits, sleep } = recordingSleep()
    await check('/sibuk?tunggu=86400', { maxRetryAfterMs: 1_500 }, { sleep })
    expect(waits).toEqual([1_500])
  })

  it('should really wait a short Retry-After before asking again', async () => {
    const started = performance.now()
    const verdict = await check('/sibuk?tunggu=1&nyata=1')
    expect(verdict.hasil).toBe('ok')
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('should call a host that keeps answering 429 blocked, not broken', async () => {
    const { sleep } = recordingSleep()
    const verdict = await check('/selalu-sibuk', {}, { sleep })
    expect(verdict.hasil).toBe('blocked')
    expect(verdict.status).toBe(429)
  })

  it('should retry a 500 with backoff and call the link ok when it recovers', async () => {
    const { waits, sleep } = recordingSleep()
    const verdict = await check('/goyah', { backoffMs: 250 }, { sleep })
    expect(verdict).toMatchObject({ hasil: 'ok', status: 200 })
    expect(waits).toEqual([250])
  })

  it('should call a persistent 5xx broken after its retries', async () => {
    const { waits, sleep } = recordingSleep()
    const verdict = await check('/mati', { backoffMs: 100, retries: 2 }, { sleep })
    expect(verdict).toMatchObject({ hasil: 'broken', status: 503 })
    expect(verdict.detail).toMatch(/percobaan/)
    // HEAD and then GET, each tried three times with doubling waits.
    expect(waits).toEqual([100, 200, 100, 200])
  })

  it('should call a page slower than the timeout broken, after retrying', async () => {
    const verdict = await check('/lambat', { timeoutMs: 300, retries: 1 })
    expect(verdict.hasil).toBe('broken')
    expect(verdict.detail).toMatch(/batas waktu/)
    // One HEAD, then GET tried twice.
    expect(verdict.detail).toMatch(/3 percobaan/)
  })

  it('should fall back to GET when HEAD never answers', async () => {
    expect(await check('/head-diam', { timeoutMs: 1_000 })).toMatchObject({ hasil: 'ok', status: 200 })
  })

  it('should call a deep link that lands on the home page of another host a soft 404', async () => {
    const verdict = await check('/cek-antrian')
    expect(verdict.hasil).toBe('soft-404')
    expect(verdict.detail).toMatch(/beranda/)
    expect(verdict.rantai[0]).toMatchObject({ status: 302, location: `${site.otherHost}/` })
  })

  it('should call a deep link that lands on index.php a soft 404', async () => {
    expect((await check('/booking-online')).hasil).toBe('soft-404')
  })

  it('should not call a link to the home page itself a soft 404', async () => {
    expect((await check('/')).hasil).toBe('ok')
  })

  it('should call a 200 page titled "Halaman tidak ditemukan" a soft 404, with the title as evidence', async () => {
    const verdict = await check('/tidak-ada')
    expect(verdict).toMatchObject({ hasil: 'soft-404', status: 200 })
    expect(verdict.detail).toMatch(/Halaman tidak ditemukan/)
  })

  it('should call a short 200 page saying "page not found" a soft 404', async () => {
    expect((await check('/kosong-404')).hasil).toBe('soft-404')
  })

  it('should not call a long article that mentions "tidak ditemukan" a soft 404', async () => {
    expect((await check('/berita-panjang')).hasil).toBe('ok')
  })

  it('should call 403 and 401 blocked: a caution, not broken', async () => {
    expect(await check('/terlarang')).toMatchObject({ hasil: 'blocked', status: 403 })
    expect(await check('/masuk')).toMatchObject({ hasil: 'blocked', status: 401 })
  })

  it('should fall back to GET when HEAD is refused with 405', async () => {
    expect(await check('/tanpa-head')).toMatchObject({ hasil: 'ok', status: 200 })
  })

  it('should confirm a HEAD 404 with GET before calling a link broken', async () => {
    expect(await check('/head-bohong')).toMatchObject({ hasil: 'ok', status: 200 })
  })

  it('should call an unresolvable host broken', async () => {
    const verdict = await check('http://tidak-ada-sama-sekali.invalid/layanan')
    expect(verdict.hasil).toBe('broken')
    expect(verdict.detail).toMatch(/DNS/)
  })

  it('should call a refused port broken', async () => {
    const verdict = await check(`http://127.0.0.1:${site.refusedPort}/layanan`, { retries: 0 })
    expect(verdict.hasil).toBe('broken')
    expect(verdict.detail).toMatch(/ditolak/)
  })

  it('should call a TLS failure an error, not broken', async () => {
    // https:// to a plain-HTTP port: the handshake fails on loopback, like a broken certificate setup would.
    const verdict = await check(`https://127.0.0.1:${site.port}/layanan`)
    expect(verdict.hasil).toBe('error')
    expect(verdict.detail).toMatch(/TLS/)
  })

  it('should send an honest User-Agent naming Segar and the portal', async () => {
    const seen: HttpRequest[] = []
    const transport: Transport = async (request) => {
      seen.push(request)
      return { status: 200, headers: { 'content-type': 'application/pdf' }, bodyPrefix: null }
    }
    const resolve = async () => [{ address: '203.0.113.10', family: 4 as const }]
    await check('https://layanan.contoh.example/berkas.pdf', { isPrivateAllowed: false }, { transport, resolve })
    expect(seen[0]!.headers['user-agent']).toBe(`Segar/0.1 (+${PUBLIC_URL}; pemantau tautan portal Kota Palembang)`)
    expect(userAgentOf(PUBLIC_URL)).toMatch(/^Segar\/0\.1 /)
  })

  it('should fetch a URL once per run however many documents carry it', async () => {
    const checker = createLinkChecker({ options: OPTIONS })
    const url = `${site.base}/layanan?kasus=sekali`
    await Promise.all([checker.check(url), checker.check(url), checker.check(url)])
    expect(site.seen.filter((line) => line.endsWith('kasus=sekali'))).toHaveLength(2)
  })

  it('should keep at most two requests in flight per host', async () => {
    let inFlight = 0
    let most = 0
    const transport: Transport = async () => {
      inFlight += 1
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 20))
      inFlight -= 1
      return { status: 200, headers: { 'content-type': 'application/pdf' }, bodyPrefix: null }
    }
    const resolve = async () => [{ address: '203.0.113.10', family: 4 as const }]
    const checker = createLinkChecker({ options: { ...OPTIONS, isPrivateAllowed: false }, io: { transport, resolve } })
    await Promise.all(Array.from({ length: 10 }, (_, index) => checker.check(`https://satu.contoh.example/berkas-${index}.pdf`)))
    expect(most).toBe(2)
  })

  it('should space requests to one host by the configured interval', async () => {
    const starts: number[] = []
    const transport: Transport = async () => {
      starts.push(performance.now())
      return { status: 200, headers: { 'content-type': 'application/pdf' }, bodyPrefix: null }
    }
    const resolve = async () => [{ address: '203.0.113.10', family: 4 as const }]
    const checker = createLinkChecker({ options: { ...OPTIONS, isPrivateAllowed: false, hostIntervalMs: 100 }, io: { transport, resolve } })
    await Promise.all(Array.from({ length: 4 }, (_, index) => checker.check(`https://dua.contoh.example/f-${index}.pdf`)))
    const gaps = starts.slice(1).map((start, index) => start - starts[index]!)
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(95)
  })
})

describe('link checker and private addresses', () => {
  let site: LinkFixture

  beforeAll(async () => {
    site = await startLinkFixture()
  })

  afterAll(async () => {
    await site?.close()
  })

  const strict = { ...OPTIONS, isPrivateAllowed: false }

  it('should refuse a loopback address by default without sending a request', async () => {
    const before = site.seen.length
    const verdict = await createLinkChecker({ options: strict }).check(`${site.base}/layanan`)
    expect(verdict.hasil).toBe('error')
    expect(verdict.detail).toMatch(/Ditolak: 127\.0\.0\.1/)
    expect(verdict.detail).toMatch(/LINK_CHECK_ALLOW_PRIVATE/)
    expect(site.seen.length).toBe(before)
  })

  it('should refuse a name that resolves to a private address, checking every address', async () => {
    const resolve = async () => [
      { address: '203.0.113.7', family: 4 as const },
      { address: '10.1.2.3', family: 4 as const },
    ]
    const transport: Transport = async () => {
      throw new Error('tidak boleh dihubungi')
    }
    const verdict = await createLinkChecker({ options: strict, io: { resolve, transport } }).check('https://intranet.contoh.example/')
    expect(verdict.hasil).toBe('error')
    expect(verdict.detail).toMatch(/intranet\.contoh\.example mengarah ke alamat jaringan internal\/lokal \(10\.1\.2\.3\)/)
  })

  it('should refuse a redirect hop to the cloud metadata address', async () => {
    const asked: string[] = []
    const transport: Transport = async (request) => {
      asked.push(request.url.href)
      return { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' }, bodyPrefix: null }
    }
    const resolve = async () => [{ address: '203.0.113.7', family: 4 as const }]
    const verdict = await createLinkChecker({ options: strict, io: { resolve, transport } }).check('https://pintas.contoh.example/x')
    expect(verdict.hasil).toBe('error')
    expect(verdict.detail).toMatch(/169\.254\.169\.254/)
    expect(asked).toEqual(['https://pintas.contoh.example/x'])
  })

  it('should refuse localhost by name', async () => {
    const verdict = await createLinkChecker({ options: strict }).check(`${site.otherHost}/layanan`)
    expect(verdict.hasil).toBe('error')
    expect(verdict.detail).toMatch(/localhost mengarah ke alamat jaringan internal/)
  })
})
