import type { Access, CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'

import type { MenuCollection } from '../slugs'
import { registryRowsOwnedBy } from './menuRecords'
import { relationId } from '../domain/relation'
import { asUser, hasRole, officeIdsOf } from './roles'

/** A document is in scope when the field holds one of the values (an id or a select value). */
export type ScopeRule = { field: string; values: (string | number)[] }

export type EditorScope =
  | { kind: 'none' }
  | { kind: 'all' }
  /** Only documents satisfying every rule; no rules means the whole collection. */
  | { kind: 'some'; rules: ScopeRule[] }

/**
 * The office-scope decision for a menu collection, the one every read, write
 * and version path asks: nothing unless one of the user's offices owns the
 * menu in the registry; for `kontak-layanan`, only the `jenis` its registry
 * rows cover; and where a document names its own office (`ownerField`), only
 * that office's documents.
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
  const offices = officeIdsOf(user)
  const owned = (await registryRowsOwnedBy({ req, offices })).filter((row) => row.koleksi === koleksi)
  if (owned.length === 0) return { kind: 'none' }
  const rules: ScopeRule[] = []
  const coversWholeCollection = owned.some((row) => !row.jenisKontak)
  if (!coversWholeCollection) rules.push({ field: 'jenis', values: owned.map((row) => String(row.jenisKontak)) })
  if (ownerField) rules.push({ field: ownerField, values: offices })
  return { kind: 'some', rules }
}

/** The scope as a query; `prefix` is `version.` for the versions table. */
export function scopeWhere({ scope, prefix = '' }: { scope: EditorScope; prefix?: string }): Where | boolean {
  if (scope.kind !== 'some') return scope.kind === 'all'
  if (scope.rules.length === 0) return true
  const conditions: Where[] = scope.rules.map((rule) => ({ [`${prefix}${rule.field}`]: { in: rule.values } }))
  return conditions.length === 1 ? conditions[0]! : { and: conditions }
}

/** The rule the document breaks, if any: the same decision as `scopeWhere`, on a document in memory. */
export function ruleBroken({ scope, doc, isPartial = false }: { scope: EditorScope; doc: Record<string, unknown>; isPartial?: boolean }): ScopeRule | 'all' | undefined {
  if (scope.kind === 'all') return undefined
  if (scope.kind === 'none') return 'all'
  return scope.rules.find((rule) => {
    if (isPartial && !(rule.field in doc)) return false
    const value = relationId(doc[rule.field])
    return value === undefined || !rule.values.some((allowed) => String(allowed) === String(value))
  })
}

export type MenuAccessOptions = {
  koleksi: MenuCollection
  /** A relation field by which a document names its own office. */
  ownerField?: string
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {})

/**
 * Access for a menu collection (all have drafts). The public reads published
 * documents; reviewers and admins read everything; an editor reads what is
 * published plus the documents in its scope, and reads versions, writes and
 * deletes only within its scope. `data` here is only what the client sent
 * (a duplicate or a restore brings the rest from the database), so the final
 * document is checked again by `guardEditorScope` before it is stored.
 */
export function menuAccess({ koleksi, ownerField }: MenuAccessOptions) {
  const scopeOf = (req: PayloadRequest) => editorScope({ req, koleksi, ownerField })
  const read: Access = async ({ req }) => {
    const user = asUser(req.user)
    if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) return true
    if (!user) return PUBLISHED
    const where = scopeWhere({ scope: await scopeOf(req) })
    if (where === true) return true
    return where === false ? PUBLISHED : { or: [PUBLISHED, where] }
  }
  const readVersions: Access = async ({ req }) => {
    const user = asUser(req.user)
    if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) return true
    if (!user) return false
    return scopeWhere({ scope: await scopeOf(req), prefix: 'version.' })
  }
  const create: Access = async ({ req, data }) => {
    const scope = await scopeOf(req)
    return ruleBroken({ scope, doc: asRecord(data), isPartial: true }) === undefined
  }
  const update: Access = async ({ req, data }) => {
    const scope = await scopeOf(req)
    if (ruleBroken({ scope, doc: asRecord(data), isPartial: true }) !== undefined) return false
    return scopeWhere({ scope })
  }
  const remove: Access = async ({ req }) => scopeWhere({ scope: await scopeOf(req) })
  return { read, readVersions, create, update, delete: remove }
}

/**
 * The last `beforeChange` hook of every menu collection: refuses a document
 * that would leave the editor's scope once stored. It sees the final document
 * on every write path (create, update, bulk update, duplicate, version
 * restore), which the access functions alone do not. Writes without a user
 * are the seed and the jobs.
 */
export function guardEditorScope({ koleksi, ownerField }: MenuAccessOptions): CollectionBeforeChangeHook {
  return async ({ collection, data, originalDoc, req }) => {
    if (!req.user) return data
    const scope = await editorScope({ req, koleksi, ownerField })
    const broken = ruleBroken({ scope, doc: { ...asRecord(originalDoc), ...asRecord(data) } })
    if (broken === undefined) return data
    if (broken === 'all') throw new APIError('Anda tidak berhak mengubah isi menu ini: menu ini dikelola OPD lain.', 403, undefined, true)
    const field = collection.flattenedFields.find((candidate) => 'name' in candidate && candidate.name === broken.field)
    const label = field && 'label' in field && typeof field.label === 'string' ? field.label : broken.field
    throw new APIError(`Anda tidak berhak menyimpan isi ini: ${label} di luar cakupan OPD Anda.`, 403, undefined, true)
  }
}
