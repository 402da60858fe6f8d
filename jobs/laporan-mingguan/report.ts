import { jakartaDay } from '../../src/domain/calendar'
import { freshnessLabel, freshnessSeverity } from '../../src/domain/freshness'
import type { FreshnessStatus } from '../../src/domain/freshness'

/** One stored snapshot, as much of it as the report reads. */
export type SnapshotRow = { menuId: string; kode: string; pemilikId: string; status: FreshnessStatus; umurHari: number | null; at: Date }

export type TransitionRow = { menuId: string; pemilikId: string; dari: FreshnessStatus; ke: FreshnessStatus; at: Date }

export type OfficeName = { id: string; nama: string; singkatan: string }

export type OfficeLine = {
  nama: string
  singkatan: string
  segar: number
  terlambat: number
  sangatTerlambat: number
  persenSegar: number | null
  medianHariPerbaikan: number | null
}

export type WorstMenu = { menu: string; judul: string; pemilik: string; status: FreshnessStatus; label: string; umurHari: number | null }

export type WeeklyReportData = {
  weekOf: string
  isoWeek: string
  offices: OfficeLine[]
  worst: WorstMenu[]
  trend: { tanggal: string; persenSegar: number | null }[]
  change: { persenSegarSekarang: number | null; persenSegarMingguLalu: number | null }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Archived, exempt and unmonitored menus are nobody's lateness: left out of the percentage. */
const isCounted = (status: FreshnessStatus) => status !== 'archived' && status !== 'exempt' && status !== 'unmonitored'

const percentFresh = (statuses: readonly FreshnessStatus[]): number | null => {
  const counted = statuses.filter(isCounted)
  if (counted.length === 0) return null
  return Math.round((counted.filter((status) => status === 'fresh').length / counted.length) * 1000) / 10
}

/** Each menu's newest snapshot at or before `at` (and not older than `window`). */
export function latestPerMenu({ rows, at, windowMs = 7 * DAY_MS }: { rows: readonly SnapshotRow[]; at: Date; windowMs?: number }): Map<string, SnapshotRow> {
  const latest = new Map<string, SnapshotRow>()
  for (const row of rows) {
    if (row.at > at || at.getTime() - row.at.getTime() > windowMs) continue
    const current = latest.get(row.menuId)
    if (!current || row.at > current.at) latest.set(row.menuId, row)
  }
  return latest
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return Math.round(value * 10) / 10
}

/**
 * Days from the moment a menu became overdue (when its office starts being
 * chased) to the moment it was fresh again, per owner office: one value per
 * episode that ended.
 */
export function fixDurations({ transitions }: { transitions: readonly TransitionRow[] }): Map<string, number[]> {
  const byMenu = new Map<string, TransitionRow[]>()
  for (const row of transitions) byMenu.set(row.menuId, [...(byMenu.get(row.menuId) ?? []), row])
  const durations = new Map<string, number[]>()
  for (const rows of byMenu.values()) {
    let chasedSince: Date | null = null
    for (const row of [...rows].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      if (!chasedSince && (row.ke === 'overdue' || row.ke === 'delinquent')) chasedSince = row.at
      else if (chasedSince && row.ke === 'fresh') {
        const days = Math.round(((row.at.getTime() - chasedSince.getTime()) / DAY_MS) * 10) / 10
        durations.set(row.pemilikId, [...(durations.get(row.pemilikId) ?? []), days])
        chasedSince = null
      }
    }
  }
  return durations
}

/** ISO-8601 week of a Jakarta day, e.g. 2023-W03. */
export function isoWeekOf({ at }: { at: Date }): { isoWeek: string; monday: string } {
  const [year, month, day] = jakartaDay({ at }).split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  const weekday = (date.getUTCDay() + 6) % 7
  const monday = new Date(date.getTime() - weekday * DAY_MS)
  const thursday = new Date(monday.getTime() + 3 * DAY_MS)
  const weekYear = thursday.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4))
  const firstMonday = new Date(firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS)
  const week = Math.round((monday.getTime() - firstMonday.getTime()) / (7 * DAY_MS)) + 1
  return { isoWeek: `${weekYear}-W${String(week).padStart(2, '0')}`, monday: monday.toISOString().slice(0, 10) }
}

/** Everything the weekly report shows, from stored snapshots and transitions. Pure. */
export function buildWeeklyReport({
  snapshots,
  transitions,
  offices,
  judulByKode,
  now,
  trendDays = 28,
  worstLimit = 10,
}: {
  snapshots: readonly SnapshotRow[]
  transitions: readonly TransitionRow[]
  offices: readonly OfficeName[]
  judulByKode: ReadonlyMap<string, string>
  now: Date
  trendDays?: number
  worstLimit?: number
}): WeeklyReportData {
  const current = latestPerMenu({ rows: snapshots, at: now })
  const weekAgo = latestPerMenu({ rows: snapshots, at: new Date(now.getTime() - 7 * DAY_MS) })
  const durations = fixDurations({ transitions })
  const officeById = new Map(offices.map((office) => [office.id, office]))

  const perOffice = new Map<string, SnapshotRow[]>()
  for (const row of current.values()) perOffice.set(row.pemilikId, [...(perOffice.get(row.pemilikId) ?? []), row])
  const lines: OfficeLine[] = [...perOffice.entries()].map(([officeId, rows]) => {
    const office = officeById.get(officeId)
    const statuses = rows.map((row) => row.status)
    return {
      nama: office?.nama ?? officeId,
      singkatan: office?.singkatan ?? officeId,
      segar: statuses.filter((status) => status === 'fresh').length,
      terlambat: statuses.filter((status) => status === 'overdue').length,
      sangatTerlambat: statuses.filter((status) => status === 'delinquent').length,
      persenSegar: percentFresh(statuses),
      medianHariPerbaikan: median(durations.get(officeId) ?? []),
    }
  })
  lines.sort((a, b) => (a.persenSegar ?? 101) - (b.persenSegar ?? 101) || a.singkatan.localeCompare(b.singkatan))

  const worst: WorstMenu[] = [...current.values()]
    .filter((row) => isCounted(row.status) && row.status !== 'fresh')
    .sort((a, b) => freshnessSeverity(b.status) - freshnessSeverity(a.status) || (b.umurHari ?? -1) - (a.umurHari ?? -1) || a.kode.localeCompare(b.kode))
    .slice(0, worstLimit)
    .map((row) => ({
      menu: row.kode,
      judul: judulByKode.get(row.kode) ?? row.kode,
      pemilik: officeById.get(row.pemilikId)?.singkatan ?? row.pemilikId,
      status: row.status,
      label: freshnessLabel(row.status),
      umurHari: row.umurHari,
    }))

  const trend: WeeklyReportData['trend'] = []
  const today = jakartaDay({ at: now })
  for (let back = trendDays - 1; back >= 0; back -= 1) {
    const at = new Date(now.getTime() - back * DAY_MS)
    // Each day as it stood at its end (or now, for today).
    const endOfDay = jakartaDay({ at }) === today ? now : new Date(`${jakartaDay({ at })}T23:59:59.999+07:00`)
    const day = latestPerMenu({ rows: snapshots, at: endOfDay, windowMs: DAY_MS })
    trend.push({ tanggal: jakartaDay({ at }), persenSegar: percentFresh([...day.values()].map((row) => row.status)) })
  }

  const { isoWeek, monday } = isoWeekOf({ at: now })
  return {
    weekOf: monday,
    isoWeek,
    offices: lines,
    worst,
    trend,
    change: {
      persenSegarSekarang: percentFresh([...current.values()].map((row) => row.status)),
      persenSegarMingguLalu: percentFresh([...weekAgo.values()].map((row) => row.status)),
    },
  }
}
