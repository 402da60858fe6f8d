import type { Payload } from 'payload'

import { jakartaDay } from '../../domain/calendar'
import { relationKey } from '../../domain/relation'
import type { FreshnessStatus } from '../../domain/freshness'
import { freshnessSeverity } from '../../domain/freshness'
import { evaluateAllMenus } from '../../freshness/evaluate'
import type { MenuFreshness } from '../../freshness/evaluate'
import { SLUGS } from '../../slugs'

export const TREND_DAYS = 90
const DAY_MS = 86_400_000
// A snapshot per menu per sweep: 90 days of hourly sweeps over every menu stays below this.
const HISTORY_LIMIT = 50_000
const REMINDER_STATUSES: readonly string[] = ['due', 'overdue', 'delinquent']

/**
 * The share is over monitored menus, as in the weekly report (jobs/weekly/report.ts): an archived
 * menu is no longer shown to citizens, an unmonitored one (cadence IRREG) has no schedule to be
 * late for and an exempt one is excused for now, so none counts for or against it. An office
 * whose menus are all of these has no share at all, not 0%.
 */
export const isCounted = (status: FreshnessStatus) => status !== 'archived' && status !== 'unmonitored' && status !== 'exempt'

/** How the share is computed, said wherever it is shown. */
export const SHARE_BASIS = 'Bagian segar dihitung atas menu yang dipantau; menu tanpa jadwal (IRREG), menu yang sedang dikecualikan dan menu arsip tidak dihitung.'

export function freshShare({ statuses }: { statuses: readonly FreshnessStatus[] }): number | null {
  const counted = statuses.filter(isCounted)
  if (counted.length === 0) return null
  return counted.filter((status) => status === 'fresh').length / counted.length
}

export type TrendPoint = { hari: string; bagianSegar: number | null; masalah: number }
export type Trend = { semua: TrendPoint[]; perOpd: Map<string, TrendPoint[]> }

type Snapshot = { kode: string; status: FreshnessStatus; pemilik: string | null; masalah: number }

function pointOf({ hari, snapshots }: { hari: string; snapshots: Iterable<Snapshot> }): TrendPoint {
  const list = [...snapshots]
  return {
    hari,
    bagianSegar: freshShare({ statuses: list.map((item) => item.status) }),
    masalah: list.reduce((sum, item) => sum + (isCounted(item.status) ? item.masalah : 0), 0),
  }
}

/**
 * One point per Jakarta day: each menu's last known snapshot by the end of that
 * day, carried forward over days without a sweep. Today ends with the live evaluation.
 */
export async function loadTrend({ payload, now, results }: { payload: Payload; now: Date; results: readonly MenuFreshness[] }): Promise<Trend> {
  const since = new Date(now.getTime() - TREND_DAYS * DAY_MS)
  const history = await payload.find({
    collection: SLUGS.riwayatKesegaran,
    where: { dijalankanPada: { greater_than_equal: since.toISOString() } },
    select: { kode: true, status: true, pemilik: true, masalah: true, dijalankanPada: true },
    sort: 'dijalankanPada',
    limit: HISTORY_LIMIT,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byDay = new Map<string, Snapshot[]>()
  for (const doc of history.docs as unknown as Record<string, unknown>[]) {
    const hari = jakartaDay({ at: doc.dijalankanPada as string })
    const masalah = Array.isArray(doc.masalah) ? doc.masalah.length : 0
    const list = byDay.get(hari) ?? []
    list.push({ kode: String(doc.kode), status: doc.status as FreshnessStatus, pemilik: relationKey(doc.pemilik) ?? null, masalah })
    byDay.set(hari, list)
  }
  const today = jakartaDay({ at: now })
  byDay.set(
    today,
    results.map((result) => ({ kode: result.menu, status: result.status, pemilik: String(result.pemilik.id), masalah: result.masalah.length })),
  )
  const days = [...byDay.keys()].sort()
  const current = new Map<string, Snapshot>()
  const semua: TrendPoint[] = []
  const perOpd = new Map<string, TrendPoint[]>()
  const first = days[0] ?? today
  for (let at = new Date(`${first}T00:00:00Z`).getTime(); ; at += DAY_MS) {
    const hari = new Date(at).toISOString().slice(0, 10)
    if (hari > today) break
    if (hari === today) current.clear()
    for (const snapshot of byDay.get(hari) ?? []) current.set(snapshot.kode, snapshot)
    semua.push(pointOf({ hari, snapshots: current.values() }))
    const offices = new Map<string, Snapshot[]>()
    for (const snapshot of current.values()) {
      if (!snapshot.pemilik) continue
      offices.set(snapshot.pemilik, [...(offices.get(snapshot.pemilik) ?? []), snapshot])
    }
    for (const [office, snapshots] of offices) perOpd.set(office, [...(perOpd.get(office) ?? []), pointOf({ hari, snapshots })])
  }
  return { semua, perOpd }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Per office: days from a menu first turning due (or worse) to its next return to fresh, over the trend window. */
export async function loadMedianDaysToFix({ payload, now }: { payload: Payload; now: Date }): Promise<Map<string, number | null>> {
  const since = new Date(now.getTime() - TREND_DAYS * DAY_MS)
  const transitions = await payload.find({
    collection: SLUGS.transisiKesegaran,
    where: { pada: { greater_than_equal: since.toISOString() } },
    select: { kode: true, ke: true, pemilik: true, pada: true },
    sort: 'pada',
    limit: HISTORY_LIMIT,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const openSince = new Map<string, number>()
  const durations = new Map<string, number[]>()
  for (const doc of transitions.docs as unknown as Record<string, unknown>[]) {
    const kode = String(doc.kode)
    const at = new Date(doc.pada as string).getTime()
    if (REMINDER_STATUSES.includes(String(doc.ke))) {
      if (!openSince.has(kode)) openSince.set(kode, at)
    } else if (doc.ke === 'fresh' && openSince.has(kode)) {
      const office = relationKey(doc.pemilik) ?? '-'
      durations.set(office, [...(durations.get(office) ?? []), (at - openSince.get(kode)!) / DAY_MS])
      openSince.delete(kode)
    }
  }
  return new Map([...durations].map(([office, values]) => [office, median(values)]))
}

export const worstFirst = (a: MenuFreshness, b: MenuFreshness) =>
  freshnessSeverity(b.status) - freshnessSeverity(a.status) || (b.umurHari ?? -1) - (a.umurHari ?? -1) || a.menu.localeCompare(b.menu)

export async function loadFreshness({ payload, now }: { payload: Payload; now: Date }): Promise<MenuFreshness[]> {
  return (await evaluateAllMenus({ payload, now })).sort(worstFirst)
}

export function openReportsOf(result: MenuFreshness): number {
  return result.masalah.filter((problem) => problem.kode === 'laporan-warga').length
}
