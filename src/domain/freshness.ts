/**
 * The freshness rule (freshness-model.md): from what is known about one menu
 * at the moment `now`, its status, every problem, its age and when it falls
 * due. Pure: no database, no clock.
 */
import type { CadenceCode, Thresholds } from './cadence'
import { CADENCES } from './cadence'
import { addCalendarDays, addWorkingDays, calendarDaysBetween, formatJakartaDate, jakartaDay, workingDaysBetween } from './calendar'
import type { Holiday } from './holidays'
import { holidayLookup } from './holidays'

/**
 * Least to most severe. `archived` and `exempt` override whatever else is
 * found; otherwise the most severe status found is shown. An empty menu
 * outranks a merely late one (a citizen finds nothing at all), and a broken
 * link outranks both (a citizen is sent somewhere that fails).
 */
export const FRESHNESS_STATUSES = [
  'fresh',
  'unmonitored',
  'archived',
  'exempt',
  'due',
  'overdue',
  'delinquent',
  'empty',
  'broken',
] as const

export type FreshnessStatus = (typeof FRESHNESS_STATUSES)[number]

const LABELS: Record<FreshnessStatus, string> = {
  fresh: 'Segar',
  unmonitored: 'Tidak dipantau',
  archived: 'Diarsipkan',
  exempt: 'Dikecualikan',
  due: 'Jatuh tempo',
  overdue: 'Terlambat',
  delinquent: 'Sangat terlambat',
  empty: 'Kosong',
  broken: 'Tautan rusak',
}

export function freshnessLabel(status: FreshnessStatus): string {
  return LABELS[status]
}

export function freshnessSeverity(status: FreshnessStatus): number {
  return FRESHNESS_STATUSES.indexOf(status)
}

export function worstFreshnessStatus({ statuses }: { statuses: readonly FreshnessStatus[] }): FreshnessStatus | null {
  let worst: FreshnessStatus | null = null
  for (const status of statuses) if (worst === null || freshnessSeverity(status) > freshnessSeverity(worst)) worst = status
  return worst
}

/**
 * Per-menu overrides of the cadence's thresholds, in days; null or absent
 * keeps the default. Stored in the registry's `ambang` group as jatuhTempo,
 * terlambat and sangatTerlambat (src/freshness/evaluate.ts reads them).
 */
export type ThresholdOverrides = { [K in keyof Thresholds]?: number | null }

export type FreshnessMenu = {
  kode: string
  kadensi: CadenceCode
  ambang?: ThresholdOverrides | null
  status: 'aktif' | 'arsip'
  catatanArsip?: string | null
  pengecualian?: { alasan: string; mulai: Date; selesai: Date } | null
}

/**
 * What counts as an update. `data`: the newest data date (the day the
 * figures are about). `items` (vacancies, agenda): the newest published
 * item. `reference`: the newest real content change.
 */
export type MenuKind = 'data' | 'items' | 'reference'

export type FreshnessInput = {
  menu: FreshnessMenu
  kind: MenuKind
  /**
   * Newest data date / newest published item / newest content change. The
   * caller should pass the newest one whose Jakarta day is not after `now`'s
   * (a query filter); a later one that still arrives is ignored, as if absent.
   */
  dataDate?: Date | null
  /** Newest "masih benar" confirmation. Ignored for data menus, and when after `now`. */
  verifiedAt?: Date | null
  publishedCount: number
  /** Published items still valid (vacancy open, event not over); equal to publishedCount for data and reference menus. */
  validCount: number
  /** For the message only: when the last valid item stopped being valid. */
  itemsValidUntil?: Date | null
  /** Links confirmed failing; `since` is when the oldest failure was first confirmed. */
  links?: { broken: number; soft404: number; since?: Date | null } | null
  openReports?: number
  oldestOpenReportAt?: Date | null
  holidays: readonly Holiday[]
  now: Date
}

export const FRESHNESS_PROBLEM_CODES = [
  'jatuh-tempo',
  'terlambat',
  'sangat-terlambat',
  'tanggal-tidak-diketahui',
  'kosong',
  'tautan-rusak',
  'soft-404',
  'laporan-warga',
] as const

export type FreshnessProblemCode = (typeof FRESHNESS_PROBLEM_CODES)[number]

export type FreshnessProblem = { kode: FreshnessProblemCode; pesan: string }

export type FreshnessResult = {
  status: FreshnessStatus
  label: string
  problems: FreshnessProblem[]
  /** Calendar days in Jakarta since the last update; working days for WORKDAYS menus. */
  ageDays: number | null
  lastUpdate: Date | null
  /** When the menu falls (or fell) due; in the past once it is due. Null when nothing is expected. */
  nextDueAt: Date | null
  /** It falls due at the start of tomorrow (Jakarta): the H-1 reminder. */
  dueTomorrow: boolean
}

/** The thresholds that apply to a menu, or null when its cadence is not monitored (overrides do not switch monitoring on). */
export function effectiveThresholds({ kadensi, ambang }: { kadensi: CadenceCode; ambang?: ThresholdOverrides | null }): Thresholds | null {
  const defaults = CADENCES[kadensi].thresholds
  if (!defaults) return null
  const pick = (value: number | null | undefined, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) ? value : fallback
  return {
    due: pick(ambang?.due, defaults.due),
    overdue: pick(ambang?.overdue, defaults.overdue),
    delinquent: pick(ambang?.delinquent, defaults.delinquent),
  }
}

function isValidDate(value: Date | null | undefined): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime())
}

function isExemptAt({ menu, now }: { menu: FreshnessMenu; now: Date }): boolean {
  const exception = menu.pengecualian
  if (!exception || !isValidDate(exception.mulai) || !isValidDate(exception.selesai)) return false
  return exception.mulai.getTime() <= now.getTime() && now.getTime() < exception.selesai.getTime()
}

const LATE_LEVELS = [
  { status: 'delinquent', key: 'delinquent', kode: 'sangat-terlambat', awal: 'Sangat terlambat' },
  { status: 'overdue', key: 'overdue', kode: 'terlambat', awal: 'Terlambat' },
  { status: 'due', key: 'due', kode: 'jatuh-tempo', awal: 'Jatuh tempo' },
] as const

function lastUpdatePhrase({ kind, lastUpdate, fromData }: { kind: MenuKind; lastUpdate: Date; fromData: boolean }): string {
  const tanggal = formatJakartaDate({ at: lastUpdate })
  if (kind === 'data') return `data terbaru bertanggal ${tanggal}`
  if (fromData && kind === 'items') return `butir terbaru diterbitkan ${tanggal}`
  if (fromData) return `isi terakhir diubah ${tanggal}`
  return `terakhir dikonfirmasi masih benar ${tanggal}`
}

function sinceText(at: Date | null | undefined): string {
  return isValidDate(at) ? ` sejak ${formatJakartaDate({ at })}` : ''
}

export function evaluateFreshness(input: FreshnessInput): FreshnessResult {
  const { menu, kind, now } = input
  const today = jakartaDay({ at: now })

  // Data dates are calendar days (often stored as 00:00 UTC), so "after now" is judged by Jakarta day.
  const dataDate = isValidDate(input.dataDate) && jakartaDay({ at: input.dataDate }) <= today ? input.dataDate : null
  // A verifier cannot make stale figures fresh: for data menus only the data's own date counts.
  const verifiedAt =
    kind !== 'data' && isValidDate(input.verifiedAt) && input.verifiedAt.getTime() <= now.getTime() ? input.verifiedAt : null
  const lastUpdate = dataDate && verifiedAt ? (verifiedAt > dataDate ? verifiedAt : dataDate) : (dataDate ?? verifiedAt)

  const cadence = CADENCES[menu.kadensi]
  const thresholds = effectiveThresholds({ kadensi: menu.kadensi, ambang: menu.ambang })
  const holidays = cadence.isWorkingDays ? holidayLookup({ holidays: input.holidays }) : undefined
  const ageFrom = (from: Date) =>
    holidays ? workingDaysBetween({ from, to: now, holidays }) : calendarDaysBetween({ from, to: now })
  const reachedAt = (from: Date, days: number) =>
    holidays ? addWorkingDays({ from, days, holidays }) : addCalendarDays({ from, days })

  const ageDays = lastUpdate ? ageFrom(lastUpdate) : null
  const isArchived = menu.status === 'arsip'
  const isExempt = !isArchived && isExemptAt({ menu, now })
  // Archive and exception excuse lateness and emptiness; they do not excuse what a citizen hits today.
  const isJudged = !isArchived && !isExempt

  const found: FreshnessStatus[] = [thresholds ? 'fresh' : 'unmonitored']
  const problems: FreshnessProblem[] = []

  if (isJudged && thresholds) {
    if (lastUpdate && ageDays !== null) {
      const level = LATE_LEVELS.find((candidate) => ageDays >= thresholds[candidate.key])
      if (level) {
        found.push(level.status)
        const since = formatJakartaDate({ at: reachedAt(lastUpdate, thresholds[level.key]) })
        const phrase = lastUpdatePhrase({ kind, lastUpdate, fromData: lastUpdate === dataDate })
        problems.push({
          kode: level.kode,
          pesan: `${level.awal} sejak ${since}: ${phrase}, padahal kadensinya ${cadence.label.toLowerCase()}.`,
        })
      }
    } else if (input.validCount > 0) {
      found.push('overdue')
      problems.push({
        kode: 'tanggal-tidak-diketahui',
        pesan: 'Tidak ada tanggal pembaruan yang sah (kosong atau di masa depan), sehingga umur isi tidak dapat dihitung.',
      })
    }
  }

  if (isJudged && input.validCount <= 0) {
    found.push('empty')
    problems.push({
      kode: 'kosong',
      pesan:
        input.publishedCount > 0
          ? `Semua ${input.publishedCount} butir yang diterbitkan sudah tidak berlaku (lowongan ditutup atau acara selesai)${sinceText(input.itemsValidUntil)}.`
          : `Belum ada isi yang diterbitkan${lastUpdate ? `; pembaruan terakhir ${formatJakartaDate({ at: lastUpdate })}` : ''}.`,
    })
  }

  const broken = input.links?.broken ?? 0
  const soft404 = input.links?.soft404 ?? 0
  if (broken > 0) {
    found.push('broken')
    problems.push({ kode: 'tautan-rusak', pesan: `${broken} tautan gagal diakses${sinceText(input.links?.since)}.` })
  }
  if (soft404 > 0) {
    // The server answers 200 but the page says "not found": to a citizen that is as dead as a 404.
    found.push('broken')
    problems.push({
      kode: 'soft-404',
      pesan: `${soft404} tautan membuka halaman yang menyatakan isinya tidak ditemukan${sinceText(input.links?.since)}.`,
    })
  }

  // A citizen report is a claim, not a finding: listed so the owner office sees it, but it never changes the status.
  const openReports = input.openReports ?? 0
  if (openReports > 0) {
    problems.push({ kode: 'laporan-warga', pesan: `${openReports} laporan warga belum ditangani${sinceText(input.oldestOpenReportAt)}.` })
  }

  const status: FreshnessStatus = isArchived ? 'archived' : isExempt ? 'exempt' : (worstFreshnessStatus({ statuses: found }) ?? 'fresh')

  let nextDueAt: Date | null = null
  if (!isArchived && thresholds && lastUpdate) {
    nextDueAt = reachedAt(lastUpdate, thresholds.due)
    const selesai = menu.pengecualian?.selesai
    if (isExempt && selesai && selesai > nextDueAt) nextDueAt = selesai
  }
  const dueTomorrow = nextDueAt !== null && nextDueAt > now && calendarDaysBetween({ from: now, to: nextDueAt }) === 1

  return { status, label: freshnessLabel(status), problems, ageDays, lastUpdate, nextDueAt, dueTomorrow }
}
