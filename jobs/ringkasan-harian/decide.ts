import { CADENCES } from '../../src/domain/cadence'
import { calendarDaysBetween } from '../../src/domain/calendar'
import { freshnessSeverity } from '../../src/domain/freshness'
import type { FreshnessStatus } from '../../src/domain/freshness'
import type { MenuFreshness } from '../../src/freshness/evaluate'

/** What a digest can tell an office about a menu: a problem status, the day-before reminder, or open citizen reports. */
export type Keadaan = 'jatuh-tempo-besok' | 'due' | 'overdue' | 'delinquent' | 'empty' | 'broken' | 'laporan-warga'

export const PROBLEM_STATUSES = ['due', 'overdue', 'delinquent', 'empty', 'broken'] as const satisfies readonly FreshnessStatus[]

export type ProblemStatus = (typeof PROBLEM_STATUSES)[number]

export type NotificationTrack = 'ringkasan-harian' | 'eskalasi'

/** An earlier notification about one menu, as the digest recorded it. */
export type PastNotice = { keadaan: Keadaan; pada: Date; jatuhTempo: Date | null; jumlahLaporan: number | null; jenis: NotificationTrack }

export type ReportStats = { terbuka: number; terbaru: Date | null }

export type MenuNotice = {
  result: MenuFreshness
  keadaan: Keadaan[]
  laporanTerbuka: number
}

export function isProblemStatus(status: FreshnessStatus): status is ProblemStatus {
  return (PROBLEM_STATUSES as readonly FreshnessStatus[]).includes(status)
}

/**
 * A menu updated every (working) day is always due tomorrow; reminding its
 * office of that every morning would be noise, so H-1 is for longer cadences.
 */
export function hasDayBeforeReminder(result: MenuFreshness): boolean {
  const cadence = CADENCES[result.kadensi]
  return result.status === 'fresh' && result.jatuhTempoBesok && (cadence?.days ?? 0) > 1
}

/** The status track's severity; the day-before reminder ranks below every problem. */
function severityOf(keadaan: Keadaan): number {
  return keadaan === 'jatuh-tempo-besok' || keadaan === 'laporan-warga' ? -1 : freshnessSeverity(keadaan)
}

/** Which of a menu's current conditions an office should hear about at all (before looking at what it was already told). */
export function currentKeadaan({ result, reports }: { result: MenuFreshness; reports: ReportStats | undefined }): Keadaan[] {
  const found: Keadaan[] = []
  if (isProblemStatus(result.status)) found.push(result.status)
  else if (hasDayBeforeReminder(result)) found.push('jatuh-tempo-besok')
  if ((reports?.terbuka ?? 0) > 0) found.push('laporan-warga')
  return found
}


/**
 * Whether to tell an office (again) about one condition of one menu. A
 * problem is repeated when it got worse, when it went away and came back,
 * or once the re-reminder interval has passed; the day-before reminder once
 * per due date; citizen reports when a new one arrived or the interval passed.
 */
export function isWorthTelling({
  keadaan,
  result,
  reports,
  history,
  improvedAfter,
  now,
  intervalDays,
  track,
}: {
  keadaan: Keadaan
  result: MenuFreshness
  reports?: ReportStats
  /** This menu's earlier notifications, any order. */
  history: readonly PastNotice[]
  /** When the menu's status last moved to something less severe (from the transitions), or null. */
  improvedAfter: (since: Date) => boolean
  now: Date
  intervalDays: number
  track: NotificationTrack
}): boolean {
  const mine = history.filter((notice) => notice.jenis === track && notice.pada.getTime() <= now.getTime())
  const latest = (pick: (notice: PastNotice) => boolean) =>
    mine.filter(pick).reduce<PastNotice | null>((newest, notice) => (!newest || notice.pada > newest.pada ? notice : newest), null)
  const isIntervalOver = (notice: PastNotice) =>
    calendarDaysBetween({ from: notice.pada, to: now }) >= intervalDays

  if (keadaan === 'jatuh-tempo-besok') {
    const due = result.jatuhTempo ? new Date(result.jatuhTempo).getTime() : null
    return !mine.some((notice) => notice.keadaan === 'jatuh-tempo-besok' && notice.jatuhTempo?.getTime() === due)
  }
  if (keadaan === 'laporan-warga') {
    const last = latest((notice) => notice.keadaan === 'laporan-warga')
    if (!last) return true
    if (reports?.terbaru && reports.terbaru > last.pada) return true
    return isIntervalOver(last)
  }
  const last = latest((notice) => notice.keadaan !== 'jatuh-tempo-besok' && notice.keadaan !== 'laporan-warga')
  if (!last) return true
  if (severityOf(keadaan) > severityOf(last.keadaan)) return true
  if (improvedAfter(last.pada)) return true
  return isIntervalOver(last)
}

/** The menus of one office worth an email in `track`, each with the conditions that made it so. */
export function menusToTell({
  results,
  reportsByMenu,
  historyByMenu,
  improvedAfterByMenu,
  now,
  intervalDays,
  track,
}: {
  results: readonly MenuFreshness[]
  /** Keyed by menu id (as text), like the two below. */
  reportsByMenu: ReadonlyMap<string, ReportStats>
  historyByMenu: ReadonlyMap<string, readonly PastNotice[]>
  improvedAfterByMenu: (menuId: string, since: Date) => boolean
  now: Date
  intervalDays: number
  track: NotificationTrack
}): MenuNotice[] {
  const notices: MenuNotice[] = []
  for (const result of results) {
    const menuId = String(result.menuId)
    const reports = reportsByMenu.get(menuId)
    const candidates =
      track === 'eskalasi' ? (result.status === 'delinquent' ? (['delinquent'] as Keadaan[]) : []) : currentKeadaan({ result, reports })
    const keadaan = candidates.filter((candidate) =>
      isWorthTelling({
        keadaan: candidate,
        result,
        reports,
        history: historyByMenu.get(menuId) ?? [],
        improvedAfter: (since) => improvedAfterByMenu(menuId, since),
        now,
        intervalDays,
        track,
      }),
    )
    if (keadaan.length > 0) notices.push({ result, keadaan, laporanTerbuka: reports?.terbuka ?? 0 })
  }
  return notices
}

/** True when a transition moved the menu to a less severe status than `from` (the problem was fixed, at least for a while). */
export function isImprovement({ dari, ke }: { dari: FreshnessStatus; ke: FreshnessStatus }): boolean {
  return !isProblemStatus(ke) || freshnessSeverity(ke) < freshnessSeverity(dari)
}
