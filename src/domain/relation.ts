/** The id a relationship holds, whether Payload populated it (a document with an id) or not (the id itself). */
type Relation = string | number | { id: string | number }

/**
 * The id of a relationship value; undefined for nothing (null, undefined, an
 * empty string, an object without an id). A populated document may come
 * nested once more (a join's `{ value }` is not one: it names its relationTo).
 */
export function relationId(value: Relation): string | number
export function relationId(value: unknown): string | number | undefined
export function relationId(value: unknown): string | number | undefined {
  if (value && typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  return undefined
}

/** The same id as a string, for map keys and comparisons across adapters (SQLite numbers, MongoDB strings). */
export function relationKey(value: Relation): string
export function relationKey(value: unknown): string | undefined
export function relationKey(value: unknown): string | undefined {
  const id = relationId(value)
  return id === undefined ? undefined : String(id)
}
