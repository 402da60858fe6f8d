import type { CollectionSlug, Payload, RequestContext, Where } from 'payload'

export type SeedReport = {
  created: Record<string, number>
  unchanged: Record<string, number>
}

export type SeedProgress = (step: { label: string; done: number; total: number }) => void

export function tally(report: SeedReport, collection: string, isCreated: boolean): void {
  const bucket = isCreated ? report.created : report.unchanged
  bucket[collection] = (bucket[collection] ?? 0) + 1
}

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * Creates a document unless one with the same natural key exists; an
 * existing one is left exactly as it is, so running the seed twice creates
 * nothing and never overwrites what an office edited since.
 */
export async function ensureDoc({
  payload,
  report,
  collection,
  where,
  data,
  context,
  file,
}: {
  payload: Payload
  report: SeedReport
  collection: CollectionSlug
  where: Where
  data: Record<string, unknown>
  context?: RequestContext
  file?: UploadFile
}): Promise<{ id: string | number; isCreated: boolean }> {
  const existing = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  const found = existing.docs[0]
  if (found) {
    tally(report, collection, false)
    return { id: found.id, isCreated: false }
  }
  const created = await payload.create({
    collection,
    data: data as never,
    context,
    file,
    depth: 0,
  })
  tally(report, collection, true)
  return { id: created.id, isCreated: true }
}

/** Offices by singkatan, read once per seed run. */
export async function officeIds(payload: Payload): Promise<Map<string, string | number>> {
  const result = await payload.find({ collection: 'opd', limit: 1000, depth: 0, pagination: false })
  return new Map(result.docs.map((doc) => [String((doc as { singkatan: string }).singkatan), doc.id]))
}

export function requireOffice(offices: Map<string, string | number>, singkatan: string): string | number {
  const id = offices.get(singkatan)
  if (id === undefined) throw new Error(`OPD ${singkatan} belum ada: jalankan seed OPD lebih dulu.`)
  return id
}

/** Lexical rich text from plain paragraphs. */
export function paragraphs(texts: string[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}
