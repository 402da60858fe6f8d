import type { Payload, Where } from 'payload'

import { isDayString } from '../domain/calendar'
import { freshnessLabel, FRESHNESS_STATUSES } from '../domain/freshness'
import { relationKey } from '../domain/relation'
import type { FreshnessStatus } from '../domain/freshness'
import { SLUGS } from '../slugs'
import { csvRow, UTF8_BOM } from './csv'
import type { MenuFreshness } from './evaluate'

export const CURRENT_CSV_HEADER = [
  'menu',
  'judul',
  'pemilik',
  'singkatan',
  'kadensi',
  'status',
  'label',
  'terakhirDiperbarui',
  'jatuhTempo',
  'umurHari',
  'masalah',
] as const

export const HISTORY_CSV_HEADER = [
  'dijalankanPada',
  'menu',
  'singkatan',
  'status',
  'label',
  'umurHari',
  'tanggalData',
  'terakhirDiperbarui',
  'jatuhTempo',
  'masalah',
] as const

export const MAX_HISTORY_DAYS = 366
const HISTORY_PAGE_SIZE = 500
const DAY_MS = 24 * 60 * 60 * 1000

type Problem = { pesan?: unknown }

const joinProblems = (problems: unknown): string =>
  Array.isArray(problems)
    ? problems
        .map((problem: Problem) => (typeof problem?.pesan === 'string' ? problem.pesan : ''))
        .filter((text) => text !== '')
        .join('; ')
    : ''

export function currentStatusCsv({ results }: { results: readonly MenuFreshness[] }): string {
  const lines = results.map((result) =>
    csvRow([
      result.menu,
      result.judul,
      result.pemilik.nama,
      result.pemilik.singkatan,
      result.kadensi,
      result.status,
      result.label,
      result.terakhirDiperbarui,
      result.jatuhTempo,
      result.umurHari,
      joinProblems(result.masalah),
    ]),
  )
  return UTF8_BOM + csvRow(CURRENT_CSV_HEADER) + lines.join('')
}

export function csvFilename({ prefix, day }: { prefix: string; day: string }): string {
  return `${prefix}-${day}.csv`
}

export type HistoryRange = { dari: string; sampai: string; from: Date; until: Date }

/** Jakarta days `dari`..`sampai` inclusive, as instants [from, until). A string is an Indonesian message for a 400. */
export function parseHistoryRange({ dari, sampai }: { dari: string | null; sampai: string | null }): HistoryRange | string {
  if (!dari || !isDayString(dari)) return 'Parameter "dari" wajib diisi dengan tanggal yang sah (YYYY-MM-DD).'
  if (!sampai || !isDayString(sampai)) return 'Parameter "sampai" wajib diisi dengan tanggal yang sah (YYYY-MM-DD).'
  const from = new Date(`${dari}T00:00:00.000+07:00`)
  const lastDay = new Date(`${sampai}T00:00:00.000+07:00`)
  if (lastDay < from) return 'Tanggal "sampai" tidak boleh sebelum tanggal "dari".'
  const days = Math.round((lastDay.getTime() - from.getTime()) / DAY_MS) + 1
  if (days > MAX_HISTORY_DAYS) return `Rentang "dari" sampai "sampai" paling lama ${MAX_HISTORY_DAYS} hari (diminta ${days} hari).`
  return { dari, sampai, from, until: new Date(lastDay.getTime() + DAY_MS) }
}

const labelOf = (status: unknown) =>
  FRESHNESS_STATUSES.includes(status as FreshnessStatus) ? freshnessLabel(status as FreshnessStatus) : String(status ?? '')

const isoOrEmpty = (value: unknown) => (typeof value === 'string' && value !== '' ? new Date(value).toISOString() : '')

/**
 * The snapshots in the range as CSV, read a page at a time while the client
 * downloads, so a year of hourly sweeps never sits in memory at once.
 */
export async function historyCsvStream({ payload, range }: { payload: Payload; range: HistoryRange }): Promise<ReadableStream<Uint8Array>> {
  const offices = await payload.find({
    collection: SLUGS.opd,
    pagination: false,
    depth: 0,
    select: { singkatan: true },
    overrideAccess: true,
  })
  const singkatanById = new Map(offices.docs.map((office) => [String(office.id), office.singkatan]))
  const where: Where = {
    and: [{ dijalankanPada: { greater_than_equal: range.from.toISOString() } }, { dijalankanPada: { less_than: range.until.toISOString() } }],
  }
  const encoder = new TextEncoder()
  let page = 1
  let isStarted = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!isStarted) {
        isStarted = true
        controller.enqueue(encoder.encode(UTF8_BOM + csvRow(HISTORY_CSV_HEADER)))
        return
      }
      const found = await payload.find({
        collection: SLUGS.riwayatKesegaran,
        where,
        sort: ['dijalankanPada', 'kode'],
        limit: HISTORY_PAGE_SIZE,
        page,
        depth: 0,
        overrideAccess: true,
      })
      const text = found.docs
        .map((doc) =>
          csvRow([
            isoOrEmpty(doc.dijalankanPada),
            doc.kode,
            (singkatanById.get(relationKey(doc.pemilik) ?? '') ?? ''),
            doc.status,
            labelOf(doc.status),
            doc.umurHari,
            doc.tanggalData,
            isoOrEmpty(doc.terakhirDiperbarui),
            isoOrEmpty(doc.jatuhTempo),
            joinProblems(doc.masalah),
          ]),
        )
        .join('')
      if (text !== '') controller.enqueue(encoder.encode(text))
      if (!found.hasNextPage) controller.close()
      else page += 1
    },
  })
}
