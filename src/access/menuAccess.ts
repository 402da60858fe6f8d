import type { Access, PayloadRequest, Where } from 'payload'

import { SLUGS } from '../slugs'
import type { MenuCollection } from '../slugs'
import { asUser, hasRole, officeIdsOf } from './roles'

export type RegistryRow = {
  id: string | number
  koleksi: string
  pemilik: string | number
  /** For `kontak-layanan`: the one `jenis` this row covers; empty means the whole collection. */
  jenisKontak?: string | null
}

const idOf = (value: unknown): string | number =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : (value as string | number)

/** The registry rows of one collection, read once per request. */
export async function registryRowsFor(req: PayloadRequest, koleksi: MenuCollection): Promise<RegistryRow[]> {
  const cacheKey = `segar:registry:${koleksi}`
  const cached = req.context[cacheKey] as RegistryRow[] | undefined
  if (cached) return cached
  const result = await req.payload.find({
    collection: SLUGS.menuPortal,
    where: { koleksi: { equals: koleksi } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rows = result.docs.map((doc) => {
    const row = doc as unknown as Record<string, unknown>
    return {
      id: row.id as string | number,
      koleksi: String(row.koleksi),
      pemilik: idOf(row.pemilik),
      jenisKontak: (row.jenisKontak as string | null | undefined) ?? null,
    }
  })
  req.context[cacheKey] = rows
  return rows
}

export type EditorScope =
  | { kind: 'none' }
  | { kind: 'all' }
  /** Only documents matching this query (own office's documents, own contact types). */
  | { kind: 'some'; where: Where; offices: (string | number)[]; jenis?: string[] }

/**
 * What an editor may write in a menu collection: nothing unless one of its
 * offices owns the menu in the registry; and where a document names its own
 * office (`ownerField`), only that office's documents.
 */
export async function editorScope({
  req,
  koleksi,
  ownerField,
}: {
  req: PayloadRequest
  koleksi: MenuCollection
  ownerField?: string
}): Promise<EditorScope> {
  const user = asUser(req.user)
  if (!user) return { kind: 'none' }
  if (hasRole(user, 'admin')) return { kind: 'all' }
  if (!hasRole(user, 'editor')) return { kind: 'none' }
  const offices = officeIdsOf(user).map(String)
  if (offices.length === 0) return { kind: 'none' }
  const owned = (await registryRowsFor(req, koleksi)).filter((row) => offices.includes(String(row.pemilik)))
  if (owned.length === 0) return { kind: 'none' }
  const conditions: Where[] = []
  const coversWholeCollection = owned.some((row) => !row.jenisKontak)
  const jenis = coversWholeCollection ? undefined : owned.map((row) => String(row.jenisKontak))
  if (jenis) conditions.push({ jenis: { in: jenis } })
  if (ownerField) conditions.push({ [ownerField]: { in: officeIdsOf(user) } })
  if (conditions.length === 0) return { kind: 'some', where: { id: { exists: true } }, offices, jenis }
  return { kind: 'some', where: conditions.length === 1 ? conditions[0]! : { and: conditions }, offices, jenis }
}

function dataFitsScope(scope: EditorScope, data: Record<string, unknown> | undefined, ownerField?: string): boolean {
  if (scope.kind === 'all') return true
  if (scope.kind === 'none') return false
  if (!data) return true
  if (scope.jenis && 'jenis' in data && !scope.jenis.includes(String(data.jenis))) return false
  if (ownerField && ownerField in data) {
    const owner = data[ownerField]
    if (owner === null || owner === undefined || owner === '') return false
    if (!scope.offices.includes(String(idOf(owner)))) return false
  }
  return true
}

export type MenuAccessOptions = {
  koleksi: MenuCollection
  /** A relation field by which a document names its own office. */
  ownerField?: string
  /** Whether the collection has drafts: the public then reads published documents only. */
  hasDrafts?: boolean
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Access for a menu collection. The public reads published documents;
 * reviewers and admins read everything; an editor reads what is published
 * plus its own drafts, and writes only within its scope (see `editorScope`).
 */
export function menuAccess({ koleksi, ownerField, hasDrafts = true }: MenuAccessOptions) {
  const read: Access = async ({ req }) => {
    const user = asUser(req.user)
    if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) return true
    if (!user) return hasDrafts ? PUBLISHED : true
    const scope = await editorScope({ req, koleksi, ownerField })
    if (!hasDrafts || scope.kind === 'all') return true
    if (scope.kind === 'none') return PUBLISHED
    return { or: [PUBLISHED, scope.where] }
  }
  const create: Access = async ({ req, data }) => {
    const scope = await editorScope({ req, koleksi, ownerField })
    if (scope.kind === 'some' && ownerField && !(data && ownerField in data)) return false
    return dataFitsScope(scope, data as Record<string, unknown> | undefined, ownerField)
  }
  const update: Access = async ({ req, data }) => {
    const scope = await editorScope({ req, koleksi, ownerField })
    if (scope.kind !== 'some') return scope.kind === 'all'
    if (!dataFitsScope(scope, data as Record<string, unknown> | undefined, ownerField)) return false
    return scope.where
  }
  const remove: Access = async ({ req }) => {
    const scope = await editorScope({ req, koleksi, ownerField })
    if (scope.kind !== 'some') return scope.kind === 'all'
    return scope.where
  }
  const readVersions: Access = async ({ req }) => {
    const user = asUser(req.user)
    if (!user) return false
    if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) return true
    const scope = await editorScope({ req, koleksi, ownerField })
    return scope.kind !== 'none'
  }
  return { read, create, update, delete: remove, readVersions }
}
