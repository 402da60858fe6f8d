import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { daysAgo, prepareDataMenus } from '../helpers/dataMenus'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const KB = 1024
const MB = 1024 * KB

let server: TestServer
let adminToken: string
let editorToken: string

beforeAll(async () => {
  // Small limits keep the bodies small; the 50 MB cases prove the server stops reading.
  server = await startTestServer({ extraEnv: { BODY_LIMIT_JSON: '64kb', BODY_LIMIT_IMPORT: '256kb' } })
  await prepareDataMenus(server)
  adminToken = await server.login(server.users.admin.email)
  editorToken = await server.login(server.users.editorA.email)
})

afterAll(async () => {
  await server?.close()
})

type Sent = { status?: number; body?: string; written: number; isCut: boolean }

/**
 * Sends `total` bytes of `fill` to `path`, chunked unless `isDeclared` (then
 * with Content-Length), and stops writing as soon as the server answers or
 * cuts the connection. `written` counts what the socket accepted.
 */
function send({ path, total, contentType, token, isDeclared = false, fill = ' ' }: { path: string; total: number; contentType: string; token?: string; isDeclared?: boolean; fill?: string }): Promise<Sent> {
  const url = new URL(path, server.url)
  return new Promise((resolve) => {
    const result: Sent = { written: 0, isCut: false }
    let isDone = false
    const finish = () => {
      if (isDone) return
      isDone = true
      resolve(result)
    }
    const headers: Record<string, string | number> = { 'content-type': contentType }
    if (token) headers.authorization = `JWT ${token}`
    if (isDeclared) headers['content-length'] = total
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers })
    request.on('response', (response) => {
      result.status = response.statusCode
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => {
        result.body = text
        finish()
      })
      response.on('error', finish)
    })
    request.on('error', () => {
      result.isCut = true
      finish()
    })
    const chunk = Buffer.alloc(64 * KB, fill)
    const pump = () => {
      while (!isDone && result.written < total) {
        const size = Math.min(chunk.length, total - result.written)
        result.written += size
        if (!request.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
          request.once('drain', pump)
          return
        }
      }
      if (!isDone) request.end()
    }
    pump()
  })
}

const countReports = async () => (await server.payload.count({ collection: SLUGS.laporanWarga, overrideAccess: true })).totalDocs

describe('one body limit for every API route, enforced while the body streams in', () => {
  it('should answer 413 to a JSON body over the limit announced with Content-Length, without reading it', async () => {
    const before = await countReports()
    const sent = await send({ path: '/api/laporan-warga', total: 50 * MB, contentType: 'application/json', isDeclared: true })
    expect(sent.status).toBe(413)
    expect(JSON.parse(sent.body!).errors[0].message).toMatch(/terlalu besar: paling banyak 64 KB/)
    expect(sent.written).toBeLessThan(20 * MB)
    expect(await countReports()).toBe(before)
  })

  it('should cut off a chunked 50 MB JSON body at the limit, so neither the body nor the memory it would take arrives', async () => {
    const before = await countReports()
    const rssBefore = process.memoryUsage().rss
    const sent = await send({ path: '/api/laporan-warga', total: 50 * MB, contentType: 'application/json' })
    const grown = process.memoryUsage().rss - rssBefore
    // The answer is 413; on a loaded machine the client may see the close before reading it.
    if (!sent.isCut) expect(sent.status).toBe(413)
    expect(sent.written).toBeLessThan(20 * MB)
    expect(grown).toBeLessThan(25 * MB)
    expect(await countReports()).toBe(before)
  })

  it('should cut off a chunked import over the import limit with 413 and say how to import more', async () => {
    const before = (await server.payload.count({ collection: SLUGS.hargaPangan, overrideAccess: true })).totalDocs
    const sent = await send({ path: '/api/harga-pangan/import', total: 50 * MB, contentType: 'text/csv', token: editorToken, fill: 'a' })
    if (!sent.isCut) {
      expect(sent.status).toBe(413)
      expect(JSON.parse(sent.body!).errors[0].message).toMatch(/paling banyak 256 KB.*npm run import/)
    }
    expect(sent.written).toBeLessThan(20 * MB)
    expect((await server.payload.count({ collection: SLUGS.hargaPangan, overrideAccess: true })).totalDocs).toBe(before)
  })

  it('should still take bodies under the limits: a report, a 100 KB import (over the JSON limit) sent as text/plain', async () => {
    const report = await server.api('/api/laporan-warga', { method: 'POST', json: { menu: (await server.payload.find({ collection: SLUGS.menuPortal, limit: 1 })).docs[0]!.id, pesan: 'Harga kedaluwarsa.' } })
    expect(report.status).toBe(201)
    const rows = ['komoditas,pasar,harga,tanggal', `Beras medium,Pasar 16 Ilir,13500,${daysAgo(40)}`]
    const csv = rows.join('\n') + '\n' + '\n'.repeat(100 * KB)
    const imported = await server.api('/api/harga-pangan/import', { method: 'POST', token: editorToken, headers: { 'content-type': 'text/plain' }, body: csv })
    expect(imported.status).toBe(201)
    expect(await imported.json()).toEqual({ dibuat: 1 })
  })

  it('should answer 415 in Indonesian to a non-JSON body for a create, an update and a custom endpoint, storing nothing', async () => {
    const before = (await server.payload.count({ collection: SLUGS.opd })).totalDocs
    const office = await server.api('/api/opd', { method: 'POST', token: adminToken, headers: { 'content-type': 'text/plain' }, body: '{"nama":"Kantor Teks"}' })
    expect(office.status).toBe(415)
    expect((await office.json()).errors[0].message).toMatch(/Jenis isi permintaan tidak didukung \(text\/plain\)/)
    const update = await server.api(`/api/opd/${server.officeA.id}`, { method: 'PATCH', token: adminToken, headers: { 'content-type': 'application/xml' }, body: '<nama/>' })
    expect(update.status).toBe(415)
    const report = await server.api('/api/laporan-warga', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'halo' })
    expect(report.status).toBe(415)
    // A form post is taken only where a page's button posts one (the emailed confirmation link).
    const form = await server.api('/api/laporan-warga', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'pesan=halo' })
    expect(form.status).toBe(415)
    expect((await server.payload.count({ collection: SLUGS.opd })).totalDocs).toBe(before)
  })

  it('should answer 400, not 500, to a create without any body', async () => {
    const response = await server.api('/api/opd', { method: 'POST', token: adminToken })
    expect(response.status).toBe(400)
  })
})
