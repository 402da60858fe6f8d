/**
 * Day arithmetic in Asia/Jakarta (WIB, UTC+7, no daylight saving). Every age
 * and due date in the freshness rule is counted here, never in the process's
 * time zone, so a server on UTC and a laptop in Palembang agree.
 *
 * A day is written 'YYYY-MM-DD'. Internally a day is its number since
 * 1970-01-01 in Jakarta, which makes differences plain subtraction.
 */
export const JAKARTA_TIME_ZONE = 'Asia/Jakarta'

/** WIB is UTC+7 all year: Indonesia keeps no daylight saving. */
export const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Indonesian month names, January first. */
export const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const

/** Days that are not worked besides Saturday and Sunday, keyed 'YYYY-MM-DD'. A Set or a Map both fit. */
export type DayLookup = { has: (day: string) => boolean; keys: () => Iterable<string> }

const NO_DAYS: DayLookup = new Set<string>()

function dayNumberOf(at: Date): number {
  return Math.floor((at.getTime() + JAKARTA_OFFSET_MS) / DAY_MS)
}

function dayNumberOfString(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00.000Z`) / DAY_MS)
}

function dayString(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10)
}

function startOfDayNumber(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - JAKARTA_OFFSET_MS)
}

/** 1970-01-01 was a Thursday. */
function isWeekendNumber(dayNumber: number): boolean {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7
  return weekday === 0 || weekday === 6
}

function isWorkingDayNumber(dayNumber: number, holidays: DayLookup): boolean {
  return !isWeekendNumber(dayNumber) && !holidays.has(dayString(dayNumber))
}

export function isDayString(value: string): boolean {
  return DAY_PATTERN.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00.000Z`)) && dayString(dayNumberOfString(value)) === value
}

/** The day on a Palembang wall calendar at an instant ('YYYY-MM-DD'); an ISO string is read as an instant. */
export function jakartaDay({ at }: { at: Date | string }): string {
  return dayString(dayNumberOf(typeof at === 'string' ? new Date(at) : at))
}

/** The calendar year in Palembang at an instant. */
export function jakartaYear({ at }: { at: Date }): number {
  return Number(jakartaDay({ at }).slice(0, 4))
}

/** Palembang wall-clock time at an instant, to the second, with its offset: 2026-01-05T08:00:00+07:00. */
export function jakartaDateTime({ at }: { at: Date }): string {
  return `${new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 19)}+07:00`
}

/** An instant `days` after `at` at `hour:minute` WIB on that Jakarta day. */
export function jakartaTimeOn({ at, days = 0, hour, minute = 0 }: { at: Date; days?: number; hour: number; minute?: number }): Date {
  return new Date((dayNumberOf(at) + days) * DAY_MS + (hour * 60 + minute) * 60_000 - JAKARTA_OFFSET_MS)
}


/** 00:00 WIB of the Jakarta day containing `at`. */
export function startOfJakartaDay({ at }: { at: Date }): Date {
  return startOfDayNumber(dayNumberOf(at))
}

/**
 * Midnights in Jakarta crossed from `from` to `to`: 23:59 WIB and 00:01 WIB
 * the next morning are 1 day apart. Negative when `to` is on an earlier day.
 */
export function calendarDaysBetween({ from, to }: { from: Date; to: Date }): number {
  return dayNumberOf(to) - dayNumberOf(from)
}

export function isWorkingDay({ day, holidays = NO_DAYS }: { day: string; holidays?: DayLookup }): boolean {
  return isWorkingDayNumber(dayNumberOfString(day), holidays)
}

function weekdaysInRange(first: number, last: number): number {
  if (last < first) return 0
  let count = 0
  const fullWeeks = Math.floor((last - first + 1) / 7)
  count += fullWeeks * 5
  for (let day = first + fullWeeks * 7; day <= last; day += 1) if (!isWeekendNumber(day)) count += 1
  return count
}

/**
 * Working days (Monday to Friday, not a holiday) begun after the Jakarta day
 * of `from` up to and including the day of `to`: an update on Friday is one
 * working day old from Monday 00:00 WIB, an update on Monday two on Wednesday.
 * Negative when `to` is on an earlier day.
 */
export function workingDaysBetween({ from, to, holidays = NO_DAYS }: { from: Date; to: Date; holidays?: DayLookup }): number {
  const start = dayNumberOf(from)
  const end = dayNumberOf(to)
  if (end < start) return -workingDaysBetween({ from: to, to: from, holidays })
  // Every working day that has begun since the update day counts: a Friday
  // update is one working day old on Monday, exactly as a daily menu updated
  // on Thursday is one day old on Friday.
  const first = start + 1
  const last = end
  let count = weekdaysInRange(first, last)
  for (const day of holidays.keys()) {
    // A malformed key parses to NaN and falls outside every range.
    const number = dayNumberOfString(day)
    if (number >= first && number <= last && !isWeekendNumber(number)) count -= 1
  }
  return count
}

/** 00:00 WIB of the Jakarta day `days` after the day of `from`: the moment `calendarDaysBetween` reaches `days`. */
export function addCalendarDays({ from, days }: { from: Date; days: number }): Date {
  return startOfDayNumber(dayNumberOf(from) + Math.ceil(days))
}

/**
 * The moment `workingDaysBetween` from `from` first reaches `days`: 00:00 WIB
 * of the `days`-th working day following the day of `from`.
 * Friday plus one working day is Monday 00:00.
 */
export function addWorkingDays({ from, days, holidays = NO_DAYS }: { from: Date; days: number; holidays?: DayLookup }): Date {
  const start = dayNumberOf(from)
  const wanted = Math.ceil(days)
  if (wanted <= 0) return startOfDayNumber(start)
  let day = start
  let found = 0
  while (found < wanted) {
    day += 1
    if (isWorkingDayNumber(day, holidays)) found += 1
  }
  return startOfDayNumber(day)
}

/** '13 April 2020', the Jakarta day of an instant as Indonesian readers write it. */
export function formatJakartaDate({ at }: { at: Date }): string {
  const [year, month, day] = jakartaDay({ at }).split('-').map(Number) as [number, number, number]
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`
}
