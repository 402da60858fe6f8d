import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { activeException } from '../../src/freshness/activeException'
import { SLUGS } from '../../src/slugs'
import { absentId } from '../helpers/database'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer
let menuA: { id: string | number }
let menuB: { id: string | number }
const tokens: Record<string, string> = {}

const DAY_MS = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()

async function menuOwnedBy(office: string | number) {
  const result = await server.payload.find({ collection: SLUGS.menuPortal, where: { pemilik: { equals: office } }, sort: 'kode', limit: 1 })
  if (!result.docs[0]) throw new Error(`tidak ada menu milik OPD ${office}`)
  return result.docs[0]
}

async function grant({ menu = menuA.id, token = tokens.reviewer, selesai = inDays(30), mulai }: { menu?: string | number; token?: string; selesai?: string; mulai?: string } = {}) {
  return server.api('/api/pengecualian', { method: 'POST', token, json: { menu, alasan: 'Survei harga ditunda selama renovasi pasar.', selesai, mulai } })
}

beforeAll(async () => {
  server = await startTestServer()
  menuA = await menuOwnedBy(server.officeA.id)
  menuB = await menuOwnedBy(server.officeB.id)
  for (const [name, user] of Object.entries(server.users)) tokens[name] = await server.login(user.email)
})

afterAll(async () => {
  await server?.close()
})

describe('granting an exception', () => {
  it('should record the reviewer who granted it and start it now by default', async () => {
    const before = Date.now()
    const response = await grant()
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    const stored = await server.payload.findByID({ collection: SLUGS.pengecualian, id: doc.id, depth: 0 })
    expect(stored.diberikanOleh).toBe(server.users.reviewer.id)
    expect(new Date(stored.mulai as string).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(stored.diakhiriPada ?? null).toBeNull()
    expect(activeException({ exceptions: [stored], now: new Date() })?.id).toBe(doc.id)
  })

  it('should refuse a grantor named by the client with 400 on diberikanOleh, storing nothing', async () => {
    const before = (await server.payload.count({ collection: SLUGS.pengecualian })).totalDocs
    const response = await server.api('/api/pengecualian', {
      method: 'POST',
      token: tokens.admin,
      json: { menu: menuA.id, alasan: 'Uji', selesai: inDays(3), diberikanOleh: server.users.reviewer.id },
    })
    expect(response.status).toBe(400)
    const fields = (await response.json()).errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(fields).toEqual(['diberikanOleh'])
    expect((await server.payload.count({ collection: SLUGS.pengecualian })).totalDocs).toBe(before)
    const granted = await server.api('/api/pengecualian', { method: 'POST', token: tokens.admin, json: { menu: menuA.id, alasan: 'Uji', selesai: inDays(3) } })
    expect((await granted.json()).doc.diberikanOleh).toMatchObject({ id: server.users.admin.id })
  })

  it('should refuse editors, even of the owner office, with 403 and store nothing', async () => {
    const count = async () => (await server.payload.count({ collection: SLUGS.pengecualian })).totalDocs
    const before = await count()
    expect((await grant({ token: tokens.editorA })).status).toBe(403)
    expect((await grant()).status).toBe(201)
    expect(await count()).toBe(before + 1)
    const anonymous = await server.api('/api/pengecualian', { method: 'POST', json: { menu: menuA.id, alasan: 'x', selesai: inDays(3) } })
    expect(anonymous.status).toBe(403)
    expect(await count()).toBe(before + 1)
  })

  it('should require an end after the start, naming the field', async () => {
    const response = await grant({ mulai: inDays(5), selesai: inDays(2) })
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'selesai', message: expect.stringMatching(/setelah/) })])
    const missing = await server.api('/api/pengecualian', { method: 'POST', token: tokens.reviewer, json: { menu: menuA.id, alasan: 'x' } })
    expect(missing.status).toBe(400)
  })

  it('should keep a granted exception as it was granted', async () => {
    const { doc } = await (await grant()).json()
    const response = await server.api(`/api/pengecualian/${doc.id}`, { method: 'PATCH', token: tokens.reviewer, json: { selesai: inDays(365) } })
    expect(response.status).toBe(400)
    const stored = await server.payload.findByID({ collection: SLUGS.pengecualian, id: doc.id, depth: 0 })
    expect(stored.selesai).toBe(doc.selesai)
  })
})

describe('ending an exception early', () => {
  it('should record who ended it and when, through PATCH { akhiri: true }', async () => {
    const { doc } = await (await grant()).json()
    const before = Date.now()
    const response = await server.api(`/api/pengecualian/${doc.id}`, { method: 'PATCH', token: tokens.admin, json: { akhiri: true } })
    expect(response.status).toBe(200)
    const stored = await server.payload.findByID({ collection: SLUGS.pengecualian, id: doc.id, depth: 0 })
    expect(stored.diakhiriOleh).toBe(server.users.admin.id)
    expect(new Date(stored.diakhiriPada as string).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(stored.diberikanOleh).toBe(server.users.reviewer.id)
    expect(stored.selesai).toBe(doc.selesai)
    expect(activeException({ exceptions: [stored], now: new Date() })).toBeNull()
  })

  it('should record who ended it and when, through POST /akhiri, and refuse a second end', async () => {
    const { doc } = await (await grant()).json()
    const response = await server.api(`/api/pengecualian/${doc.id}/akhiri`, { method: 'POST', token: tokens.reviewer })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.doc.diakhiriOleh).toBe(server.users.reviewer.id)
    expect(body.doc.diakhiriPada).toEqual(expect.any(String))
    const again = await server.api(`/api/pengecualian/${doc.id}/akhiri`, { method: 'POST', token: tokens.reviewer })
    expect(again.status).toBe(409)
  })

  it('should refuse editors and anonymous callers, and answer 404 for an unknown exception', async () => {
    const { doc } = await (await grant()).json()
    expect((await server.api(`/api/pengecualian/${doc.id}/akhiri`, { method: 'POST', token: tokens.editorA })).status).toBe(403)
    expect((await server.api(`/api/pengecualian/${doc.id}/akhiri`, { method: 'POST' })).status).toBe(401)
    expect((await server.api(`/api/pengecualian/${doc.id}`, { method: 'PATCH', token: tokens.editorA, json: { akhiri: true } })).status).toBe(403)
    expect((await server.payload.findByID({ collection: SLUGS.pengecualian, id: doc.id, depth: 0 })).diakhiriPada ?? null).toBeNull()
    expect((await server.api(`/api/pengecualian/${absentId(server.database.kind)}/akhiri`, { method: 'POST', token: tokens.reviewer })).status).toBe(404)
    expect((await server.api('/api/pengecualian/999999/akhiri', { method: 'POST', token: tokens.reviewer })).status).toBe(404)
  })

  it('should take the moment from the Local API context, for replays', async () => {
    const created = await server.payload.create({
      collection: SLUGS.pengecualian,
      data: { menu: menuA.id as number, alasan: 'Uji waktu', mulai: '2025-07-01T00:00:00.000Z', selesai: '2025-08-01T00:00:00.000Z' },
    })
    const ended = await server.payload.update({
      collection: SLUGS.pengecualian,
      id: created.id,
      data: { akhiri: true },
      context: { now: new Date('2025-07-10T03:00:00.000Z') },
    })
    expect(ended.diakhiriPada).toBe('2025-07-10T03:00:00.000Z')
    expect(activeException({ exceptions: [ended], now: new Date('2025-07-10T02:59:59.000Z') })?.selesai.toISOString()).toBe('2025-07-10T03:00:00.000Z')
  })
})

describe('keeping and reading exceptions', () => {
  it('should refuse deletion to reviewers and editors, keeping the history', async () => {
    const { doc } = await (await grant()).json()
    for (const token of [tokens.reviewer, tokens.editorA]) {
      expect((await server.api(`/api/pengecualian/${doc.id}`, { method: 'DELETE', token })).status).toBe(403)
    }
    expect((await server.payload.findByID({ collection: SLUGS.pengecualian, id: doc.id, depth: 0 })).id).toBe(doc.id)
  })

  it("should show editors only their offices' menus, and nothing to the public", async () => {
    await grant({ menu: menuB.id })
    const menusOf = async (token?: string) => {
      const response = await server.api('/api/pengecualian?depth=0&limit=100', { token })
      return { status: response.status, menus: new Set(((await response.json()).docs ?? []).map((doc: { menu: unknown }) => doc.menu)) }
    }
    const editorA = await menusOf(tokens.editorA)
    expect(editorA.menus.has(menuA.id)).toBe(true)
    expect(editorA.menus.has(menuB.id)).toBe(false)
    const reviewer = await menusOf(tokens.reviewer)
    expect(reviewer.menus.has(menuA.id) && reviewer.menus.has(menuB.id)).toBe(true)
    expect((await menusOf()).status).toBe(403)
  })
})
