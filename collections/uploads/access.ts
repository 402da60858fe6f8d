import type { Access, CollectionBeforeChangeHook, Field, FlattenedField, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { isolateObjectProperty } from 'payload'

import { documentId } from '../../src/access/menuRecords'
import { relationId } from '../../src/domain/relation'
import { asUser, hasRole } from '../../src/access/roles'
import { isLoggedInField } from '../../src/access/isLoggedIn'
import { SLUGS } from '../../src/slugs'

/** A field somewhere in the config that points at an upload collection. */
export type UploadLink = { collection: string; path: string[]; hasDrafts: boolean }

const linksByConfig = new WeakMap<SanitizedConfig, Map<string, UploadLink[]>>()

function linkPaths({ fields, slug, prefix }: { fields: FlattenedField[]; slug: string; prefix: string[] }): string[][] {
  return fields.flatMap((field) => {
    const path = [...prefix, field.name]
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === slug) return [path]
    // Polymorphic relations and blocks are not followed: a file linked only from those stays private.
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return linkPaths({ fields: field.flattenedFields, slug, prefix: path })
    return []
  })
}

/** Every field of every collection that links to `slug`, read from the config, so a link added later counts too. */
export function uploadLinks({ config, slug }: { config: SanitizedConfig; slug: string }): UploadLink[] {
  let bySlug = linksByConfig.get(config)
  if (!bySlug) {
    bySlug = new Map()
    linksByConfig.set(config, bySlug)
  }
  const known = bySlug.get(slug)
  if (known) return known
  const links = config.collections.flatMap((collection) =>
    linkPaths({ fields: collection.flattenedFields, slug, prefix: [] }).map((path) => ({
      collection: collection.slug,
      path,
      hasDrafts: Boolean(collection.versions && collection.versions.drafts),
    })),
  )
  bySlug.set(slug, links)
  return links
}

function valuesAt({ value, path }: { value: unknown; path: string[] }): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt({ value: item, path }))
  if (path.length === 0) return [value]
  if (!value || typeof value !== 'object') return []
  const [head, ...rest] = path
  return valuesAt({ value: (value as Record<string, unknown>)[head!], path: rest })
}

const selectOf = (path: string[]): Record<string, unknown> =>
  path.reduceRight<Record<string, unknown> | true>((inner, name) => ({ [name]: inner }), true) as Record<string, unknown>

/** The same request seen by an anonymous reader: what the public site may show. */
const asAnonymous = (req: PayloadRequest): PayloadRequest => {
  const anonymous = isolateObjectProperty(req, 'user')
  anonymous.user = null
  return anonymous
}

/**
 * The ids of the files of `slug` that are linked from documents `req`'s user
 * may read (for an anonymous reader: published content only). With `uploadId`
 * only that file is looked for. With `hasDrafts`, the newest drafts the user
 * may read count too (an editor sees the files of its own drafts).
 */
async function linkedUploadIds({
  req,
  slug,
  uploadId,
  hasDrafts = false,
}: {
  req: PayloadRequest
  slug: string
  uploadId?: string | number
  hasDrafts?: boolean
}): Promise<Set<string>> {
  const ids = new Set<string>()
  for (const link of uploadLinks({ config: req.payload.config, slug })) {
    const field = link.path.join('.')
    const drafts = hasDrafts && link.hasDrafts ? [false, true] : [false]
    for (const draft of drafts) {
      const result = await req.payload.find({
        collection: link.collection as typeof SLUGS.berita,
        where: uploadId === undefined ? { [field]: { exists: true } } : { [field]: { equals: uploadId } },
        select: selectOf(link.path) as never,
        depth: 0,
        limit: uploadId === undefined ? 0 : 1,
        pagination: false,
        draft,
        overrideAccess: false,
        req,
      })
      for (const doc of result.docs) {
        for (const value of valuesAt({ value: doc, path: link.path })) {
          const id = relationId(value)
          if (id !== undefined) ids.add(String(id))
        }
      }
      if (uploadId !== undefined && ids.has(String(uploadId))) return ids
    }
  }
  return ids
}

const NOTHING: Where = { id: { exists: false } }

/** The file a request is about, when it names one: by id, or by file name on the file route. */
async function targetUpload({ req, slug, id, data, isReadingStaticFile }: { req: PayloadRequest; slug: string; id?: unknown; data?: unknown; isReadingStaticFile?: boolean }) {
  if (id !== undefined && id !== null) return { isTargeted: true, id: documentId({ req, value: id }) }
  const filename = isReadingStaticFile && data && typeof data === 'object' ? (data as { filename?: unknown }).filename : undefined
  if (typeof filename !== 'string') return { isTargeted: false, id: undefined }
  const found = await req.payload.find({
    collection: slug as typeof SLUGS.media,
    where: { filename: { equals: filename } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { filename: true },
    req,
  })
  return { isTargeted: true, id: found.docs[0] ? documentId({ req, value: found.docs[0].id }) : undefined }
}

/** Ids as a query: `{ id: { in } }`, or a query matching nothing. */
const idsWhere = (ids: Set<string>, req: PayloadRequest): Where => {
  const values = [...ids].map((id) => documentId({ req, value: id })).filter((id) => id !== undefined)
  return values.length > 0 ? { id: { in: values } } : NOTHING
}

/**
 * A file is public only once linked from published content: a file linked
 * from nothing, or only from drafts, is not readable anonymously, neither its
 * document nor `/api/<slug>/file/<name>`. An editor also reads the files it
 * uploaded and those of the drafts it may read; reviewers and admins read all.
 */
export function canReadUpload({ slug }: { slug: string }): Access {
  return async ({ req, id, data, isReadingStaticFile }) => {
    const user = asUser(req.user)
    if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) return true
    const isEditor = hasRole(user, 'editor')
    const target = await targetUpload({ req, slug, id, data, isReadingStaticFile })
    if (target.isTargeted && target.id === undefined) return NOTHING
    const viewer = isEditor ? req : asAnonymous(req)
    const linked = await linkedUploadIds({ req: viewer, slug, uploadId: target.id, hasDrafts: isEditor })
    if (!isEditor || !user) return idsWhere(linked, req)
    return { or: [{ diunggahOleh: { equals: user.id } }, idsWhere(linked, req)] }
  }
}

/** Staff upload files (reviewers only read). */
export const canUpload: Access = ({ req }) => {
  const user = asUser(req.user)
  return hasRole(user, 'admin') || hasRole(user, 'editor')
}

/**
 * An editor changes or removes only a file it uploaded, and only while no
 * published content links to it: a file has no versions, so replacing a
 * public one would change published content unrecorded (and possibly another
 * office's). An admin may change any.
 */
export function canChangeUpload({ slug }: { slug: string }): Access {
  return async ({ req, id }) => {
    const user = asUser(req.user)
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'editor')) return false
    const own: Where = { diunggahOleh: { equals: user.id } }
    const target = await targetUpload({ req, slug, id })
    if (target.isTargeted && target.id === undefined) return own
    const published = await linkedUploadIds({ req: asAnonymous(req), slug, uploadId: target.id })
    if (target.id !== undefined && published.has(String(target.id))) return false
    if (published.size === 0) return own
    const values = [...published].map((value) => documentId({ req, value })).filter((value) => value !== undefined)
    return { and: [own, { id: { not_in: values } }] }
  }
}

export const uploaderField: Field = {
  name: 'diunggahOleh',
  label: 'Diunggah oleh',
  type: 'relationship',
  relationTo: SLUGS.users,
  index: true,
  access: { read: isLoggedInField, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}

export const stampUploader: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc }) => {
  if (operation === 'create' && req.user) data.diunggahOleh = req.user.id
  else if (originalDoc?.diunggahOleh) data.diunggahOleh = originalDoc.diunggahOleh
  return data
}
