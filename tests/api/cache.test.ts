import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createResponseCache, isEtagMatch, strongEtag } from '../../src/http/cache'
import type { CachedResponse } from '../../src/http/cache'
import { SLUGS } from '../../src/slugs'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer
let adminToken: string
let officeId: string | number
let officePath: string

/** Changes a row through the adapter: no hooks, no transaction, so the cache is not told. */
async function renameBehindTheCache(nama: string) {
  await server.payload.db.updateOne({ collection: SLUGS.opd, id: officeId, data: { nama } })
}

async function readJson(response: Response) {
  return (await response.json()) as { nama?: string; docs?: { nama: string }[] }
}

beforeAll(async () => {
  server = await startTestServer()
  adminToken = await server.login(server.users.admin.email)
  const office = await server.payload.create({
    collection: SLUGS.opd,
    data: { nama: 'Dinas Uji Tembolok', singkatan: 'DUJITEMBOLOK', jenis: 'dinas', emailNotifikasi: ['tembolok@palembang.go.id'] },
  })
  officeId = office.id
  officePath = `/api/opd/${officeId}?depth=0`
})

afterAll(async () => {
  await server?.close()
})

describe('anonymous reads', () => {
  it('should carry a strong ETag of the body, a short public Cache-Control and Vary', async () => {
    const response = await server.api('/api/opd?limit=3&sort=singkatan')
    expect(response.status).toBe(200)
    const body = new Uint8Array(await response.arrayBuffer())
    expect(response.headers.get('etag')).toBe(strongEtag(body))
    expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=30, stale-while-revalidate=60')
    const vary = (response.headers.get('vary') ?? '').toLowerCase()
    for (const name of ['accept-language', 'authorization', 'cookie']) expect(vary).toContain(name)
  })

  it('should answer 304 without a body when If-None-Match holds the current ETag, in any accepted form', async () => {
    const first = await server.api(officePath)
    const etag = first.headers.get('etag') ?? ''
    for (const ifNoneMatch of [etag, `W/${etag}`, `"something-else", ${etag}`, '*']) {
      const again = await server.api(officePath, { headers: { 'if-none-match': ifNoneMatch } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toMatch(/^public/)
    }
    const stale = await server.api(officePath, { headers: { 'if-none-match': '"not-this-one"' } })
    expect(stale.status).toBe(200)
  })

  it('should answer HEAD with the GET headers and no body', async () => {
    const get = await server.api(officePath)
    const head = await server.api(officePath, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(head.headers.get('content-length')).toBe(String((await get.arrayBuffer()).byteLength))
    expect(await head.text()).toBe('')
  })

  it('should serve a repeated read from memory, without asking the database', async () => {
    await server.api(officePath)
    await renameBehindTheCache('Nama Diam-diam')
    const repeated = await server.api(officePath)
    expect(repeated.headers.get('x-segar-cache')).toBe('hit')
    expect((await readJson(repeated)).nama).toBe('Dinas Uji Tembolok')
    await server.payload.update({ collection: SLUGS.opd, id: officeId, data: { nama: 'Dinas Uji Tembolok' } })
  })

  it('should read the database once for concurrent and repeated reads of one list', async () => {
    const db = server.payload.db
    const find = db.find
    let finds = 0
    db.find = (async (args: Parameters<typeof find>[0]) => {
      finds++
      // SQLite answers synchronously; a slow database makes the five reads overlap.
      await new Promise((resolve) => setTimeout(resolve, 100))
      return find.call(db, args)
    }) as typeof find
    try {
      const listPath = '/api/opd?limit=5&sort=-singkatan'
      const answers = await Promise.all(Array.from({ length: 5 }, () => server.api(listPath)))
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
      await server.api(listPath)
      expect(finds).toBe(1)
    } finally {
      db.find = find
    }
  })

  it('should keep answers apart per Accept-Language', async () => {
    const indonesian = await server.api('/api/users/me', { headers: { 'accept-language': 'id' } })
    const english = await server.api('/api/users/me', { headers: { 'accept-language': 'en' } })
    expect((await indonesian.json()).message).not.toBe((await english.json()).message)
  })
})

describe('invalidation', () => {
  it('should answer the new data with a new ETag right after a PATCH by the admin', async () => {
    const before = await server.api(officePath)
    const etagBefore = before.headers.get('etag') ?? ''
    expect((await readJson(before)).nama).toBe('Dinas Uji Tembolok')
    expect((await server.api(officePath)).headers.get('x-segar-cache')).toBe('hit')

    const patch = await server.api(`/api/opd/${officeId}`, { method: 'PATCH', token: adminToken, json: { nama: 'Dinas Uji Sesudah' } })
    expect(patch.status).toBe(200)

    const after = await server.api(officePath, { headers: { 'if-none-match': etagBefore } })
    expect(after.status).toBe(200)
    expect((await readJson(after)).nama).toBe('Dinas Uji Sesudah')
    expect(after.headers.get('etag')).not.toBe(etagBefore)
    const list = await readJson(await server.api('/api/opd?where[singkatan][equals]=DUJITEMBOLOK'))
    expect(list.docs?.[0]?.nama).toBe('Dinas Uji Sesudah')
  })

  it('should not keep an answer read before a write that finished while it was on its way', async () => {
    const listPath = '/api/opd?where[singkatan][equals]=DUJITEMBOLOK&depth=0'
    const db = server.payload.db
    const find = db.find
    let isSlow = true
    db.find = (async (args: Parameters<typeof find>[0]) => {
      const result = await find.call(db, args)
      if (isSlow) await new Promise((resolve) => setTimeout(resolve, 300))
      return result
    }) as typeof find
    try {
      const slowRead = server.api(listPath)
      await new Promise((resolve) => setTimeout(resolve, 50))
      await server.payload.update({ collection: SLUGS.opd, id: officeId, data: { nama: 'Dinas Uji Selama Baca' } })
      isSlow = false
      expect((await readJson(await slowRead)).docs?.[0]?.nama).toBe('Dinas Uji Sesudah')
    } finally {
      db.find = find
    }
    expect((await readJson(await server.api(listPath))).docs?.[0]?.nama).toBe('Dinas Uji Selama Baca')
  })

  it('should answer the new data after a Local API write (collection hooks)', async () => {
    await server.api(officePath)
    expect((await server.api(officePath)).headers.get('x-segar-cache')).toBe('hit')
    await server.payload.update({ collection: SLUGS.opd, id: officeId, data: { nama: 'Dinas Uji Lokal' } })
    expect((await readJson(await server.api(officePath))).nama).toBe('Dinas Uji Lokal')
  })

  it('should answer the new data after a delete', async () => {
    const doomed = await server.payload.create({ collection: SLUGS.opd, data: { nama: 'Dinas Sementara', singkatan: 'DSEMENTARA', jenis: 'dinas' } })
    const listPath = '/api/opd?where[singkatan][equals]=DSEMENTARA'
    expect((await readJson(await server.api(listPath))).docs).toHaveLength(1)
    const removed = await server.api(`/api/opd/${doomed.id}`, { method: 'DELETE', token: adminToken })
    expect(removed.status).toBe(200)
    expect((await readJson(await server.api(listPath))).docs).toHaveLength(0)
  })
})

describe('reads that are never cached', () => {
  it('should mark authenticated answers private, no-store, and never serve them the anonymous copy', async () => {
    await server.payload.update({ collection: SLUGS.opd, id: officeId, data: { nama: 'Dinas Uji Publik' } })
    await server.api(officePath)
    await renameBehindTheCache('Dinas Uji Rahasia')
    const anonymous = (await readJson(await server.api(officePath))) as { nama?: string; emailNotifikasi?: unknown }
    expect(anonymous.nama).toBe('Dinas Uji Publik')
    expect(anonymous).not.toHaveProperty('emailNotifikasi')

    const withHeader = await server.api(officePath, { token: adminToken })
    expect(withHeader.headers.get('cache-control')).toBe('private, no-store')
    expect(withHeader.headers.get('etag')).toBeNull()
    expect(withHeader.headers.get('x-segar-cache')).toBeNull()
    expect((await readJson(withHeader)).nama).toBe('Dinas Uji Rahasia')

    // As a browser sends it: with a CSRF list, Payload takes a cookie without Origin only from a same-origin fetch.
    const withCookie = await server.api(officePath, { headers: { cookie: `segar-token=${adminToken}`, 'sec-fetch-site': 'same-origin' } })
    expect(withCookie.headers.get('cache-control')).toBe('private, no-store')
    const body = (await withCookie.json()) as { nama: string; emailNotifikasi?: unknown }
    expect(body.nama).toBe('Dinas Uji Rahasia')
    // A field anonymous readers never get: proof the answer is the admin's, not the public copy.
    expect(body.emailNotifikasi).toEqual(['tembolok@palembang.go.id'])
  })

  it('should not let an authenticated read fill the anonymous cache', async () => {
    await server.payload.update({ collection: SLUGS.opd, id: officeId, data: { nama: 'Dinas Uji Awal' } })
    await server.api(officePath, { token: adminToken })
    await renameBehindTheCache('Dinas Uji Baru')
    const anonymous = await server.api(officePath)
    expect(anonymous.headers.get('x-segar-cache')).toBe('miss')
    expect((await readJson(anonymous)).nama).toBe('Dinas Uji Baru')
    expect(anonymous.headers.get('cache-control')).toMatch(/^public/)
  })

  it('should never cache a draft=true request', async () => {
    await server.payload.update({ collection: SLUGS.opd, id: officeId, data: { nama: 'Dinas Uji Draf' } })
    const draftPath = `${officePath}&draft=true`
    const first = await server.api(draftPath)
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect(first.headers.get('etag')).toBeNull()
    expect((await readJson(first)).nama).toBe('Dinas Uji Draf')
    await renameBehindTheCache('Dinas Uji Draf Kedua')
    const second = await server.api(draftPath)
    expect((await readJson(second)).nama).toBe('Dinas Uji Draf Kedua')
  })

  it('should mark anonymous errors no-store', async () => {
    const missing = await server.api('/api/opd/987654321')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect(missing.headers.get('etag')).toBeNull()
  })
})

describe('the response cache itself', () => {
  const entry = ({ bytes, generation = 0, storedAt = 0 }: { bytes: number; generation?: number; storedAt?: number }): CachedResponse => {
    const body = Buffer.alloc(bytes, 'x')
    return { headers: [], body, etag: strongEtag(body), storedAt, generation }
  }

  it('should evict the least recently used entry beyond its entry limit', () => {
    const cache = createResponseCache({ maxEntries: 2, maxBytes: 1e6, maxEntryBytes: 1e6, ttlMs: 1e6, now: () => 0, generation: () => 0 })
    cache.set('a', entry({ bytes: 10 }))
    cache.set('b', entry({ bytes: 10 }))
    expect(cache.get('a')).toBeDefined()
    cache.set('c', entry({ bytes: 10 }))
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
    expect(cache.get('c')).toBeDefined()
  })

  it('should stay under its byte limit and refuse an entry larger than the entry limit', () => {
    const cache = createResponseCache({ maxEntries: 100, maxBytes: 3_000, maxEntryBytes: 1_500, ttlMs: 1e6, now: () => 0, generation: () => 0 })
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, entry({ bytes: 1_000 }))
    expect(cache.stats().bytes).toBeLessThanOrEqual(3_000)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('d')).toBeDefined()
    expect(cache.set('big', entry({ bytes: 2_000 }))).toBe(false)
  })

  it('should forget everything when the generation moves, and refuse an entry read in an older one', () => {
    let generation = 0
    const cache = createResponseCache({ maxEntries: 10, maxBytes: 1e6, maxEntryBytes: 1e6, ttlMs: 1e6, now: () => 0, generation: () => generation })
    cache.set('a', entry({ bytes: 10 }))
    generation = 1
    expect(cache.get('a')).toBeUndefined()
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 })
    expect(cache.set('late', entry({ bytes: 10, generation: 0 }))).toBe(false)
    expect(cache.set('fresh', entry({ bytes: 10, generation: 1 }))).toBe(true)
  })

  it('should let an entry expire after its time to live', () => {
    let now = 0
    const cache = createResponseCache({ maxEntries: 10, maxBytes: 1e6, maxEntryBytes: 1e6, ttlMs: 30_000, now: () => now, generation: () => 0 })
    cache.set('a', entry({ bytes: 10, storedAt: 0 }))
    now = 29_999
    expect(cache.get('a')).toBeDefined()
    now = 30_000
    expect(cache.get('a')).toBeUndefined()
  })

  it('should compare If-None-Match weakly', () => {
    expect(isEtagMatch({ ifNoneMatch: 'W/"abc"', etag: '"abc"' })).toBe(true)
    expect(isEtagMatch({ ifNoneMatch: '"abd"', etag: '"abc"' })).toBe(false)
    expect(isEtagMatch({ ifNoneMatch: undefined, etag: '"abc"' })).toBe(false)
  })
})
