/**
 * Which exception, if any, holds for a menu at `now`. An exception holds from
 * `mulai` until `selesai`, or until it was ended early (`diakhiriPada`),
 * whichever comes first. Pure: the sweep passes the rows and the moment.
 */
type Moment = Date | string | null | undefined

export type ExceptionRecord = {
  id?: string | number
  alasan: string
  mulai?: Moment
  selesai?: Moment
  diakhiriPada?: Moment
}

export type ActiveException = {
  id?: string | number
  alasan: string
  mulai: Date
  /** When it stops holding: its end, or the moment it was ended early. */
  selesai: Date
}

function toDate(value: Moment): Date | null {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The effective window, or null when the record is unusable (missing dates, ends before it starts). */
export function exceptionWindow({ exception }: { exception: ExceptionRecord }): { mulai: Date; selesai: Date } | null {
  const mulai = toDate(exception.mulai)
  const selesai = toDate(exception.selesai)
  if (!mulai || !selesai) return null
  const endedAt = toDate(exception.diakhiriPada)
  const end = endedAt && endedAt < selesai ? endedAt : selesai
  return end > mulai ? { mulai, selesai: end } : null
}

/** When several overlap, the one holding longest wins, so the due date the public sees is not too early. */
export function activeException({ exceptions, now }: { exceptions: readonly ExceptionRecord[]; now: Date }): ActiveException | null {
  let best: ActiveException | null = null
  for (const exception of exceptions) {
    const window = exceptionWindow({ exception })
    if (!window || window.mulai > now || now >= window.selesai) continue
    if (!best || window.selesai > best.selesai) best = { id: exception.id, alasan: exception.alasan, ...window }
  }
  return best
}
