import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { PASSWORD, startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

type Actor = 'anonim' | 'editorA' | 'editorB' | 'reviewer' | 'admin'
const ACTORS: Actor[] = ['anonim', 'editorA', 'editorB', 'reviewer', 'admin']

let server: TestServer
const tokens: Partial<Record<Actor, string>> = {}

beforeAll(async () => {
  server = await startTestServer()
  tokens.editorA = await server.login(server.users.editorA.email)
  tokens.editorB = await server.login(server.users.editorB.email)
  tokens.reviewer = await server.login(server.users.reviewer.email)
  tokens.admin = await server.login(server.users.admin.email)
})

afterAll(async () => {
  await server?.close()
})

const call = (actor: Actor, path: string, init: { method?: string; json?: unknown } = {}) =>
  server.api(path, { ...init, token: tokens[actor] })

const isRefusal = (status: number) => status === 401 || status === 403

async function snapshot(collection: 'opd' | 'users', id: string | number) {
  const doc = await server.payload.findByID({ collection, id, depth: 0 })
  const { updatedAt: _updatedAt, ...rest } = doc as unknown as Record<string, unknown>
  return rest
}

async function throwawayOffice(label: string) {
  return server.payload.create({
    collection: SLUGS.opd,
    data: { nama: `Kantor Uji ${label}`, singkatan: `UJI-${label}`.toUpperCase(), jenis: 'lainnya', emailNotifikasi: ['uji@opd.segar.example'] },
  })
}

async function throwawayUser(label: string) {
  return server.payload.create({
    collection: SLUGS.users,
    data: { email: `buang.${label}@uji.segar.example`, nama: `Buang ${label}`, password: PASSWORD, roles: ['reviewer'] },
  })
}

describe('opd over HTTP: everyone reads the directory, only admin writes', () => {
  it.each(ACTORS)('should let %s list and read offices, hiding internal addresses from anonymous readers', async (actor) => {
    const list = await call(actor, '/api/opd?limit=100')
    expect(list.status).toBe(200)
    const body = await list.json()
    expect(body.totalDocs).toBe(29)
    const one = await call(actor, `/api/opd/${server.officeA.id}`)
    expect(one.status).toBe(200)
    const office = await one.json()
    expect(office.singkatan).toBe('DISDAG')
    if (actor === 'anonim') {
      expect(office).not.toHaveProperty('emailNotifikasi')
      expect(office).not.toHaveProperty('emailPimpinan')
      expect(JSON.stringify(body)).not.toContain('@opd.segar.example')
    } else {
      expect(office.emailNotifikasi).toEqual(['disdag@opd.segar.example'])
    }
  })

  it.each(ACTORS)('should let only admin create an office (%s)', async (actor) => {
    const singkatan = `BARU-${actor}`.toUpperCase()
    const response = await call(actor, '/api/opd', { method: 'POST', json: { nama: `Kantor ${actor}`, singkatan, jenis: 'dinas' } })
    const stored = await server.payload.count({ collection: SLUGS.opd, where: { singkatan: { equals: singkatan } } })
    if (actor === 'admin') {
      expect(response.status).toBe(201)
      expect(stored.totalDocs).toBe(1)
    } else {
      expect(isRefusal(response.status)).toBe(true)
      expect(stored.totalDocs).toBe(0)
    }
  })

  it.each(ACTORS)('should let only admin update an office (%s)', async (actor) => {
    const before = await snapshot('opd', server.officeB.id)
    const response = await call(actor, `/api/opd/${server.officeB.id}`, { method: 'PATCH', json: { alamat: `Jl. Uji ${actor}` } })
    const after = await snapshot('opd', server.officeB.id)
    if (actor === 'admin') {
      expect(response.status).toBe(200)
      expect(after.alamat).toBe('Jl. Uji admin')
    } else {
      expect(isRefusal(response.status)).toBe(true)
      expect(after).toEqual(before)
    }
  })

  it.each(ACTORS)('should let only admin delete an office (%s)', async (actor) => {
    const office = await throwawayOffice(`hapus-${actor}`)
    const response = await call(actor, `/api/opd/${office.id}`, { method: 'DELETE' })
    const left = await server.payload.count({ collection: SLUGS.opd, where: { id: { equals: office.id } } })
    if (actor === 'admin') {
      expect(response.status).toBe(200)
      expect(left.totalDocs).toBe(0)
    } else {
      expect(isRefusal(response.status)).toBe(true)
      expect(left.totalDocs).toBe(1)
    }
  })
})

describe('users over HTTP: never public, editors see only themselves, only admin manages', () => {
  it.each(ACTORS)('should list users according to role (%s)', async (actor) => {
    const response = await call(actor, '/api/users?limit=100')
    if (actor === 'anonim') {
      expect(isRefusal(response.status)).toBe(true)
      return
    }
    expect(response.status).toBe(200)
    const emails = ((await response.json()).docs as { email: string }[]).map((user) => user.email)
    if (actor === 'editorA') expect(emails).toEqual([server.users.editorA.email])
    if (actor === 'editorB') expect(emails).toEqual([server.users.editorB.email])
    if (actor === 'reviewer' || actor === 'admin') expect(emails.length).toBeGreaterThanOrEqual(4)
  })

  it.each(ACTORS)("should read editor A's account only as editor A, reviewer or admin (%s)", async (actor) => {
    const response = await call(actor, `/api/users/${server.users.editorA.id}`)
    if (actor === 'anonim' || actor === 'editorB') {
      expect(isRefusal(response.status)).toBe(true)
      expect(JSON.stringify(await response.json())).not.toContain(server.users.editorA.email)
    } else {
      expect(response.status).toBe(200)
      expect((await response.json()).email).toBe(server.users.editorA.email)
    }
  })

  it.each(ACTORS)('should let only admin create users (%s)', async (actor) => {
    const email = `baru.${actor}@uji.segar.example`
    const response = await call(actor, '/api/users', {
      method: 'POST',
      json: { email, password: PASSWORD, nama: 'Baru', roles: ['reviewer'] },
    })
    const stored = await server.payload.count({ collection: SLUGS.users, where: { email: { equals: email } } })
    if (actor === 'admin') {
      expect(response.status).toBe(201)
      expect(stored.totalDocs).toBe(1)
    } else {
      expect(isRefusal(response.status)).toBe(true)
      expect(stored.totalDocs).toBe(0)
    }
  })

  it.each(ACTORS)("should let editor A's name be changed only by editor A or admin (%s)", async (actor) => {
    const before = await snapshot('users', server.users.editorA.id)
    const response = await call(actor, `/api/users/${server.users.editorA.id}`, { method: 'PATCH', json: { nama: `Nama dari ${actor}` } })
    const after = await snapshot('users', server.users.editorA.id)
    if (actor === 'editorA' || actor === 'admin') {
      expect(response.status).toBe(200)
      expect(after.nama).toBe(`Nama dari ${actor}`)
    } else {
      expect(isRefusal(response.status)).toBe(true)
      expect(after).toEqual(before)
    }
  })

  it.each(ACTORS)('should let only admin delete users (%s)', async (actor) => {
    const user = await throwawayUser(actor)
    const response = await call(actor, `/api/users/${user.id}`, { method: 'DELETE' })
    const left = await server.payload.count({ collection: SLUGS.users, where: { id: { equals: user.id } } })
    if (actor === 'admin') {
      expect(response.status).toBe(200)
      expect(left.totalDocs).toBe(0)
    } else {
      expect(isRefusal(response.status)).toBe(true)
      expect(left.totalDocs).toBe(1)
    }
  })

  it('should refuse an editor raising its own role or joining another office, and change nothing', async () => {
    const before = await snapshot('users', server.users.editorB.id)
    const raise = await call('editorB', `/api/users/${server.users.editorB.id}`, { method: 'PATCH', json: { roles: ['admin'] } })
    expect(raise.status).toBe(403)
    const join = await call('editorB', `/api/users/${server.users.editorB.id}`, { method: 'PATCH', json: { opd: [server.officeA.id] } })
    expect(join.status).toBe(403)
    expect(await snapshot('users', server.users.editorB.id)).toEqual(before)
  })

  it('should refuse even an admin changing its own roles', async () => {
    const response = await call('admin', `/api/users/${server.users.admin.id}`, { method: 'PATCH', json: { roles: ['editor'] } })
    expect(response.status).toBe(403)
    expect((await snapshot('users', server.users.admin.id)).roles).toEqual(['admin'])
  })

  it('should let an admin give another user a role', async () => {
    const user = await throwawayUser('naik')
    const response = await call('admin', `/api/users/${user.id}`, {
      method: 'PATCH',
      json: { roles: ['editor'], opd: [server.officeA.id] },
    })
    expect(response.status).toBe(200)
    expect((await snapshot('users', user.id)).roles).toEqual(['editor'])
  })
})
