import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSweep } from '../../jobs/sweep/handler'
import { CADENCES } from '../../src/domain/cadence'
import type { CadenceCode } from '../../src/domain/cadence'
import { jakartaDay } from '../../src/domain/calendar'
import { CURRENT_CSV_HEADER, HISTORY_CSV_HEADER } from '../../src/freshness/exports'
import type { Tugas } from '../../src/freshness/tasks'
import { SLUGS } from '../../src/slugs'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

/** RFC 4180, enough to check what the endpoints write (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let isQuoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') isQuoted = false
      else field += char
    } else if (char === '"') isQuoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index += 1
    } else field += char
  }
  if (field !== '' || row.length > 0) throw new Error('CSV tidak diakhiri CRLF')
  return rows
}

async function readCsv(response: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1))
}

type Dataset = {
  '@type': string
  'dct:identifier': string
  'dct:title': string
  'dct:description': string
  'dct:publisher': { '@type': string; 'foaf:name': string }
  'dct:accrualPeriodicity': { '@id': string }
  'dct:modified'?: { '@value': string; '@type': string }
  'dcat:keyword': string[]
  'dcat:distribution': { 'dcat:accessURL': { '@id': string }; 'dct:format': { '@id': string } }
}

const QUOTED_TITLE = 'Produk Hukum, "JDIH" Kota'

describe('freshness exports, to-do list and catalogue', () => {
  let server: TestServer
  let registry: { id: string | number; kode: string; koleksi: string; kadensi: string; status: string; jenisKontak?: string | null }[]
  let tokens: { admin: string; reviewer: string; editorA: string; editorB: string }

  beforeAll(async () => {
    server = await startTestServer()
    const dokumen = await server.payload.find({ collection: SLUGS.menuPortal, where: { kode: { equals: 'dokumen' } }, limit: 1 })
    await server.payload.update({ collection: SLUGS.menuPortal, id: dokumen.docs[0]!.id, data: { judul: QUOTED_TITLE } })
    const investasi = await server.payload.find({ collection: SLUGS.menuPortal, where: { kode: { equals: 'peluang-investasi' } }, limit: 1 })
    await server.payload.update({
      collection: SLUGS.menuPortal,
      id: investasi.docs[0]!.id,
      data: { status: 'arsip', catatanArsip: 'Dipindahkan ke portal investasi provinsi.' },
    })
    registry = (await server.payload.find({ collection: SLUGS.menuPortal, pagination: false, depth: 0 })).docs
    tokens = {
      admin: await server.login(server.users.admin.email),
      reviewer: await server.login(server.users.reviewer.email),
      editorA: await server.login(server.users.editorA.email),
      editorB: await server.login(server.users.editorB.email),
    }
  })

  afterAll(async () => {
    await server?.close()
  })

  describe('GET /api/kesegaran/tugas-saya', () => {
    const tasksOf = async (token?: string) => {
      const response = await server.api('/api/kesegaran/tugas-saya', { token })
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      return (await response.json()) as Tugas[]
    }

    it('should refuse the public with 401', async () => {
      const response = await server.api('/api/kesegaran/tugas-saya')
      expect(response.status).toBe(401)
      expect(response.headers.get('cache-control')).not.toMatch(/public/)
    })

    it("should show each editor only its own offices' menus, each with what to do", async () => {
      const disdag = await tasksOf(tokens.editorA)
      expect(disdag.map((task) => task.menu)).toContain('harga-pangan')
      for (const task of disdag) expect(String(task.pemilik.id)).toBe(String(server.officeA.id))

      const dinkes = await tasksOf(tokens.editorB)
      expect(dinkes.map((task) => task.menu)).toEqual(expect.arrayContaining(['kontak-ambulans', 'kontak-mobil-jenazah']))
      for (const task of dinkes) expect(String(task.pemilik.id)).toBe(String(server.officeB.id))

      for (const task of [...disdag, ...dinkes]) {
        expect(task.tindakan.length).toBeGreaterThan(0)
        expect(task.status).not.toBe('fresh')
      }
      const harga = disdag.find((task) => task.menu === 'harga-pangan')!
      expect(harga).toMatchObject({ status: 'empty', bisaDiverifikasi: false, verifikasiUrl: null })
      const ambulans = dinkes.find((task) => task.menu === 'kontak-ambulans')!
      const ambulansRow = registry.find((row) => row.kode === 'kontak-ambulans')!
      expect(ambulans.bisaDiverifikasi).toBe(true)
      expect(ambulans.verifikasiUrl).toBe(`/api/${SLUGS.menuPortal}/${ambulansRow.id}/verifikasi`)
    })

    it('should show reviewers every office, worst first', async () => {
      const all = await tasksOf(tokens.reviewer)
      const offices = new Set(all.map((task) => String(task.pemilik.id)))
      expect(offices.has(String(server.officeA.id))).toBe(true)
      expect(offices.has(String(server.officeB.id))).toBe(true)
      expect(all.map((task) => task.menu)).not.toContain('peluang-investasi')
      const order = ['due', 'overdue', 'delinquent', 'empty', 'broken']
      const ranks = all.map((task) => order.indexOf(task.status))
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
    })

    it('should let the editor verify from the listed link', async () => {
      const before = await tasksOf(tokens.editorB)
      const target = before.find((task) => task.menu === 'kontak-mobil-jenazah')!
      const verify = await server.api(target.verifikasiUrl!, { method: 'POST', token: tokens.editorB, json: {} })
      expect(verify.status).toBe(201)
    })
  })

  describe('GET /api/kesegaran?format=csv', () => {
    it('should refuse the public and editors', async () => {
      expect((await server.api('/api/kesegaran?format=csv')).status).toBe(401)
      expect((await server.api('/api/kesegaran?format=csv', { token: tokens.editorA })).status).toBe(403)
    })

    it('should give reviewers one line per menu with a header, quoted per RFC 4180', async () => {
      const response = await server.api('/api/kesegaran?format=csv', { token: tokens.reviewer })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="kesegaran-${jakartaDay({ at: new Date() })}.csv"`)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      const rows = await readCsv(response)
      expect(rows[0]).toEqual([...CURRENT_CSV_HEADER])
      const lines = rows.slice(1)
      expect(lines).toHaveLength(registry.length)
      expect(new Set(lines.map((line) => line[0])).size).toBe(registry.length)
      for (const line of lines) expect(line).toHaveLength(CURRENT_CSV_HEADER.length)
      const dokumen = lines.find((line) => line[0] === 'dokumen')!
      expect(dokumen[1]).toBe(QUOTED_TITLE)
      const harga = lines.find((line) => line[0] === 'harga-pangan')!
      expect(harga.slice(3, 7)).toEqual(['DISDAG', 'WORKDAYS', 'empty', 'Kosong'])
      expect(harga[10]!.length).toBeGreaterThan(0)
    })

    it('should keep the public JSON as it was', async () => {
      for (const path of ['/api/kesegaran', '/api/kesegaran?format=json']) {
        const response = await server.api(path)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toMatch(/application\/json/)
        expect(((await response.json()) as unknown[]).length).toBe(registry.length)
      }
    })
  })

  describe('GET /api/kesegaran/riwayat', () => {
    beforeAll(async () => {
      // 08.00 WIB on 5 January, and 00.30 WIB on 20 January (still the 19th in UTC).
      await runSweep({ payload: server.payload, now: new Date('2026-01-05T01:00:00.000Z') })
      await runSweep({ payload: server.payload, now: new Date('2026-01-19T17:30:00.000Z') })
    })

    const history = (query: string, token = tokens.reviewer) => server.api(`/api/kesegaran/riwayat?${query}`, { token })

    it('should give the snapshots of a Jakarta date range as CSV', async () => {
      const month = await history('dari=2026-01-01&sampai=2026-01-31&format=csv')
      expect(month.status).toBe(200)
      expect(month.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(month.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/)
      const rows = await readCsv(month)
      expect(rows[0]).toEqual([...HISTORY_CSV_HEADER])
      expect(rows).toHaveLength(1 + 2 * registry.length)
      expect(rows.slice(1).map((row) => row[0])).toEqual([...rows.slice(1).map((row) => row[0]!)].sort())

      const twentieth = await readCsv(await history('dari=2026-01-20&sampai=2026-01-20&format=csv'))
      expect(twentieth).toHaveLength(1 + registry.length)
      for (const row of twentieth.slice(1)) expect(row[0]).toBe('2026-01-19T17:30:00.000Z')
      const harga = twentieth.find((row) => row[1] === 'harga-pangan')!
      expect(harga.slice(2, 5)).toEqual(['DISDAG', 'empty', 'Kosong'])

      expect(await readCsv(await history('dari=2026-01-19&sampai=2026-01-19&format=csv'))).toHaveLength(1)
    })

    it('should answer 400 in Indonesian for bad dates and ranges over 366 days', async () => {
      const cases = [
        { query: 'sampai=2026-01-31&format=csv', names: 'dari' },
        { query: 'dari=2026-02-30&sampai=2026-03-01&format=csv', names: 'dari' },
        { query: 'dari=2026-01-01&sampai=31-01-2026&format=csv', names: 'sampai' },
        { query: 'dari=2026-02-01&sampai=2026-01-01&format=csv', names: 'sampai' },
        { query: 'dari=2025-01-01&sampai=2026-01-02&format=csv', names: 'sampai' },
      ]
      for (const { query, names } of cases) {
        const response = await history(query)
        expect(response.status, query).toBe(400)
        const body = (await response.json()) as { errors: { message: string }[] }
        expect(body.errors[0]!.message).toContain(`"${names}"`)
      }
      expect((await history('dari=2025-01-02&sampai=2026-01-02&format=csv')).status).toBe(200)
    })

    it('should refuse the public and editors', async () => {
      expect((await server.api('/api/kesegaran/riwayat?dari=2026-01-01&sampai=2026-01-31&format=csv')).status).toBe(401)
      expect((await history('dari=2026-01-01&sampai=2026-01-31&format=csv', tokens.editorA)).status).toBe(403)
    })
  })

  describe('GET /api/katalog', () => {
    it('should publish every active menu once as a DCAT dataset in JSON-LD', async () => {
      const response = await server.api('/api/katalog')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
      expect(response.headers.get('cache-control')).toMatch(/public/)
      const catalog = JSON.parse(await response.text()) as Record<string, unknown> & { 'dcat:dataset': Dataset[] }
      expect(catalog['@context']).toMatchObject({
        dcat: 'http://www.w3.org/ns/dcat#',
        dct: 'http://purl.org/dc/terms/',
        foaf: 'http://xmlns.com/foaf/0.1/',
        xsd: 'http://www.w3.org/2001/XMLSchema#',
      })
      expect(catalog['@type']).toBe('dcat:Catalog')
      expect(catalog['dct:title']).toBe('Katalog Data Portal Kota Palembang')
      expect(catalog['dct:publisher']).toMatchObject({ '@type': 'foaf:Organization', 'foaf:name': expect.stringMatching(/Diskominfo/) })

      const datasets = catalog['dcat:dataset']
      const active = registry.filter((row) => row.status === 'aktif')
      expect(active.length).toBeLessThan(registry.length)
      expect(datasets.map((dataset) => dataset['dct:identifier']).sort()).toEqual(active.map((row) => row.kode).sort())
      expect(datasets.map((dataset) => dataset['dct:identifier'])).not.toContain('peluang-investasi')

      for (const dataset of datasets) {
        const row = active.find((menu) => menu.kode === dataset['dct:identifier'])!
        expect(dataset['@type']).toBe('dcat:Dataset')
        expect(dataset['dct:title'].length).toBeGreaterThan(0)
        expect(dataset['dct:description'].length).toBeGreaterThan(0)
        expect(dataset['dct:publisher']['@type']).toBe('foaf:Organization')
        expect(dataset['dct:publisher']['foaf:name'].length).toBeGreaterThan(0)
        expect(dataset['dct:accrualPeriodicity']['@id']).toBe(CADENCES[row.kadensi as CadenceCode].euFrequency)
        expect(dataset['dcat:keyword'].length).toBeGreaterThan(0)
        const accessUrl = dataset['dcat:distribution']['dcat:accessURL']['@id']
        const expected = `/api/${row.koleksi}${row.jenisKontak ? `?where[jenis][equals]=${row.jenisKontak}` : ''}`
        expect(accessUrl.endsWith(expected)).toBe(true)
        expect(dataset['dcat:distribution']['dct:format']['@id']).toBe('http://publications.europa.eu/resource/authority/file-type/JSON')
        if (dataset['dct:modified']) {
          expect(dataset['dct:modified']['@type']).toBe('xsd:dateTime')
          expect(Number.isNaN(Date.parse(dataset['dct:modified']['@value']))).toBe(false)
        }
      }
      const harga = datasets.find((dataset) => dataset['dct:identifier'] === 'harga-pangan')!
      expect(harga['dct:accrualPeriodicity']['@id']).toBe('http://publications.europa.eu/resource/authority/frequency/DAILY')
      expect(harga['dct:publisher']['foaf:name']).toMatch(/Perdagangan/)
      expect(harga['dct:modified']).toBeUndefined()
      const damkar = datasets.find((dataset) => dataset['dct:identifier'] === 'kontak-pemadam-kebakaran')!
      expect(damkar['dcat:distribution']['dcat:accessURL']['@id']).toMatch(/\/api\/kontak-layanan\?where\[jenis\]\[equals\]=pemadam-kebakaran$/)
      const mingguan = datasets.find((dataset) => dataset['dct:identifier'] === 'agenda')!
      expect(mingguan['dct:accrualPeriodicity']['@id']).toBe('http://publications.europa.eu/resource/authority/frequency/WEEKLY')
    })
  })
})
