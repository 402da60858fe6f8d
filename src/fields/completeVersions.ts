import type { CollectionBeforeChangeHook, Config, Field } from 'payload'

const LIST_TYPES = new Set(['array', 'blocks'])

/** Top-level named fields, looking through rows, collapsibles and unnamed tabs, which store nothing themselves. */
function storedFieldsOf(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return storedFieldsOf(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : storedFieldsOf(tab.fields)))
    if (field.type === 'ui' || !('name' in field)) return []
    return [field]
  })
}

function emptyValueOf(field: Field): null | [] {
  if (LIST_TYPES.has(field.type)) return []
  if ('hasMany' in field && field.hasMany) return []
  return null
}

/**
 * MongoDB stores a document without the keys it was not given, and its
 * versions likewise; restoring such a version then keeps today's value of a
 * field the old version never had, so the "restored" document is not the
 * version. SQL stores every column, empty ones as NULL. Writing every field
 * explicitly on MongoDB makes each version a complete record, as in SQL.
 */
function completeDocument(names: { name: string; empty: null | [] }[]): CollectionBeforeChangeHook {
  return ({ data, req }) => {
    if (req.payload.db.name !== 'mongoose') return data
    for (const { name, empty } of names) {
      if (data[name] === undefined) data[name] = empty
    }
    return data
  }
}

/** Every collection that keeps versions records every field in each of them. */
export function withCompleteVersions(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!collection.versions) return collection
      const names = storedFieldsOf(collection.fields).map((field) => ({ name: (field as { name: string }).name, empty: emptyValueOf(field) }))
      return {
        ...collection,
        hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), completeDocument(names)] },
      }
    }),
  }
}
