import { headers } from 'next/headers'
import type { CollectionSlug, DefaultServerCellComponentProps, Payload, TypedUser } from 'payload'
import React, { cache } from 'react'

import { relationId } from '../domain/relation'

type Relation = { relationTo: string; value: string | number }

/** One authentication per page render, shared by every cell of the table. */
const requestUser = cache(async (payload: Payload): Promise<TypedUser | null> => {
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
})

/** Each related document read once per page render, with the reader's own access, as the REST call Payload's client makes would be. */
const titleOf = cache(async (payload: Payload, slug: string, id: string): Promise<string | null> => {
  const collection = payload.collections[slug as CollectionSlug]?.config
  if (!collection) return null
  const titleField = collection.admin?.useAsTitle ?? 'id'
  try {
    const doc = await payload.findByID({
      collection: slug as CollectionSlug,
      id,
      depth: 0,
      draft: true,
      select: { [titleField]: true },
      overrideAccess: false,
      user: await requestUser(payload),
      disableErrors: true,
    })
    if (!doc) return null
    const title = (doc as unknown as Record<string, unknown>)[titleField]
    return title === undefined || title === null || title === '' ? String(id) : String(title)
  } catch {
    return null
  }
})

function relationsOf({ cellData, relationTo }: { cellData: unknown; relationTo: unknown }): Relation[] {
  const values = Array.isArray(cellData) ? cellData : cellData === null || cellData === undefined ? [] : [cellData]
  return values.flatMap((value): Relation[] => {
    if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
      const { relationTo: slug, value: inner } = value as { relationTo: string; value: unknown }
      const id = relationId(inner)
      return id === undefined ? [] : [{ relationTo: slug, value: id }]
    }
    const id = relationId(value)
    return id !== undefined && typeof relationTo === 'string' ? [{ relationTo, value: id }] : []
  })
}

/**
 * The list view's relationship column, rendered on the server. Payload's own cell asks for a
 * title only once its row has scrolled into view (an IntersectionObserver), so every row below
 * the first screen showed "<Tidak ada …>" until scrolled to, in screenshots, prints and on a
 * phone 8 rows of 10. Here every row of the page carries its title in the HTML.
 */
export async function RelationCell({ cellData, field, payload }: DefaultServerCellComponentProps) {
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  const relations = relationsOf({ cellData, relationTo })
  if (relations.length === 0) return <span className="segar-relasi segar-relasi--kosong">–</span>
  const titles = await Promise.all(relations.map((relation) => titleOf(payload, relation.relationTo, String(relation.value))))
  return (
    <span className="segar-relasi">
      {relations.map((relation, index) => (
        <React.Fragment key={`${relation.relationTo}-${relation.value}`}>
          {index > 0 ? ', ' : null}
          {titles[index] ?? `ID ${relation.value}`}
        </React.Fragment>
      ))}
    </span>
  )
}
