import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type LinkFixture = {
  /** http://127.0.0.1:PORT */
  base: string
  /** The same server under another name: http://localhost:PORT */
  otherHost: string
  port: number
  /** Requests seen, as "METHOD path". */
  seen: string[]
  /** A port nothing listens on. */
  refusedPort: number
  /** Makes a path answer 404 (a service gone down) or serve a page again. */
  setDown: (path: string, isDown: boolean) => void
  close: () => Promise<void>
}

const html = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`

const LONG_ARTICLE = html(
  'Berita Kota Palembang',
  `<h1>Pemkot Palembang resmikan layanan baru</h1><p>${'Warga kini dapat mengurus surat keterangan secara daring tanpa antre. '.repeat(12)}</p>` +
    '<p>Bila nomor permohonan tidak ditemukan, hubungi kantor kelurahan.</p>',
)

/**
 * A small site on 127.0.0.1 with one path per case the link checker must
 * tell apart. Counters are kept per full path (query included), so each test
 * can ask for its own "first answer fails" sequence.
 */
export async function startLinkFixture({ slowMs = 5_000 }: { slowMs?: number } = {}): Promise<LinkFixture> {
  const counts = new Map<string, number>()
  const seen: string[] = []
  const down = new Set<string>()
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture')
    const key = `${url.pathname}${url.search}`
    const count = (counts.get(key) ?? 0) + 1
    counts.set(key, count)
    seen.push(`${request.method} ${key}`)
    const isHead = request.method === 'HEAD'
    const send = (status: number, body = '', headers: Record<string, string | number> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers })
      response.end(isHead ? undefined : body)
    }
    const port = (server.address() as AddressInfo).port
    if (down.has(url.pathname)) return send(404, html('404 Not Found', '<h1>Not Found</h1>'))
    switch (url.pathname) {
      case '/':
        return send(200, html('Portal Kota Palembang', '<h1>Beranda</h1><p>Selamat datang.</p>'))
      case '/layanan':
      case '/sim-online':
        return send(200, html('Layanan Surat Keterangan Domisili', '<h1>Surat Keterangan Domisili</h1><p>Isi formulir.</p>'))
      case '/berkas.pdf':
        return send(200, '%PDF-1.4', { 'content-type': 'application/pdf' })
      case '/berita-panjang':
        return send(200, LONG_ARTICLE)
      case '/lama':
        return send(301, '', { location: '/lama-2' })
      case '/lama-2':
        return send(308, '', { location: `http://localhost:${port}/baru` })
      case '/baru':
        return send(200, html('Layanan baru', '<h1>Layanan</h1>'))
      case '/sementara':
        return send(302, '', { location: '/layanan' })
      case '/putar-a':
        return send(302, '', { location: '/putar-b' })
      case '/putar-b':
        return send(302, '', { location: '/putar-a' })
      case '/panjang': {
        const step = Number(url.searchParams.get('n') ?? '0')
        return send(302, '', { location: `/panjang?n=${step + 1}` })
      }
      case '/hilang':
        return send(404, html('404 Not Found', '<h1>Not Found</h1>'))
      case '/dihapus':
        return send(410, html('Gone', '<h1>Gone</h1>'))
      case '/sibuk':
        return count === 1 ? send(429, 'Terlalu banyak permintaan', { 'retry-after': url.searchParams.get('tunggu') ?? '1' }) : send(200, html('Data', '<p>Data tersedia.</p>'))
      case '/selalu-sibuk':
        return send(429, 'Terlalu banyak permintaan', { 'retry-after': '1' })
      case '/goyah':
        return count === 1 ? send(500, 'Galat') : send(200, html('Pulih', '<p>Sudah pulih.</p>'))
      case '/mati':
        return send(503, 'Layanan tidak tersedia')
      case '/lambat': {
        const timer = setTimeout(() => send(200, html('Lambat', '<p>akhirnya</p>')), slowMs)
        response.on('close', () => clearTimeout(timer))
        return
      }
      case '/cek-antrian':
        return send(302, '', { location: `http://localhost:${port}/` })
      case '/booking-online':
        return send(302, '', { location: '/index.php' })
      case '/index.php':
        return send(200, html('Beranda', '<h1>Beranda</h1>'))
      case '/tidak-ada':
        return send(200, html('Halaman tidak ditemukan - Portal Kota Palembang', '<h1>Maaf</h1><p>Silakan kembali ke beranda.</p>'))
      case '/kosong-404':
        return send(200, '<html><body><p>Error 404: page not found</p></body></html>')
      case '/terlarang':
        return send(403, html('Forbidden', '<h1>403 Forbidden</h1>'))
      case '/masuk':
        return send(401, 'Login', { 'www-authenticate': 'Basic realm="uji"' })
      case '/tanpa-head':
        return isHead ? send(405, '', { allow: 'GET' }) : send(200, html('Hanya GET', '<p>ok</p>'))
      case '/head-diam':
        // A server that never answers HEAD but serves GET at once.
        if (isHead) return
        return send(200, html('Ada', '<p>halaman ada</p>'))
      case '/head-bohong':
        // Some servers answer HEAD with 404 yet serve the page to GET.
        return isHead ? send(404) : send(200, html('Ada', '<p>halaman ada</p>'))
      default:
        return send(404, html('Not Found', '<h1>Not Found</h1>'))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const spare = http.createServer()
  await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve))
  const refusedPort = (spare.address() as AddressInfo).port
  await new Promise<void>((resolve) => spare.close(() => resolve()))
  return {
    base: `http://127.0.0.1:${port}`,
    otherHost: `http://localhost:${port}`,
    port,
    seen,
    refusedPort,
    setDown: (path, isDown) => {
      if (isDown) down.add(path)
      else down.delete(path)
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
