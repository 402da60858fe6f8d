/**
 * Bulk import for the data menus, shared by the HTTP endpoint and the CLI.
 * All or nothing, and nothing seen before all: every row is checked (shape,
 * names, duplicates) before the first write; the rows are then staged as a
 * batch no reader sees (src/import/staging.ts) and published in one step.
 * Where the adapter has transactions (PostgreSQL) all of it runs in one as
 * well. A failure removes the batch; a process killed mid-import leaves only
 * staged rows, removed by the next import or start.
 */
import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'


import { bumpContentGeneration } from '../http/generation'
import { parseCsv } from './csv'
import { parseRow } from './schemas'
import type { z } from 'zod'
import { IMPORTABLE, IMPORTERS } from '../menus'
import type { MenuCollection } from '../slugs'
import { BATCH_FIELD, claimBatch, discardStaleBatches, stagingStore, StageError } from './staging'

/** Which menus are importable, and how, is declared with each menu (collections/menus). */
export { IMPORTABLE, isImportable } from '../menus'

export type Importable = MenuCollection

export type ImportError = { baris: number; kolom: string; pesan: string }

export type ImportProgress = { fase: 'memeriksa' | 'menyimpan'; selesai: number; total: number }

export type ImportResult = { isOk: true; dibuat: number } | { isOk: false; errors: ImportError[] }

export type ImportInput = { kind: 'csv'; text: string } | { kind: 'json'; rows: unknown }

export type Prepared = { baris: number; data: Record<string, unknown> }

export type ImportRow = { baris: number; values: unknown }

/**
 * What a menu declares to be importable: how its rows become documents. It
 * checks every row (shape, names, duplicates within the file and against
 * what is stored) and writes nothing.
 */
export type MenuImporter = {
  prepare: (args: { payload: Payload; req: PayloadRequest; rows: ImportRow[]; now: Date }) => Promise<{ prepared: Prepared[]; errors: ImportError[] }>
}

export const nameKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

/** Rows from CSV text or a JSON array, each with its row number (1 = first data row). */
export function readRows(input: ImportInput): { rows: ImportRow[]; errors: ImportError[] } {
  if (input.kind === 'csv') {
    const { records, problems } = parseCsv(input.text)
    return { rows: records.map(({ baris, values }) => ({ baris, values })), errors: problems }
  }
  if (!Array.isArray(input.rows)) {
    return { rows: [], errors: [{ baris: 0, kolom: '', pesan: 'Isi permintaan harus larik JSON berisi baris data, atau CSV.' }] }
  }
  return { rows: input.rows.map((values, index) => ({ baris: index + 1, values })), errors: [] }
}


/** Each row through the menu's row schema: the rows that passed, and the problems of those that did not. */
export function parseRows<T>({ schema, rows }: { schema: z.ZodType<T>; rows: ImportRow[] }): { parsed: { baris: number; row: T }[]; errors: ImportError[] } {
  const errors: ImportError[] = []
  const parsed: { baris: number; row: T }[] = []
  for (const { baris, values } of rows) {
    const result = parseRow({ schema, row: values })
    if (result.isValid) parsed.push({ baris, row: result.data })
    else errors.push(...result.problems.map((problem) => ({ baris, ...problem })))
  }
  return { parsed, errors }
}

/** The natural keys already stored for the dates an import touches, drafts included. */
export async function existingKeys({
  payload,
  req,
  collection,
  tanggal,
  keyOf,
}: {
  payload: Payload
  req: PayloadRequest
  collection: CollectionSlug
  tanggal: string[]
  keyOf: (doc: Record<string, unknown>) => string
}): Promise<Set<string>> {
  const keys = new Set<string>()
  const dates = [...new Set(tanggal)]
  for (let start = 0; start < dates.length; start += 200) {
    const result = await payload.find({
      collection,
      where: { tanggal: { in: dates.slice(start, start + 200) } },
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs) keys.add(keyOf(doc as unknown as Record<string, unknown>))
  }
  return keys
}

/** Rows staged per step: each step reports progress; the batch stays invisible throughout. */
const STAGE_STEP = 1000

const codesOf = (error: unknown): string[] => {
  const found: string[] = []
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (code !== undefined) found.push(String(code))
    if (typeof message === 'string') found.push(message)
    current = (current as { cause?: unknown }).cause
  }
  return found
}

/**
 * What a row's failed write tells its author, in their words: the row and,
 * where known, the column. Never the SQL or its parameters, which stay in
 * the server's log.
 */
function errorsFromWrite({ payload, koleksi, error, baris }: { payload: Payload; koleksi: Importable; error: unknown; baris: number }): ImportError[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((item) => ({ baris, kolom: item.path ?? '', pesan: item.message }))
  }
  payload.logger.error({ err: error, koleksi, baris }, 'Baris impor ditolak basis data')
  const codes = codesOf(error).join(' ')
  if (/23505|11000|SQLITE_CONSTRAINT_UNIQUE|UNIQUE constraint|duplicate key/i.test(codes)) {
    const unique = payload.collections[koleksi].config.indexes?.find((index) => index.unique)?.fields ?? []
    return [
      {
        baris,
        kolom: unique.at(-1) ?? '',
        pesan: `Baris ini sama dengan data yang disimpan bersamaan oleh orang lain (${unique.join(', ') || 'kunci yang sama'}). Tidak ada yang disimpan; periksa baris ini lalu impor lagi.`,
      },
    ]
  }
  if (/23503|SQLITE_CONSTRAINT_FOREIGNKEY|FOREIGN KEY constraint/i.test(codes)) {
    return [{ baris, kolom: '', pesan: 'Data rujukan baris ini (komoditas atau wilayah) tidak ada lagi di basis data. Tidak ada yang disimpan.' }]
  }
  return [{ baris, kolom: '', pesan: 'Baris ini tidak dapat disimpan ke basis data. Tidak ada yang disimpan; hubungi administrator bila berulang.' }]
}

class RowWriteError extends Error {
  constructor(readonly rowErrors: ImportError[]) {
    super('baris impor gagal')
  }
}

/**
 * Imports rows into a data menu for the person in `req` (the endpoint) or for
 * the system (the CLI, `req` without a user). Access is the caller's job.
 */
export async function runImport({
  payload,
  req,
  koleksi,
  input,
  now,
  maxRows,
  onProgress,
}: {
  payload: Payload
  req: PayloadRequest
  koleksi: Importable
  input: ImportInput
  now: Date
  maxRows?: number
  onProgress?: (progress: ImportProgress) => void | Promise<void>
}): Promise<ImportResult> {
  const { rows, errors: readErrors } = readRows(input)
  if (readErrors.length > 0) return { isOk: false, errors: readErrors }
  if (rows.length === 0) return { isOk: false, errors: [{ baris: 0, kolom: '', pesan: 'Tidak ada baris data untuk diimpor.' }] }
  if (maxRows !== undefined && rows.length > maxRows) {
    return { isOk: false, errors: [{ baris: 0, kolom: '', pesan: `Terlalu banyak baris (${rows.length}); paling banyak ${maxRows} per impor.` }] }
  }
  await onProgress?.({ fase: 'memeriksa', selesai: 0, total: rows.length })
  const importer = IMPORTERS[koleksi]
  if (!importer) throw new Error(`Menu tidak dapat diimpor: ${koleksi}.`)
  const { prepared, errors } = await importer.prepare({ payload, req, rows, now })
  await onProgress?.({ fase: 'memeriksa', selesai: rows.length, total: rows.length })
  if (errors.length > 0) return { isOk: false, errors: errors.sort((a, b) => a.baris - b.baris) }

  // What a killed import left behind goes first, so that it never meets this one.
  await discardStaleBatches({ payload, collections: IMPORTABLE })
  const claim = await claimBatch({ payload, koleksi })
  const { batch, release } = claim
  const store = stagingStore({ payload, req, slug: koleksi, batch })
  // Stamped as the collection's own hooks would: who, when the content changed, when written.
  const writtenAt = new Date().toISOString()
  const stamp = {
    _status: 'draft',
    [BATCH_FIELD]: batch,
    diubahOleh: req.user?.id ?? null,
    isiDiubahPada: now.toISOString(),
    createdAt: writtenAt,
    updatedAt: writtenAt,
  }
  const isOwnTransaction = await initTransaction(req)
  try {
    for (let start = 0; start < prepared.length; start += STAGE_STEP) {
      const step = prepared.slice(start, start + STAGE_STEP)
      try {
        await store.stage({ rows: step.map((row) => ({ ...row.data, ...stamp })) })
      } catch (error) {
        const failed = error instanceof StageError ? step[error.index] : undefined
        throw new RowWriteError(errorsFromWrite({ payload, koleksi, error: error instanceof StageError ? error.cause : error, baris: failed?.baris ?? step[0]!.baris }))
      }
      await onProgress?.({ fase: 'menyimpan', selesai: start + step.length, total: prepared.length })
    }
    const interrupted = [{ baris: 0, kolom: '', pesan: 'Impor ini dianggap terhenti oleh proses lain dan dibatalkan; tidak ada yang disimpan. Impor lagi.' }]
    if (!(await claim.isStillOurs())) throw new RowWriteError(interrupted)
    if (!(await store.publish({ expected: prepared.length }))) throw new RowWriteError(interrupted)
    if (isOwnTransaction) await commitTransaction(req)
    bumpContentGeneration()
    await release()
    return { isOk: true, dibuat: prepared.length }
  } catch (error) {
    if (isOwnTransaction) await killTransaction(req)
    await store.discard().catch((cause: unknown) => payload.logger.error({ err: cause, batch }, 'Batch impor tidak dapat dihapus; dihapus pada impor atau start berikutnya'))
    await release(error)
    if (error instanceof RowWriteError) return { isOk: false, errors: error.rowErrors }
    throw error
  }
}
