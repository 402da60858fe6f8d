const BOOKKEEPING = new Set([
  'id',
  '_id',
  'createdAt',
  'updatedAt',
  '_status',
  'diubahOleh',
  'isiDiubahPada',
  'dibuatOleh',
])

function normalise(value: unknown): unknown {
  if (value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    if ('id' in value && Object.keys(value).length > 2) return (value as { id: unknown }).id
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      if (BOOKKEEPING.has(key)) continue
      out[key] = normalise((value as Record<string, unknown>)[key])
    }
    return out
  }
  return value
}

/**
 * Whether a save changed any content field. Bookkeeping (timestamps, status,
 * who edited) does not count, and neither do fields the save did not send:
 * a save that changes nothing must not make a menu look fresh.
 */
export function hasContentChanged({
  before,
  after,
}: {
  before: Record<string, unknown> | undefined | null
  after: Record<string, unknown>
}): boolean {
  if (!before) return true
  for (const key of Object.keys(after)) {
    if (BOOKKEEPING.has(key)) continue
    if (JSON.stringify(normalise(after[key])) !== JSON.stringify(normalise(before[key]))) return true
  }
  return false
}
