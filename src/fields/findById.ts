import type { PayloadRequest, Where } from 'payload'

import type { Config } from '../payload-types'
import { isPlausibleId } from './tanggalData'
import { relationId } from '../domain/relation'

type Slug = keyof Config['collections']

/**
 * The document a relation value points at, read past access (a validation
 * or hook asks whether it exists, not whether the user may read it), or
 * undefined when the value cannot be an id or names nothing.
 */
export async function findById<S extends Slug>({ req, collection, value }: { req: PayloadRequest; collection: S; value: unknown }) {
  const id = relationId(value)
  if (!isPlausibleId({ req, id })) return undefined
  const result = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return result.docs[0] as Config['collections'][S] | undefined
}

/**
 * Another stored row matching `where` (the document itself excluded by
 * `id`), read past access: a duplicate is a duplicate whoever may see it.
 */
export async function findOtherRow({ req, collection, where, id }: { req: PayloadRequest; collection: Slug; where: Where[]; id?: string | number }) {
  const result = await req.payload.find({
    collection,
    where: { and: [...where, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return result.docs[0] as { id: string | number } | undefined
}
