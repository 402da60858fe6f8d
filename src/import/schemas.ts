/**
 * The shape of one imported row, per data menu, as zod schemas. They check
 * everything that needs no database (types, ranges, dates, totals) with the
 * same rules and words as the collections; names of commodities and
 * kecamatan are resolved against the database afterwards.
 */
import { z } from 'zod'

import { parseCalendarDate } from '../domain/calendarDate'
import type { CalendarDate } from '../domain/calendarDate'
import { checkCovidTotals, checkHarga, checkJumlah, checkTanggalData } from '../domain/dataRules'
import type { RuleResult } from '../domain/dataRules'
import { PASAR_PALEMBANG, SATUAN_VALUES, findPasar } from '../domain/pangan'
import type { Satuan } from '../domain/pangan'

/**
 * A whole number as spreadsheets write it: `14500`, `14.500` (Indonesian
 * thousands), `Rp 14.500`, `14.500,00`. Anything else stays as it came, for
 * the rule to refuse with its own message.
 */
export function readNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value
  let text = value.trim().replace(/^rp\.?\s*/i, '').replace(/\s/g, '')
  if (text === '') return undefined
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.')
  else if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.')
  else if (!/^-?\d+(\.\d+)?$/.test(text)) return Number.NaN
  return Number(text)
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** A zod step that runs one of our rules and keeps its message. */
function ruled<T>(read: (value: unknown) => unknown, rule: (value: unknown) => RuleResult) {
  return z.unknown().transform((value, ctx) => {
    const read_ = read(value)
    const result = rule(read_)
    if (result !== true) {
      ctx.addIssue({ code: 'custom', message: result })
      return z.NEVER
    }
    return read_ as T
  })
}

const requiredText = (pesan: string) =>
  z.unknown().transform((value, ctx) => {
    if (blank(value) || (typeof value !== 'string' && typeof value !== 'number')) {
      ctx.addIssue({ code: 'custom', message: pesan })
      return z.NEVER
    }
    return String(value).trim()
  })

const tanggal = (now: Date) =>
  ruled<unknown>((value) => value, (value) => checkTanggalData({ value, now })).transform(
    (value) => parseCalendarDate(value) as CalendarDate,
  )

const jumlah = (label: string, { isOptional = false } = {}) =>
  ruled<number>(
    (value) => (isOptional && blank(value) ? 0 : readNumber(value)),
    (value) => checkJumlah({ value, label }),
  )

export function hargaPanganRowSchema({ now }: { now: Date }) {
  return z.strictObject({
    komoditas: requiredText('Komoditas wajib diisi dengan nama dari daftar komoditas, mis. "Beras medium".'),
    pasar: z.unknown().transform((value, ctx) => {
      const pasar = typeof value === 'string' ? findPasar(value) : undefined
      if (!pasar) {
        ctx.addIssue({
          code: 'custom',
          message: blank(value)
            ? 'Pasar wajib diisi.'
            : `Pasar "${String(value)}" tidak dikenal. Pilihan: ${PASAR_PALEMBANG.map((item) => item.label).join(', ')}.`,
        })
        return z.NEVER
      }
      return pasar.value
    }),
    harga: ruled<number>(readNumber, checkHarga),
    satuan: z.unknown().transform((value, ctx) => {
      if (blank(value)) return undefined
      const satuan = String(value).trim().toLowerCase()
      if (!SATUAN_VALUES.includes(satuan as Satuan)) {
        ctx.addIssue({ code: 'custom', message: `Satuan "${String(value)}" tidak dikenal. Pilihan: ${SATUAN_VALUES.join(', ')}; atau kosongkan.` })
        return z.NEVER
      }
      return satuan as Satuan
    }),
    tanggal: tanggal(now),
  })
}

export type HargaPanganRow = z.output<ReturnType<typeof hargaPanganRowSchema>>

export function statistikCovidRowSchema({ now }: { now: Date }) {
  return z
    .strictObject({
      tanggal: tanggal(now),
      wilayah: z.unknown().transform((value) => (blank(value) ? undefined : String(value).trim())),
      terkonfirmasi: jumlah('Terkonfirmasi'),
      dirawat: jumlah('Dirawat'),
      sembuh: jumlah('Sembuh'),
      meninggal: jumlah('Meninggal'),
      odp: jumlah('ODP', { isOptional: true }),
      pdp: jumlah('PDP', { isOptional: true }),
    })
    .superRefine((row, ctx) => {
      const result = checkCovidTotals(row)
      if (result !== true) ctx.addIssue({ code: 'custom', message: result, path: ['terkonfirmasi'] })
    })
}

export type StatistikCovidRow = z.output<ReturnType<typeof statistikCovidRowSchema>>

export type RowProblem = { kolom: string; pesan: string }

/**
 * Parses one row. Every known column is present before zod sees it, so a
 * missing column gets our own message (or its blank default) rather than
 * zod's generic one.
 */
export function parseRow<T>({ schema, row }: { schema: z.ZodType<T> & { shape?: Record<string, unknown> }; row: unknown }):
  | { isValid: true; data: T }
  | { isValid: false; problems: RowProblem[] } {
  const shape = (schema as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } }).shape
  const known = Object.keys(shape ?? {})
  const input =
    row && typeof row === 'object' && !Array.isArray(row)
      ? { ...Object.fromEntries(known.map((key) => [key, undefined])), ...(row as Record<string, unknown>) }
      : row
  const result = schema.safeParse(input)
  return result.success ? { isValid: true, data: result.data } : { isValid: false, problems: problemsOf(result.error) }
}

/** Zod's issues as column-level problems in Indonesian. */
export function problemsOf(error: z.ZodError): RowProblem[] {
  return error.issues.flatMap((issue): RowProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ kolom: key, pesan: `Kolom "${key}" tidak dikenal untuk menu ini.` }))
    }
    const kolom = issue.path.map(String).join('.')
    if (issue.code === 'invalid_type' && issue.path.length === 0) return [{ kolom: '', pesan: 'Baris harus berupa objek dengan nama kolom.' }]
    return [{ kolom, pesan: issue.message }]
  })
}
