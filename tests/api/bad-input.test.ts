/**
 * Bad input, generated from the Payload config: for every collection and
 * every field it stores (inside rows, groups, tabs and arrays too), values
 * of the wrong type, out of range, unsafe integers, oversize strings,
 * objects for scalars, and the fields only the server sets. Each must be a
 * 400 naming exactly that field, with nothing stored, and the lists must
 * still answer afterwards. Sent over HTTP as an admin, so that access is not
 * what refuses; collections no one may write over HTTP get the same values
 * through the Local API. A collection added later is covered as it is.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, ValidationError } from 'payload'
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seed } from '../../seed'
import { parseEnv } from '../../src/env'
import { FieldContractError, withInputContracts } from '../../src/fields/inputGuard'
import { MAX_JSON_CHARACTERS } from '../../src/fields/inputContract'
import { segarConfig } from '../../src/segar-config'
import { prepareDataMenus } from '../helpers/dataMenus'
import { TEST_SECRET } from '../helpers/payload'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

type Case = { path: string; label: string; value: unknown; isHttpOnly?: boolean }

// 2^53 + 1: JSON carries it, a double cannot hold it (it arrives as 2^53).
const UNSAFE = 2 ** 53 + 1

/** What Payload strips from an upload's data before any hook (sanitizeUploadData). */
const UPLOAD_IDENTITY = new Set(['filename', 'url', 'sizes'])
const TIMESTAMP = '2000-01-01T00:00:00.000Z'

let server: TestServer
let token: string
let adminReq: PayloadRequest

const ownCollections = (collections: SanitizedCollectionConfig[]) => collections.filter((collection) => !collection.slug.startsWith('payload-'))

// The test names come from the config itself, built before any server starts.
const SLUG_NAMES = ownCollections((await segarConfig(parseEnv({ DATABASE_URL: 'file::memory:', PAYLOAD_SECRET: TEST_SECRET }))).collections).map(
  (collection) => [collection.slug],
)

/** Values no field of this type may take; `field` decides ranges and lengths. */
function badValues({ field, maxText }: { field: FlattenedField; maxText: number }): { value: unknown; label: string; isHttpOnly?: boolean }[] {
  const objectForScalar = { value: { $gt: '' }, label: 'objek untuk nilai tunggal' }
  switch (field.type) {
    case 'number': {
      const values = [
        { value: '15000', label: 'angka sebagai teks' },
        { value: true, label: 'benar/salah' },
        objectForScalar,
        { value: UNSAFE, label: 'bilangan bulat tak aman' },
        { value: 1e300, label: '1e300' },
      ]
      if (typeof field.max === 'number') values.push({ value: field.max + 1, label: 'di atas maksimum' })
      if (typeof field.min === 'number') values.push({ value: field.min - 1, label: 'di bawah minimum' })
      if (typeof field.min === 'number' && typeof field.max === 'number') values.push({ value: field.min + 0.5, label: 'pecahan' })
      return values
    }
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const declared = 'maxLength' in field ? field.maxLength : undefined
      const maxLength = typeof declared === 'number' ? declared : field.type === 'email' ? 254 : maxText
      return [
        { value: 42, label: 'angka untuk teks' },
        { value: true, label: 'benar/salah untuk teks' },
        objectForScalar,
        { value: 'x'.repeat(maxLength + 1), label: 'teks terlalu panjang' },
      ]
    }
    case 'checkbox':
      return [{ value: 'true', label: 'teks untuk benar/salah' }, { value: 1, label: 'angka untuk benar/salah' }, objectForScalar]
    case 'date':
      return [{ value: 12345, label: 'angka untuk tanggal' }, objectForScalar, { value: '275760-09-13T00:00:00.000Z', label: 'tahun 275760' }]
    case 'select':
    case 'radio':
      return [{ value: 'bukan-pilihan-xyz', label: 'di luar pilihan' }, { value: 7, label: 'angka untuk pilihan' }, objectForScalar]
    case 'relationship':
    case 'upload':
      return [
        { value: 'bukan-id', label: 'id rusak' },
        { value: -1, label: 'id negatif' },
        { value: { $ne: null }, label: 'objek tanpa id' },
        { value: 987654321, label: 'id yang tidak ada', isHttpOnly: true },
      ]
    case 'richText':
      return [{ value: 'teks biasa', label: 'teks untuk teks kaya' }, { value: 42, label: 'angka untuk teks kaya' }]
    case 'json':
      return [{ value: 'x'.repeat(MAX_JSON_CHARACTERS + 1), label: 'JSON terlalu besar' }]
    case 'point':
      return [{ value: 'x', label: 'teks untuk titik' }, { value: [UNSAFE, 1], label: 'titik di luar jangkauan' }]
    case 'group':
    case 'tab':
      return [{ value: 'teks', label: 'teks untuk grup' }]
    case 'array':
    case 'blocks':
      return [{ value: 'teks', label: 'teks untuk larik' }, { value: { a: 1 }, label: 'objek untuk larik' }]
    default:
      return []
  }
}

const CONTAINERS = new Set(['group', 'tab', 'array', 'blocks'])

/** Every bad case of every field, with the path Payload reports it under and the data that carries it. */
function casesOf({ fields, maxText, prefix = '' }: { fields: FlattenedField[]; maxText: number; prefix?: string }): { path: string; label: string; value: unknown; isHttpOnly?: boolean; wrap: (value: unknown) => unknown }[] {
  const cases: { path: string; label: string; value: unknown; isHttpOnly?: boolean; wrap: (value: unknown) => unknown }[] = []
  for (const field of fields) {
    if (field.type === 'join') continue
    const path = `${prefix}${field.name}`
    const own = (value: unknown) => ({ [field.name]: value })
    for (const bad of badValues({ field, maxText })) cases.push({ path, ...bad, wrap: own })
    if ('hasMany' in field && field.hasMany === true && !CONTAINERS.has(field.type)) {
      cases.push({ path, label: 'satu nilai untuk daftar', value: 'x', wrap: own })
    }
    if (field.type === 'group' || field.type === 'tab') {
      for (const inner of casesOf({ fields: field.flattenedFields, maxText, prefix: `${path}.` })) {
        cases.push({ ...inner, wrap: (value) => own(inner.wrap(value)) })
      }
    }
    if (field.type === 'array') {
      for (const inner of casesOf({ fields: field.flattenedFields, maxText, prefix: `${path}.0.` })) {
        cases.push({ ...inner, wrap: (value) => own([inner.wrap(value)]) })
      }
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks) {
        if (typeof block === 'string') continue
        for (const inner of casesOf({ fields: block.flattenedFields, maxText, prefix: `${path}.0.` })) {
          cases.push({ ...inner, wrap: (value) => own([{ blockType: block.slug, ...(inner.wrap(value) as object) }]) })
        }
      }
    }
  }
  return cases
}

/** What only the server sets, each sent with a value of the right type so that only its being sent is wrong. */
function systemCases(collection: SanitizedCollectionConfig, existing: Record<string, unknown> | undefined): Case[] {
  // Different from what is stored and from the default: sending either back is not an attempt to set it.
  const plausible = (field: FlattenedField): unknown => {
    switch (field.type) {
      case 'date':
        return TIMESTAMP
      case 'number':
        return typeof field.min === 'number' ? field.min : 1
      case 'checkbox':
        return existing?.[field.name] !== true
      case 'select':
      case 'radio': {
        const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
        const other = values.find((value) => value !== existing?.[field.name] && value !== field.defaultValue) ?? values[0]!
        return 'hasMany' in field && field.hasMany ? [other] : other
      }
      case 'relationship':
      case 'upload':
        return field.hasMany ? [987654321] : 987654321
      case 'text':
        return field.hasMany ? ['palsu'] : 'palsu'
      default:
        return undefined
    }
  }
  const cases: Case[] = [{ path: 'id', label: 'id', value: 123456, isHttpOnly: true }]
  for (const field of collection.flattenedFields) {
    const isVirtual = 'virtual' in field && field.virtual === true
    const isServerSet =
      field.name === 'createdAt' || field.name === 'updatedAt' || ('hidden' in field && field.hidden === true) || (field.admin?.readOnly === true && !isVirtual)
    const value = plausible(field)
    if (isServerSet && value !== undefined) cases.push({ path: field.name, label: 'diisi oleh sistem', value, isHttpOnly: true })
  }
  return cases
}

function baseFor(collection: SanitizedCollectionConfig): Record<string, unknown> {
  // Payload asks an account for its email before any hook runs.
  return collection.auth ? { email: `uji.${collection.slug}@uji.segar.example`, password: 'kata-sandi-uji-yang-panjang-1' } : {}
}

async function snapshot(payload: Payload, collection: CollectionSlug) {
  const result = await payload.find({ collection, depth: 0, limit: 0, pagination: false, overrideAccess: true, showHiddenFields: true, draft: true })
  return JSON.stringify(result.docs)
}

async function httpWritable(collection: SanitizedCollectionConfig): Promise<boolean> {
  const access = collection.access.create
  return typeof access !== 'function' || (await access({ req: adminReq, data: {} } as never)) !== false
}

async function httpReadable(collection: SanitizedCollectionConfig): Promise<boolean> {
  const access = collection.access.read
  return typeof access !== 'function' || (await access({ req: adminReq } as never)) !== false
}

/** Names the field: its own path, and at most the containers around it (a server-set array, say). */
const namesField = (paths: string[], path: string) => paths.includes(path) && paths.every((each) => each === path || path.startsWith(`${each}.`))

function pathsOf(body: { errors?: { data?: { errors?: { path: string }[] } }[] }): string[] {
  return (body.errors?.[0]?.data?.errors ?? []).map((error) => error.path)
}

beforeAll(async () => {
  // JSON bodies large enough to carry an oversize rich text, so that the field, not the body limit, refuses it.
  server = await startTestServer({ extraEnv: { BODY_LIMIT_JSON: '4mb' } })
  await prepareDataMenus(server)
  // The demo portal gives most collections a document to PATCH (prices and COVID counts among them).
  await seed({ payload: server.payload, scenario: 'demo' })
  token = await server.login(server.users.admin.email)
  const admin = await server.payload.findByID({ collection: 'users', id: server.users.admin.id, depth: 0 })
  adminReq = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, server.payload)
})

afterAll(async () => {
  await server?.close()
})

describe('bad input to every field of every collection, generated from the config', () => {
  it('should cover every collection of the config, each with cases', () => {
    const collections = ownCollections(server.config.collections)
    expect(collections.map((collection) => [collection.slug])).toEqual(SLUG_NAMES)
    expect(collections.length).toBeGreaterThanOrEqual(27)
    for (const collection of collections) {
      expect(casesOf({ fields: collection.flattenedFields, maxText: 40_000 }).length, collection.slug).toBeGreaterThan(0)
    }
  })

  it.each(SLUG_NAMES)('should refuse every bad value for %s with 400 naming the field, store nothing, and keep its lists answering', async (slug) => {
    const collection = server.config.collections.find((candidate) => candidate.slug === slug)!
    const payload = server.payload
    const maxText = server.config.defaultMaxTextLength ?? 40_000
    const isHttp = await httpWritable(collection)
    const existing = (await payload.find({ collection: slug as CollectionSlug, depth: 0, limit: 1, overrideAccess: true })).docs[0]
    // The findings: a price and a COVID count PATCHed with an unsafe integer poisoned every list after them.
    if (slug === 'harga-pangan' || slug === 'statistik-covid') expect(existing).toBeDefined()
    const before = await snapshot(payload, slug as CollectionSlug)
    const cases = [...casesOf({ fields: collection.flattenedFields, maxText }), ...systemCases(collection, existing as unknown as Record<string, unknown> | undefined).map((item) => ({ ...item, wrap: (value: unknown) => ({ [item.path]: value }) }))]
    const failures: string[] = []
    for (const item of cases) {
      if (item.isHttpOnly && !isHttp) continue
      // Payload itself drops these from an upload's writes (the file decides them): never stored as sent.
      if (collection.upload && UPLOAD_IDENTITY.has(item.path.split('.')[0]!)) continue
      const data = { ...baseFor(collection), ...(item.wrap(item.value) as object) }
      const label = `${slug}.${item.path} (${item.label})`
      if (isHttp) {
        const created = await server.api(`/api/${slug}`, { method: 'POST', token, json: data })
        const createdPaths = created.status === 400 ? pathsOf(await created.json()) : []
        if (created.status !== 400 || !namesField(createdPaths, item.path)) failures.push(`POST ${label}: ${created.status} ${createdPaths.join()}`)
        if (existing) {
          const updated = await server.api(`/api/${slug}/${existing.id}`, { method: 'PATCH', token, json: item.wrap(item.value) })
          const updatedPaths = updated.status === 400 ? pathsOf(await updated.json()) : []
          if (updated.status !== 400 || !namesField(updatedPaths, item.path)) failures.push(`PATCH ${label}: ${updated.status} ${updatedPaths.join()}`)
        }
      } else {
        try {
          await payload.create({ collection: slug as CollectionSlug, data: data as never, overrideAccess: true })
          failures.push(`create ${label}: diterima`)
        } catch (error) {
          const paths = error instanceof ValidationError ? error.data.errors.map((problem) => problem.path) : [String(error)]
          if (!namesField(paths, item.path)) failures.push(`create ${label}: ${paths.join()}`)
        }
      }
    }
    expect(failures).toEqual([])
    expect(await snapshot(payload, slug as CollectionSlug)).toBe(before)
    const adminList = await server.api(`/api/${slug}?limit=5`, { token })
    // A collection nobody reads over HTTP (login attempts) answers its refusal, never a 500.
    if (await httpReadable(collection)) expect(adminList.status).toBe(200)
    else expect(adminList.status).toBe(403)
    const publicList = await server.api(`/api/${slug}?limit=5`)
    expect(publicList.status).toBeLessThan(500)
  })
})

describe('number ranges stated in the config', () => {
  it('should refuse to build a config with a number field that states no range, naming it', () => {
    const collection = { slug: 'koleksi-baru', fields: [{ type: 'row' as const, fields: [{ name: 'jumlah', type: 'number' as const, min: 0 }] }] }
    expect(() => withInputContracts({ collections: [collection] } as never)).toThrow(FieldContractError)
    expect(() => withInputContracts({ collections: [collection] } as never)).toThrow(/koleksi-baru\.jumlah/)
    const ranged = { ...collection, fields: [{ name: 'jumlah', type: 'number' as const, min: 0, max: 10 }] }
    expect(() => withInputContracts({ collections: [ranged] } as never)).not.toThrow()
  })
})

describe('a missing upload file', () => {
  it('should answer 404 in Indonesian and log no disk path', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
    const doc = await server.payload.create({
      collection: 'media',
      data: { alt: 'Gambar uji yang berkasnya hilang' },
      file: { data: png, mimetype: 'image/png', name: 'hilang.png', size: png.length },
    })
    const staticDir = server.config.collections.find((collection) => collection.slug === 'media')!.upload.staticDir!
    fs.rmSync(path.join(staticDir, String(doc.filename)))
    const logged: string[] = []
    const logger = server.payload.logger
    const spies = (['error', 'warn', 'info'] as const).map((level) =>
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void logged.push(JSON.stringify(args))) as never),
    )
    try {
      // As an admin: a file linked from nothing is not public, and its absence is what is tested here.
      const response = await server.api(`/api/media/file/${doc.filename}`, { token })
      expect(response.status).toBe(404)
      expect((await response.json()).errors[0].message).toBe('Berkas tidak ditemukan.')
      const unknown = await server.api('/api/media/file/tidak-pernah-ada.png', { token })
      expect(unknown.status).toBe(404)
    } finally {
      spies.forEach((spy) => spy.mockRestore())
    }
    expect(logged.join('\n')).not.toContain(staticDir)
  })
})
