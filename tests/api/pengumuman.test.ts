import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { planDigests } from '../../jobs/ringkasan-harian/handler'
import { runSweep } from '../../jobs/sweep/handler'
import { Pengumuman } from '../../collections/menus/Pengumuman'
import { evaluateAllMenus } from '../../src/freshness/evaluate'
import { LINK_SOURCES, MENU_COLLECTIONS, MENU_PLANS, SEED_MENUS } from '../../src/menus'
import { SLUGS } from '../../src/slugs'
import { expectFieldError, startContentServer } from '../helpers/content'
import type { ContentServer } from '../helpers/content'
import { TEST_SECRET } from '../helpers/payload'
import { paragraphs } from '../../seed/ensure'

/**
 * The announcements menu exists only as its declaration (collections/menus/Pengumuman.ts):
 * everything checked here (the collection's access, the registry row, the
 * freshness clock, the sweep, the digest, the public freshness list) comes
 * from what src/menus derives from it.
 */

const SLUG = Pengumuman.slug
const DAY_MS = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()

const richText = (text: string) => paragraphs([text])

let server: ContentServer

const count = async () => (await server.payload.count({ collection: SLUG, overrideAccess: true })).totalDocs

const announcement = async (overrides: Record<string, unknown> = {}) => ({
  judul: `Pengumuman uji ${Math.random().toString(36).slice(2, 8)}`,
  isi: richText('Isi pengumuman uji.'),
  opd: await server.officeId('DISKOMINFO'),
  berlakuMulai: inDays(-1),
  berlakuSampai: inDays(7),
  _status: 'published',
  ...overrides,
})

const freshnessOf = async (now = new Date()) => {
  const result = (await evaluateAllMenus({ payload: server.payload, now })).find((item) => item.menu === 'pengumuman')
  if (!result) throw new Error('pengumuman tidak dinilai')
  return result
}

beforeAll(async () => {
  server = await startContentServer()
  // Two announcements, both over: the menu has content but nothing a resident can still act on.
  for (const berlakuSampai of [inDays(-10), inDays(-2)]) {
    await server.payload.create({
      collection: SLUG,
      data: (await announcement({ berlakuMulai: inDays(-20), berlakuSampai })) as never,
      draft: false,
      context: { now: new Date(Date.now() - 3 * DAY_MS) },
    })
  }
}, 300_000)

afterAll(async () => {
  await server?.close()
})

describe('pengumuman: derived from its declaration', () => {
  it('should be a menu with its registry row, plan and link source', async () => {
    expect(MENU_COLLECTIONS).toContain('pengumuman')
    expect(SEED_MENUS.filter((menu) => menu.koleksi === 'pengumuman')).toEqual([
      expect.objectContaining({ kode: 'pengumuman', pemilik: 'DISKOMINFO', kadensi: 'WEEKLY' }),
    ])
    expect(MENU_PLANS.pengumuman).toEqual({
      clock: { kind: 'items', validUntil: 'berlakuSampai', isValidThroughDay: true },
      filterByJenisKontak: false,
      hasDrafts: true,
      changeField: 'isiDiubahPada',
    })
    expect(LINK_SOURCES.pengumuman).toEqual({ urlFields: [], richTextFields: ['isi'], titleField: 'judul', ownerField: 'opd' })
    const rows = await server.payload.find({ collection: SLUGS.menuPortal, where: { kode: { equals: 'pengumuman' } }, depth: 1 })
    expect(rows.docs).toHaveLength(1)
    const row = rows.docs[0]!
    expect(row.koleksi).toBe('pengumuman')
    expect(row.kadensi).toBe('WEEKLY')
    expect(typeof row.pemilik === 'object' && row.pemilik ? row.pemilik.singkatan : row.pemilik).toBe('DISKOMINFO')
  })

  it('should have drafts, versions and the audit stamp like every menu kept by its office', () => {
    const collection = server.payload.collections[SLUG].config
    expect(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts).toBeTruthy()
    const names = collection.flattenedFields.map((field) => field.name)
    expect(names).toEqual(expect.arrayContaining(['judul', 'isi', 'opd', 'berlakuMulai', 'berlakuSampai', 'lampiran', 'diubahOleh', 'isiDiubahPada']))
  })
})

describe('pengumuman: freshness', () => {
  it('should be empty when every announcement has expired, and a sweep records it so', async () => {
    const now = new Date()
    const result = await freshnessOf(now)
    expect(result.status).toBe('empty')
    expect(result.pemilik.singkatan).toBe('DISKOMINFO')

    const summary = await runSweep({ payload: server.payload, now })
    expect(summary.gagal).toEqual([])
    expect(summary.hasil.find((item) => item.menu === 'pengumuman')?.status).toBe('empty')
    const snapshot = await server.payload.find({
      collection: SLUGS.riwayatKesegaran,
      where: { kode: { equals: 'pengumuman' } },
      sort: '-dijalankanPada',
      limit: 1,
      overrideAccess: true,
    })
    expect(snapshot.docs[0]?.status).toBe('empty')
  })

  it('should be listed by the public freshness endpoint and in the owner office digest while empty', async () => {
    const response = await server.api('/api/kesegaran/pengumuman')
    expect(response.status).toBe(200)
    expect((await response.json()).status).toBe('empty')

    const now = new Date()
    const results = await evaluateAllMenus({ payload: server.payload, now })
    const { emails } = await planDigests({
      payload: server.payload,
      now,
      env: { publicUrl: 'http://127.0.0.1:3000', payloadSecret: TEST_SECRET, reminderIntervalDays: 3 },
      results,
    })
    const digest = emails.find((email) => email.jenis === 'ringkasan-harian' && email.opd.singkatan === 'DISKOMINFO')
    expect(digest?.menu.map((menu) => menu.kode)).toContain('pengumuman')
  })

  it('should count an announcement valid through its last day, and be fresh once one is', async () => {
    // Its last day is today in Palembang, stored at 00:00 WIB: the moment is past, the day is not.
    const wibOffset = 7 * 60 * 60 * 1000
    const startOfToday = new Date(Math.floor((Date.now() + wibOffset) / DAY_MS) * DAY_MS - wibOffset)
    await server.payload.create({ collection: SLUG, data: (await announcement({ berlakuSampai: startOfToday.toISOString() })) as never, draft: false })
    const now = new Date(Date.now() + 60_000)
    expect(now.getTime()).toBeGreaterThan(startOfToday.getTime())
    const result = await freshnessOf(now)
    expect(result.status).toBe('fresh')
    expect(result.masalah).toEqual([])
  })
})

describe('pengumuman: over HTTP, the owner office edits, another office cannot', () => {
  it('should let the DISKOMINFO editor create one that the public then lists', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const created = await server.api(`/api/${SLUG}`, { method: 'POST', token, json: await announcement({ judul: 'Pengumuman dari editor' }) })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(doc._status).toBe('published')
    const list = await (await server.api(`/api/${SLUG}?limit=100`)).json()
    expect(list.docs.some((item: { id: unknown; judul: string }) => item.id === doc.id && item.judul === 'Pengumuman dari editor')).toBe(true)
    const own = await (await server.api(`/api/${SLUG}?limit=100&draft=true`, { token })).json()
    expect(own.docs.some((item: { id: unknown }) => item.id === doc.id)).toBe(true)
  })

  it('should refuse another office editor with 403 and store nothing', async () => {
    const token = await server.editorOf('DINKES')
    const before = await count()
    const refused = await server.api(`/api/${SLUG}`, { method: 'POST', token, json: await announcement({ opd: await server.officeId('DINKES') }) })
    expect(refused.status).toBe(403)
    expect(await count()).toBe(before)

    const existing = await server.payload.find({ collection: SLUG, limit: 1, overrideAccess: true })
    const target = existing.docs[0]!
    const patched = await server.api(`/api/${SLUG}/${target.id}`, { method: 'PATCH', token, json: { judul: 'Diubah oleh DINKES' } })
    expect([403, 404]).toContain(patched.status)
    const after = await server.payload.findByID({ collection: SLUG, id: target.id, overrideAccess: true })
    expect(after.judul).toBe(target.judul)
  })

  it('should refuse the owner office editor an announcement in another office name', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const before = await count()
    const refused = await server.api(`/api/${SLUG}`, { method: 'POST', token, json: await announcement({ opd: await server.officeId('DINKES') }) })
    expect(refused.status).toBe(403)
    expect(await count()).toBe(before)
  })

  it('should refuse an end before the start with 400 naming "Berlaku sampai", even as a draft', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const before = await count()
    const response = await server.api(`/api/${SLUG}?draft=true`, {
      method: 'POST',
      token,
      json: await announcement({ berlakuMulai: inDays(5), berlakuSampai: inDays(1), _status: 'draft' }),
    })
    await expectFieldError(response, { path: 'berlakuSampai', label: 'Berlaku sampai', message: /tidak boleh sebelum/ })
    expect(await count()).toBe(before)
  })
})
