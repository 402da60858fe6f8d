/**
 * Calendar dates ("the day a price is for") as opposed to instants. The city
 * lives in Asia/Jakarta (WIB, UTC+7, no daylight saving), so an instant's
 * calendar date is the one shown on a Palembang wall calendar.
 *
 * A calendar date is stored as that day at 00:00:00.000Z: the first ten
 * characters of the stored string are the date itself, whatever the reader's
 * time zone, and `where[tanggal][equals]=2024-05-02` finds it.
 */
import { jakartaDay, MONTH_NAMES } from './calendar'

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

export type CalendarDate = string

function isRealDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day))
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
}

function ymd(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Reads a calendar date from what editors and files send: `2024-05-02`,
 * `02/05/2024` (day first, as written in Indonesia), a Date, or an ISO
 * instant (taken in Jakarta time). Undefined when it is not a real date.
 */
export function parseCalendarDate(value: unknown): CalendarDate | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : jakartaDay({ at: value })
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const asYmd = YMD.exec(text)
  if (asYmd) {
    const [year, month, day] = [Number(asYmd[1]), Number(asYmd[2]), Number(asYmd[3])]
    return isRealDate(year, month, day) ? ymd(year, month, day) : undefined
  }
  const asDmy = DMY.exec(text)
  if (asDmy) {
    const [day, month, year] = [Number(asDmy[1]), Number(asDmy[2]), Number(asDmy[3])]
    return isRealDate(year, month, day) ? ymd(year, month, day) : undefined
  }
  // Only full ISO instants: `Date` would otherwise guess at free text.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined
  const instant = new Date(text)
  return Number.isNaN(instant.getTime()) ? undefined : jakartaDay({ at: instant })
}

/** The stored form of a calendar date: that day at midnight UTC. */
export function storedCalendarDate(date: CalendarDate): string {
  return `${date}T00:00:00.000Z`
}

export function isAfterToday({ date, now }: { date: CalendarDate; now: Date }): boolean {
  return date > jakartaDay({ at: now })
}

export function addDays({ date, days }: { date: CalendarDate; days: number }): CalendarDate {
  const at = new Date(`${date}T00:00:00.000Z`)
  at.setUTCDate(at.getUTCDate() + days)
  return at.toISOString().slice(0, 10)
}

export function isWeekend(date: CalendarDate): boolean {
  const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** The last `count` weekdays up to and including `until`, oldest first. Holidays are not known here. */
export function weekdaysUpTo({ until, count }: { until: CalendarDate; count: number }): CalendarDate[] {
  const days: CalendarDate[] = []
  let cursor = until
  while (days.length < count) {
    if (!isWeekend(cursor)) days.unshift(cursor)
    cursor = addDays({ date: cursor, days: -1 })
  }
  return days
}

/** Every calendar date from `from` to `to`, both included. */
export function daysBetween({ from, to }: { from: CalendarDate; to: CalendarDate }): CalendarDate[] {
  const days: CalendarDate[] = []
  for (let cursor = from; cursor <= to; cursor = addDays({ date: cursor, days: 1 })) days.push(cursor)
  return days
}

/** `13 April 2020`, for messages. */
export function formatTanggal(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`
}
