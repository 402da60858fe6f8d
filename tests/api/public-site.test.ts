import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSweep } from '../../jobs/sweep/handler'
import { paragraphs } from '../../seed/ensure'
import type { PublicFreshness } from '../../src/freshness/public'
import { REPORT_LIMIT } from '../../src/freshness/citizenReports'
import { statusLook } from '../../src/public/words'
import { SLUGS } from '../../src/slugs'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer
let freshness: PublicFreshness[]
let nextAddress = 10
/** Each report comes from its own address unless a test wants one shared (the app trusts X-Forwarded-For from loopback). */
const freshAddress = () => `203.0.113.${nextAddress++}`

const FRESH_MENU = 'kontak-pemadam-kebakaran'
const ARCHIVED_MENU = 'statistik-covid'

async function menuRow(kode: string) {
  const found = await server.payload.find({ collection: SLUGS.menuPortal, where: { kode: { equals: kode } }, limit: 1, depth: 0 })
  if (!found.docs[0]) throw new Error(`menu ${kode} tidak ada`)
  return found.docs[0]
}

/** The token and honeypot exactly as the page hands them to a browser. */
async function formOf(kode: string): Promise<{ token: string; html: string }> {
  const response = await server.api(`/menu/${kode}`)
  expect(response.status).toBe(200)
  const html = await response.text()
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1]
  expect(token, 'the page carries a form token').toBeTruthy()
  return { token: token!, html }
}

function post({ kode, fields, address = freshAddress(), headers = {} }: { kode: string; fields: Record<string, string>; address?: string; headers?: Record<string, string> }) {
  return server.api(`/menu/${kode}/laporan`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': address, ...headers },
  })
}

const countReports = async () => (await server.payload.count({ collection: SLUGS.laporanWarga })).totalDocs

beforeAll(async () => {
  server = await startTestServer()
  // Something published just now, so the fire-brigade contacts are fresh.
  await server.payload.create({
    collection: SLUGS.kontakLayanan,
    data: { jenis: 'pemadam-kebakaran', wilayah: 'Pos Damkar Uji', telepon: '0711 350000', _status: 'published' },
    draft: false,
  })
  await runSweep({ payload: server.payload, now: new Date() })
  // A status change between two sweeps: the freshness feed's first entry.
  const covid = await menuRow(ARCHIVED_MENU)
  await server.payload.update({
    collection: SLUGS.menuPortal,
    id: covid.id,
    data: { status: 'arsip', catatanArsip: 'Data COVID-19 tidak lagi diperbarui sejak status darurat berakhir.' },
  })
  await runSweep({ payload: server.payload, now: new Date() })
  freshness = (await (await server.api('/api/kesegaran')).json()) as PublicFreshness[]
})

afterAll(async () => {
  await server?.close()
})

describe('the public page at /', () => {
  it('should list every active menu once with its owner, and the archived ones apart with their notice', async () => {
    const response = await server.api('/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain('<h1>Kesegaran informasi Portal Palembang</h1>')
    const listed = [...html.matchAll(/<li class="kartu [^"]*" data-menu="([^"]+)"/g)].map((match) => match[1])
    expect(listed.sort()).toEqual(freshness.map((item) => item.menu).sort())
    const [activePart, archivedPart = ''] = html.split('id="menu-arsip"')
    for (const item of freshness) {
      const part = item.status === 'archived' ? archivedPart : activePart!
      expect(part, item.menu).toContain(`data-menu="${item.menu}"`)
    }
    expect(archivedPart).toContain('Data COVID-19 tidak lagi diperbarui sejak status darurat berakhir.')
    const fresh = freshness.find((item) => item.menu === FRESH_MENU)!
    expect(fresh.status).toBe('fresh')
    const card = html.slice(html.indexOf(`data-menu="${FRESH_MENU}"`)).split('</li>')[0]!
    expect(card).toContain(fresh.pemilik.nama)
    expect(card).toMatch(/✓<\/span> Segar/)
    expect(card).toMatch(/diperbarui (baru saja|\d+ menit lalu)/)
  })

  it('should carry no script at all and the same security headers as the API', async () => {
    const response = await server.api('/')
    const html = await response.text()
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/ style=/i)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('should be served from the response cache on the second read, and read anew after a write', async () => {
    const first = await server.api('/')
    await first.text()
    const second = await server.api('/')
    expect(second.headers.get('x-segar-cache')).toBe('hit')
    const etag = second.headers.get('etag')!
    expect(etag).toMatch(/^"/)
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    const unchanged = await server.api('/', { headers: { 'if-none-match': etag } })
    expect(unchanged.status).toBe(304)
    await server.payload.create({
      collection: SLUGS.kontakLayanan,
      data: { jenis: 'pemadam-kebakaran', wilayah: 'Pos Damkar Uji Kedua', telepon: '0711 350001', _status: 'published' },
      draft: false,
    })
    const after = await server.api('/')
    expect(after.headers.get('x-segar-cache')).toBe('miss')
  })

  it('should serve the stylesheet it links to', async () => {
    const response = await server.api('/publik.css')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await response.text()).toContain('.kartu')
  })
})

describe('a menu page', () => {
  it('should show the status history, a link to the content in the API, and the report form with a honeypot', async () => {
    const { html } = await formOf(FRESH_MENU)
    expect(html).toMatch(/<svg class="grafik" role="img" aria-label="Riwayat status \d+ pemeriksaan terakhir/)
    const apiLink = /href="(\/api\/kontak-layanan[^"]*)"/.exec(html)?.[1]
    expect(apiLink).toBeTruthy()
    expect((await server.api(apiLink!.replace(/&amp;/g, '&'))).status).toBe(200)
    expect(html).toContain('<label for="pesan">')
    expect(html).toMatch(/<input type="text" id="situs" name="situs" tabindex="-1"/)
  })

  it('should answer 404 in Indonesian for an unknown menu', async () => {
    const response = await server.api('/menu/tidak-ada-menu-ini')
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toContain('Tidak ada menu dengan kode "tidak-ada-menu-ini"')
  })
})

describe('the report form', () => {
  it('should store a report through the citizen report rules and send the citizen to the confirmation', async () => {
    const { token } = await formOf(FRESH_MENU)
    const before = await countReports()
    const response = await post({ kode: FRESH_MENU, fields: { token, pesan: 'Nomor pos damkar di Plaju sudah berganti.', kontak: 'warga@contoh.id', situs: '' } })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`/menu/${FRESH_MENU}/terima-kasih`)
    expect(await countReports()).toBe(before + 1)
    const stored = (await server.payload.find({ collection: SLUGS.laporanWarga, sort: '-createdAt', limit: 1, depth: 0 })).docs[0]!
    expect(stored).toMatchObject({ menu: (await menuRow(FRESH_MENU)).id, pesan: 'Nomor pos damkar di Plaju sudah berganti.', kontak: 'warga@contoh.id', status: 'baru' })
    expect(stored.klien).toMatch(/\S/)
    const thanks = await server.api(`/menu/${FRESH_MENU}/terima-kasih`)
    expect(thanks.status).toBe(200)
    expect(await thanks.text()).toContain('Yang terjadi berikutnya')
  })

  it('should refuse a post from another site, or without the page token, and store nothing', async () => {
    const { token } = await formOf(FRESH_MENU)
    const before = await countReports()
    const fields = { token, pesan: 'Laporan palsu dari situs lain.' }
    const crossOrigin = await post({ kode: FRESH_MENU, fields, headers: { origin: 'https://jahat.example', 'sec-fetch-site': 'cross-site' } })
    expect(crossOrigin.status).toBe(403)
    expect(await crossOrigin.text()).toContain('bukan dari situs lain')
    const crossSite = await post({ kode: FRESH_MENU, fields, headers: { 'sec-fetch-site': 'cross-site' } })
    expect(crossSite.status).toBe(403)
    const noToken = await post({ kode: FRESH_MENU, fields: { pesan: 'Tanpa token.' } })
    expect(noToken.status).toBe(403)
    const forged = await post({ kode: FRESH_MENU, fields: { token: `${Date.now()}.bukan-tanda-tangan`, pesan: 'Token palsu.' } })
    expect(forged.status).toBe(403)
    const otherMenu = await post({ kode: 'harga-pangan', fields })
    expect(otherMenu.status, 'a token is good for its own menu only').toBe(403)
    expect(await countReports()).toBe(before)
  })

  it('should thank a bot that fills the honeypot and store nothing', async () => {
    const { token } = await formOf(FRESH_MENU)
    const before = await countReports()
    const response = await post({ kode: FRESH_MENU, fields: { token, pesan: 'Beli obat murah di sini', situs: 'https://spam.example' } })
    expect(response.status).toBe(303)
    expect(await countReports()).toBe(before)
  })

  it('should show the field errors of the report rules beside the fields, keeping what was typed', async () => {
    const { token } = await formOf(FRESH_MENU)
    const before = await countReports()
    const empty = await post({ kode: FRESH_MENU, fields: { token, pesan: '   ', kontak: 'bukan kontak' } })
    expect(empty.status).toBe(400)
    const html = await empty.text()
    expect(html).toContain('Pesan wajib diisi.')
    expect(html).toContain('Kontak harus berupa alamat email atau nomor telepon Indonesia.')
    expect(html).toMatch(/<textarea id="pesan"[^>]*aria-invalid="true"/)
    expect(html).toContain('value="bukan kontak"')
    expect(html).toMatch(/<div role="alert" id="ringkasan-galat"><div class="kotak-galat" tabindex="-1" autofocus>/)
    expect(html).toMatch(/<title>Galat: /)
    const long = await post({ kode: FRESH_MENU, fields: { token, pesan: 'x'.repeat(1001) } })
    expect(long.status).toBe(400)
    expect(await long.text()).toMatch(/Pesan paling banyak 1\.?000 karakter\./)
    expect(await countReports()).toBe(before)
  })

  it('should apply the per-address rate limit of the report rules, with Retry-After', async () => {
    const { token } = await formOf('harga-pangan')
    const address = freshAddress()
    for (let index = 0; index < REPORT_LIMIT; index++) {
      const response = await post({ kode: 'harga-pangan', address, fields: { token, pesan: `Harga cabai belum diperbarui (${index}).` } })
      expect(response.status).toBe(303)
    }
    const before = await countReports()
    const refused = await post({ kode: 'harga-pangan', address, fields: { token, pesan: 'Satu lagi.' } })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.text()).toContain('Terlalu banyak laporan dari alamat Anda')
    expect(await countReports()).toBe(before)
    const elsewhere = await post({ kode: 'harga-pangan', fields: { token, pesan: 'Dari alamat lain.' } })
    expect(elsewhere.status).toBe(303)
  })
})

describe('the badges', () => {
  it('should draw a fresh menu as "Diperbarui ... lalu" with a symbol and words, and answer 304 to its ETag', async () => {
    const response = await server.api(`/api/kesegaran/${FRESH_MENU}/badge.svg`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    const svg = await response.text()
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).toMatch(/role="img" aria-label="Kesegaran [^"]+: Diperbarui (baru saja|\d+ menit lalu)"/)
    expect(svg).toMatch(/<title>Kesegaran [^<]+: Diperbarui/)
    expect(svg).toContain('✓ Diperbarui')
    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^"/)
    expect(response.headers.get('cache-control')).toMatch(/^public/)
    const again = await server.api(`/api/kesegaran/${FRESH_MENU}/badge.svg`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('x-segar-cache')).toBe('hit')
    expect(again.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })

  it('should give a menu that is not fresh its own symbol and status words, not the fresh green', async () => {
    const notFresh = freshness.filter((item) => item.status !== 'fresh' && item.status !== 'archived')
    expect(notFresh.length, 'the bare seed leaves menus without content').toBeGreaterThan(0)
    for (const item of notFresh) {
      const svg = await (await server.api(`/api/kesegaran/${item.menu}/badge.svg`)).text()
      const look = statusLook(item.status)
      expect(svg, item.menu).toContain(`fill="${look.latar}"`)
      expect(svg, item.menu).toContain(`${look.simbol} `)
      expect(svg, item.menu).not.toContain('#146c2e')
      expect(svg, item.menu).toContain(item.status === 'overdue' || item.status === 'delinquent' ? `${item.label} ` : item.label)
    }
  })

  it('should write the same words through the script snippet, as text', async () => {
    const response = await server.api(`/api/kesegaran/${FRESH_MENU}/badge.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    const script = await response.text()
    expect(script).toContain('el.textContent=d.simbol')
    expect(script).toMatch(/"teks":"Diperbarui (baru saja|\d+ menit lalu)"/)
    expect(script).not.toContain('innerHTML')
  })

  it('should answer 404 for an unknown menu', async () => {
    const response = await server.api('/api/kesegaran/tidak-ada/badge.svg')
    expect(response.status).toBe(404)
    expect((await response.json()).errors[0].message).toContain('Menu "tidak-ada" tidak dikenal')
  })
})

describe('the Atom feeds', () => {
  it('should list freshness changes as valid Atom a feed reader parses', async () => {
    const response = await server.api('/kesegaran.atom')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = parseFeed(xml)
    expect(feed.meta).toMatchObject({ type: 'atom', version: '1.0' })
    expect(feed.title).toBe('Perubahan kesegaran informasi Portal Palembang')
    const transitions = await server.payload.find({ collection: SLUGS.transisiKesegaran, where: { kode: { equals: ARCHIVED_MENU } }, limit: 1 })
    expect(transitions.docs[0]?.ke).toBe('archived')
    const archivedEntry = feed.items.find((item) => item.url?.endsWith(`/menu/${ARCHIVED_MENU}`))
    expect(archivedEntry?.title).toMatch(/Diarsipkan$/)
    for (const item of feed.items) {
      expect(item.id).toMatch(/\S/)
      expect(item.updated?.getTime()).not.toBeNaN()
    }
  })

  it('should list published news only', async () => {
    const office = server.officeA.id as number
    const base = { ringkasan: 'Ringkasan berita uji.', isi: paragraphs(['Isi berita uji.']), opd: office, tanggalTerbit: new Date().toISOString() }
    await server.payload.create({ collection: SLUGS.berita, data: { ...base, judul: 'Berita terbit uji', _status: 'published' }, draft: false })
    await server.payload.create({ collection: SLUGS.berita, data: { ...base, judul: 'Berita draf uji', _status: 'draft' }, draft: true })
    const xml = await (await server.api('/berita.atom')).text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = parseFeed(xml)
    expect(feed.meta.type).toBe('atom')
    const titles = feed.items.map((item) => item.title)
    expect(titles).toContain('Berita terbit uji')
    expect(titles).not.toContain('Berita draf uji')
  })
})
