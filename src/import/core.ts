/**
 * Bulk import for the data menus, shared by the HTTP endpoint and the CLI.
 * All or nothing: every row is checked (shape, names, duplicates) before the
 * first write; the writes then run in one database transaction, and where the
 * adapter has none (SQLite here) what was written is removed again.
 */
import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { storedCalendarDate } from '../domain/calendarDate'
import { SLUGS } from '../slugs'
import { parseCsv } from './csv'
import { hargaPanganRowSchema, parseRow, statistikCovidRowSchema } from './schemas'
import type { HargaPanganRow, StatistikCovidRow } from './schemas'

export const IMPORTABLE = [SLUGS.hargaPangan, SLUGS.statistikCovid] as const

export type Importable = (typeof IMPORTABLE)[number]

export type ImportError = { baris: number; kolom: string; pesan: string }

export type ImportProgress = { fase: 'memeriksa' | 'menyimpan'; selesai: number; total: number }

export type ImportResult = { isOk: true; dibuat: number } | { isOk: false; errors: ImportError[] }

export type ImportInput = { kind: 'csv'; text: string } | { kind: 'json'; rows: unknown }

type Prepared = { baris: number; data: Record<string, unknown> }

export function isImportable(value: string): value is Importable {
  return (IMPORTABLE as readonly string[]).includes(value)
}

const nameKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

/** Rows from CSV text or a JSON array, each with its row number (1 = first data row). */
export function readRows(input: ImportInput): { rows: { baris: number; values: unknown }[]; errors: ImportError[] } {
  if (input.kind === 'csv') {
    const { records, problems } = parseCsv(input.text)
    return { rows: records.map(({ baris, values }) => ({ baris, values })), errors: problems }
  }
  if (!Array.isArray(input.rows)) {
    return { rows: [], errors: [{ baris: 0, kolom: '', pesan: 'Isi permintaan harus larik JSON berisi baris data, atau CSV.' }] }
  }
  return { rows: input.rows.map((values, index) => ({ baris: index + 1, values })), errors: [] }
}

async function prepareHargaPangan({
  payload,
  req,
  rows,
  now,
}: {
  payload: Payload
  req: PayloadRequest
  rows: { baris: number; values: unknown }[]
  now: Date
}): Promise<{ prepared: Prepared[]; errors: ImportError[] }> {
  const schema = hargaPanganRowSchema({ now })
  const errors: ImportError[] = []
  const parsed: { baris: number; row: HargaPanganRow }[] = []
  for (const { baris, values } of rows) {
    const result = parseRow({ schema, row: values })
    if (result.isValid) parsed.push({ baris, row: result.data })
    else errors.push(...result.problems.map((problem) => ({ baris, ...problem })))
  }
  const komoditas = await payload.find({ collection: SLUGS.komoditas, depth: 0, pagination: false, limit: 0, overrideAccess: true, req })
  const byName = new Map(komoditas.docs.map((doc) => [nameKey(doc.nama), doc]))
  const prepared: Prepared[] = []
  const seen = new Map<string, number>()
  for (const { baris, row } of parsed) {
    const found = byName.get(nameKey(row.komoditas))
    if (!found) {
      errors.push({ baris, kolom: 'komoditas', pesan: `Komoditas "${row.komoditas}" tidak ada di daftar komoditas. Periksa ejaannya atau minta Diskominfo menambahkannya.` })
      continue
    }
    const key = `${found.id}|${row.pasar}|${row.tanggal}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      errors.push({ baris, kolom: 'tanggal', pesan: `Sama dengan baris ${earlier}: komoditas, pasar dan tanggal yang sama.` })
      continue
    }
    seen.set(key, baris)
    prepared.push({
      baris,
      data: { komoditas: found.id, pasar: row.pasar, harga: row.harga, satuan: row.satuan ?? found.satuan, tanggal: storedCalendarDate(row.tanggal) },
    })
  }
  const existing = await existingKeys({
    payload,
    req,
    collection: SLUGS.hargaPangan,
    tanggal: prepared.map((row) => String(row.data.tanggal)),
    keyOf: (doc) => `${relationId(doc.komoditas)}|${doc.pasar}|${String(doc.tanggal).slice(0, 10)}`,
  })
  for (const row of prepared) {
    if (existing.has(`${row.data.komoditas}|${row.data.pasar}|${String(row.data.tanggal).slice(0, 10)}`)) {
      errors.push({ baris: row.baris, kolom: 'tanggal', pesan: 'Harga untuk komoditas, pasar dan tanggal ini sudah ada. Ubah baris yang ada, jangan mengimpornya lagi.' })
    }
  }
  return { prepared, errors }
}

async function prepareStatistikCovid({
  payload,
  req,
  rows,
  now,
}: {
  payload: Payload
  req: PayloadRequest
  rows: { baris: number; values: unknown }[]
  now: Date
}): Promise<{ prepared: Prepared[]; errors: ImportError[] }> {
  const schema = statistikCovidRowSchema({ now })
  const errors: ImportError[] = []
  const parsed: { baris: number; row: StatistikCovidRow }[] = []
  for (const { baris, values } of rows) {
    const result = parseRow({ schema, row: values })
    if (result.isValid) parsed.push({ baris, row: result.data })
    else errors.push(...result.problems.map((problem) => ({ baris, ...problem })))
  }
  const kecamatan = await payload.find({
    collection: SLUGS.opd,
    where: { jenis: { equals: 'kecamatan' } },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true,
    req,
  })
  const byName = new Map<string, string | number>()
  for (const office of kecamatan.docs) {
    byName.set(nameKey(office.nama), office.id)
    byName.set(nameKey(office.nama.replace(/^kecamatan\s+/i, '')), office.id)
    byName.set(nameKey(office.singkatan), office.id)
  }
  const prepared: Prepared[] = []
  const seen = new Map<string, number>()
  for (const { baris, row } of parsed) {
    const isCity = row.wilayah === undefined || /^(kota\s+)?palembang$/i.test(row.wilayah)
    const wilayah = isCity ? null : byName.get(nameKey(row.wilayah!))
    if (wilayah === undefined) {
      errors.push({ baris, kolom: 'wilayah', pesan: `Kecamatan "${row.wilayah}" tidak dikenal. Tulis nama kecamatan (mis. Ilir Barat I) atau kosongkan untuk Kota Palembang.` })
      continue
    }
    const key = `${wilayah ?? 'kota'}|${row.tanggal}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      errors.push({ baris, kolom: 'tanggal', pesan: `Sama dengan baris ${earlier}: wilayah dan tanggal yang sama.` })
      continue
    }
    seen.set(key, baris)
    const { wilayah: _name, tanggal, ...counts } = row
    prepared.push({ baris, data: { ...counts, wilayah, tanggal: storedCalendarDate(tanggal) } })
  }
  const existing = await existingKeys({
    payload,
    req,
    collection: SLUGS.statistikCovid,
    tanggal: prepared.map((row) => String(row.data.tanggal)),
    keyOf: (doc) => `${relationId(doc.wilayah) ?? 'kota'}|${String(doc.tanggal).slice(0, 10)}`,
  })
  for (const row of prepared) {
    if (existing.has(`${row.data.wilayah ?? 'kota'}|${String(row.data.tanggal).slice(0, 10)}`)) {
      errors.push({ baris: row.baris, kolom: 'tanggal', pesan: 'Data untuk wilayah dan tanggal ini sudah ada. Ubah baris yang ada, jangan mengimpornya lagi.' })
    }
  }
  return { prepared, errors }
}

const relationId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value === null || value === undefined ? null : String(value)

/** The natural keys already stored for the dates an import touches, drafts included. */
async function existingKeys({
  payload,
  req,
  collection,
  tanggal,
  keyOf,
}: {
  payload: Payload
  req: PayloadRequest
  collection: Importable
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

function errorsFromWrite({ error, baris }: { error: unknown; baris: number }): ImportError[] {
  if (error instanceof ValidationError) {
    return error.data.errors.map((item) => ({ baris, kolom: item.path ?? '', pesan: item.message }))
  }
  return [{ baris, kolom: '', pesan: `Gagal menyimpan: ${error instanceof Error ? error.message : String(error)}` }]
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
  onProgress?: (progress: ImportProgress) => void
}): Promise<ImportResult> {
  const { rows, errors: readErrors } = readRows(input)
  if (readErrors.length > 0) return { isOk: false, errors: readErrors }
  if (rows.length === 0) return { isOk: false, errors: [{ baris: 0, kolom: '', pesan: 'Tidak ada baris data untuk diimpor.' }] }
  if (maxRows !== undefined && rows.length > maxRows) {
    return { isOk: false, errors: [{ baris: 0, kolom: '', pesan: `Terlalu banyak baris (${rows.length}); paling banyak ${maxRows} per impor.` }] }
  }
  onProgress?.({ fase: 'memeriksa', selesai: 0, total: rows.length })
  const prepare = koleksi === SLUGS.hargaPangan ? prepareHargaPangan : prepareStatistikCovid
  const { prepared, errors } = await prepare({ payload, req, rows, now })
  onProgress?.({ fase: 'memeriksa', selesai: rows.length, total: rows.length })
  if (errors.length > 0) return { isOk: false, errors: errors.sort((a, b) => a.baris - b.baris) }

  const previousContext = req.context
  // Duplicates were checked for the whole file above; per-row lookups would only repeat them.
  req.context = { ...req.context, now, isDuplicateCheckDone: true }
  const isOwnTransaction = await initTransaction(req)
  const written: (string | number)[] = []
  try {
    for (const row of prepared) {
      try {
        const doc = await payload.create({
          collection: koleksi,
          data: { ...row.data, _status: 'published' } as never,
          draft: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
        written.push(doc.id)
      } catch (error) {
        throw Object.assign(new Error('baris gagal'), { rowErrors: errorsFromWrite({ error, baris: row.baris }) })
      }
      onProgress?.({ fase: 'menyimpan', selesai: written.length, total: prepared.length })
    }
    if (isOwnTransaction) await commitTransaction(req)
    return { isOk: true, dibuat: written.length }
  } catch (error) {
    const hadTransaction = Boolean(req.transactionID)
    if (isOwnTransaction) await killTransaction(req)
    if (!hadTransaction) await undoWrites({ payload, koleksi, ids: written })
    const rowErrors = (error as { rowErrors?: ImportError[] }).rowErrors
    if (rowErrors) return { isOk: false, errors: rowErrors }
    throw error
  } finally {
    req.context = previousContext
  }
}

/** Without a transaction, removes what an aborted import wrote (versions go with the documents). */
async function undoWrites({ payload, koleksi, ids }: { payload: Payload; koleksi: Importable; ids: (string | number)[] }) {
  for (let start = 0; start < ids.length; start += 200) {
    await payload.delete({
      collection: koleksi,
      where: { id: { in: ids.slice(start, start + 200) } },
      overrideAccess: true,
    })
  }
}
