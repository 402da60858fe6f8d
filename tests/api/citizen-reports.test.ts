import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { absentId } from '../helpers/database'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer
let menuA: { id: string | number }
let menuB: { id: string | number }
const tokens: Record<string, string> = {}

let nextAddress = 10
/** Each test reports from its own address (the app trusts X-Forwarded-For from loopback, as behind a proxy). */
const freshAddress = () => `198.51.100.${nextAddress++}`

async function menuOwnedBy(office: string | number) {
  const result = await server.payload.find({ collection: SLUGS.menuPortal, where: { pemilik: { equals: office } }, sort: 'kode', limit: 1 })
  if (!result.docs[0]) throw new Error(`tidak ada menu milik OPD ${office}`)
  return result.docs[0]
}

function report({ address, json, token, headers = {} }: { address: string; json: unknown; token?: string; headers?: Record<string, string> }) {
  return server.api('/api/laporan-warga', { method: 'POST', token, json, headers: { 'x-forwarded-for': address, ...headers } })
}

const countReports = async () => (await server.payload.count({ collection: SLUGS.laporanWarga })).totalDocs

beforeAll(async () => {
  server = await startTestServer()
  menuA = await menuOwnedBy(server.officeA.id)
  menuB = await menuOwnedBy(server.officeB.id)
  for (const [name, user] of Object.entries(server.users)) tokens[name] = await server.login(user.email)
})

afterAll(async () => {
  await server?.close()
})

describe('POST /api/laporan-warga without login', () => {
  it('should store a report and thank the citizen without echoing the contact', async () => {
    const address = freshAddress()
    const response = await report({
      address,
      json: { menu: menuA.id, pesan: 'Harga cabai di menu ini masih harga bulan lalu.', kontak: 'warga@contoh.id' },
    })
    expect(response.status).toBe(201)
    const body = await response.json()
    expect(body).toEqual({ id: expect.anything(), pesan: expect.stringMatching(/^Terima kasih/) })
    const stored = await server.payload.findByID({ collection: SLUGS.laporanWarga, id: body.id, depth: 0 })
    expect(stored).toMatchObject({ menu: menuA.id, status: 'baru', kontak: 'warga@contoh.id' })
    expect(stored.klien).toEqual(expect.any(String))
    expect(JSON.stringify(stored)).not.toContain(address)
  })

  it('should refuse a citizen setting what only staff or the server set, naming each field, and store nothing', async () => {
    const before = await countReports()
    const response = await report({
      address: freshAddress(),
      json: {
        menu: menuA.id,
        pesan: 'Nomor telepon puskesmas salah.',
        status: 'ditangani',
        ditanganiOleh: server.users.admin.id,
        catatanPenanganan: 'palsu',
        klien: 'palsu',
        createdAt: '2000-01-01T00:00:00.000Z',
      },
    })
    expect(response.status).toBe(400)
    const paths = (await response.json()).errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths.sort()).toEqual(['catatanPenanganan', 'createdAt', 'ditanganiOleh', 'klien', 'status'])
    expect(await countReports()).toBe(before)

    const plain = await report({ address: freshAddress(), json: { menu: menuA.id, pesan: 'Nomor telepon puskesmas salah.' } })
    expect(plain.status).toBe(201)
    const stored = await server.payload.findByID({ collection: SLUGS.laporanWarga, id: (await plain.json()).id, depth: 0 })
    expect(stored.status).toBe('baru')
    expect(stored.ditanganiOleh ?? null).toBeNull()
    expect(stored.klien).toMatch(/\S/)
  })

  it('should refuse a message over 1,000 characters, an unknown menu and a bad contact with 400 naming the field', async () => {
    const before = await countReports()
    const cases = [
      { json: { menu: menuA.id, pesan: 'x'.repeat(1001) }, path: 'pesan' },
      { json: { menu: absentId(server.database.kind), pesan: 'Menu tidak ada' }, path: 'menu' },
      { json: { menu: 999999, pesan: 'Menu tidak ada' }, path: 'menu' },
      { json: { menu: 'bukan-menu', pesan: 'Menu tidak ada' }, path: 'menu' },
      { json: { pesan: 'Tanpa menu' }, path: 'menu' },
      { json: { menu: menuA.id, pesan: '   ' }, path: 'pesan' },
      { json: { menu: menuA.id, pesan: 'Kontak aneh', kontak: 'hubungi saya' }, path: 'kontak' },
    ]
    for (const { json, path } of cases) {
      const response = await report({ address: freshAddress(), json })
      expect(response.status, JSON.stringify(json).slice(0, 60)).toBe(400)
      const body = await response.json()
      expect(body.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain(path)
    }
    expect(await countReports()).toBe(before)
    expect((await report({ address: freshAddress(), json: { menu: menuA.id, pesan: 'x'.repeat(1000), kontak: '0812-3456-7890' } })).status).toBe(201)
  })
})

describe('rate limit per client address', () => {
  it('should accept five reports in an hour and answer the sixth with 429, Retry-After and an Indonesian message', async () => {
    const address = freshAddress()
    for (let index = 0; index < 5; index++) {
      expect((await report({ address, json: { menu: menuA.id, pesan: `Laporan ke-${index + 1}` } })).status).toBe(201)
    }
    const before = await countReports()
    const sixth = await report({ address, json: { menu: menuA.id, pesan: 'Laporan ke-6' } })
    expect(sixth.status).toBe(429)
    const retryAfter = Number(sixth.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect((await sixth.json()).errors[0].message).toMatch(/Terlalu banyak laporan/)
    expect(await countReports()).toBe(before)

    expect((await report({ address: freshAddress(), json: { menu: menuA.id, pesan: 'Dari alamat lain' } })).status).toBe(201)
  })

  it('should not be fooled by a client sending the internal client-address header', async () => {
    const address = freshAddress()
    for (let index = 0; index < 5; index++) {
      const response = await report({ address, json: { menu: menuA.id, pesan: `Laporan ${index}` }, headers: { 'x-segar-client-ip': `192.0.2.${index}` } })
      expect(response.status).toBe(201)
    }
    const spoofed = await report({ address, json: { menu: menuA.id, pesan: 'Lagi' }, headers: { 'x-segar-client-ip': '192.0.2.200' } })
    expect(spoofed.status).toBe(429)
  })

  it('should count from the database, so that a restart does not reset the window', async () => {
    const address = freshAddress()
    for (let index = 0; index < 4; index++) {
      expect((await report({ address, json: { menu: menuA.id, pesan: `Sebelum ${index}` } })).status).toBe(201)
    }
    // Old reports of the same client fall out of the window: make the first one 61 minutes old.
    const mine = await server.payload.find({ collection: SLUGS.laporanWarga, where: { pesan: { equals: 'Sebelum 0' } }, limit: 1 })
    await server.payload.update({
      collection: SLUGS.laporanWarga,
      id: mine.docs[0]!.id,
      data: { createdAt: new Date(Date.now() - 61 * 60 * 1000).toISOString() } as never,
    })
    expect((await report({ address, json: { menu: menuA.id, pesan: 'Kelima' } })).status).toBe(201)
    expect((await report({ address, json: { menu: menuA.id, pesan: 'Keenam dalam dua jam' } })).status).toBe(201)
    expect((await report({ address, json: { menu: menuA.id, pesan: 'Keenam dalam sejam' } })).status).toBe(429)
  })
})

describe('reading reports', () => {
  let reportA: string | number
  let reportB: string | number

  beforeAll(async () => {
    reportA = (await (await report({ address: freshAddress(), json: { menu: menuA.id, pesan: 'Laporan untuk DISDAG', kontak: '0812 3456 7890' } })).json()).id
    reportB = (await (await report({ address: freshAddress(), json: { menu: menuB.id, pesan: 'Laporan untuk DINKES' } })).json()).id
  })

  const idsSeenBy = async (token?: string) => {
    const response = await server.api('/api/laporan-warga?depth=0&limit=500', { token })
    return { status: response.status, body: await response.json() }
  }

  it("should show the owner office's editor its reports with the contact, but not another office's", async () => {
    const { status, body } = await idsSeenBy(tokens.editorA)
    expect(status).toBe(200)
    const ids = body.docs.map((doc: { id: unknown }) => doc.id)
    expect(ids).toContain(reportA)
    expect(ids).not.toContain(reportB)
    expect(body.docs.find((doc: { id: unknown }) => doc.id === reportA).kontak).toBe('0812 3456 7890')
    expect(body.docs.every((doc: { klien?: unknown }) => doc.klien === undefined)).toBe(true)
    expect((await server.api(`/api/laporan-warga/${reportB}`, { token: tokens.editorA })).status).toBe(404)
  })

  it('should show reviewers every report', async () => {
    const ids = (await idsSeenBy(tokens.reviewer)).body.docs.map((doc: { id: unknown }) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([reportA, reportB]))
  })

  it('should show anonymous callers nothing', async () => {
    expect((await idsSeenBy()).status).toBe(403)
    expect((await server.api(`/api/laporan-warga/${reportA}`)).status).toBe(403)
  })

  it('should let the owner editor mark a report handled, recording who and when', async () => {
    const before = Date.now()
    const tampered = await server.api(`/api/laporan-warga/${reportA}`, {
      method: 'PATCH',
      token: tokens.editorA,
      json: { status: 'ditangani', pesan: 'diubah', ditanganiOleh: server.users.admin.id },
    })
    expect(tampered.status).toBe(400)
    const paths = (await tampered.json()).errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths.sort()).toEqual(['ditanganiOleh', 'pesan'])
    expect((await server.payload.findByID({ collection: SLUGS.laporanWarga, id: reportA, depth: 0 })).status).toBe('baru')
    const response = await server.api(`/api/laporan-warga/${reportA}`, {
      method: 'PATCH',
      token: tokens.editorA,
      json: { status: 'ditangani', catatanPenanganan: 'Harga sudah diperbarui.' },
    })
    expect(response.status).toBe(200)
    const stored = await server.payload.findByID({ collection: SLUGS.laporanWarga, id: reportA, depth: 0 })
    expect(stored).toMatchObject({ status: 'ditangani', catatanPenanganan: 'Harga sudah diperbarui.', pesan: 'Laporan untuk DISDAG' })
    expect(stored.ditanganiOleh).toBe(server.users.editorA.id)
    expect(new Date(stored.ditanganiPada as string).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it("should refuse another office's editor, the reviewer and anonymous callers marking it handled", async () => {
    for (const token of [tokens.editorA, tokens.reviewer, undefined]) {
      const response = await server.api(`/api/laporan-warga/${reportB}`, { method: 'PATCH', token, json: { status: 'ditangani' } })
      expect([403, 404]).toContain(response.status)
    }
    expect((await server.payload.findByID({ collection: SLUGS.laporanWarga, id: reportB, depth: 0 })).status).toBe('baru')
  })
})
