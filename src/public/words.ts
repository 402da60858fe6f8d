/**
 * How the public side words freshness for a citizen: relative times, WIB
 * dates, a status's symbol and colours. Pure: every function takes `now`.
 */
import type { FreshnessStatus } from '../domain/freshness'
import { calendarDaysBetween, formatJakartaDate, isDayString } from '../domain/calendar'
import type { PublicFreshness } from '../freshness/public'

const JAM = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hour12: false })
const ANGKA = new Intl.NumberFormat('id-ID')

/** '13 April 2020' for a calendar day or an instant (its Jakarta day). */
export function tanggalWib(value: string | Date): string {
  if (typeof value === 'string' && isDayString(value)) return formatJakartaDate({ at: new Date(`${value}T12:00:00+07:00`) })
  return formatJakartaDate({ at: typeof value === 'string' ? new Date(value) : value })
}

/** '13 April 2020 pukul 14.05 WIB'. */
export function waktuWib(value: string | Date): string {
  const at = typeof value === 'string' ? new Date(value) : value
  return `${tanggalWib(at)} pukul ${JAM.format(at).replace(':', '.')} WIB`
}

/** 'baru saja', '5 menit lalu', '2 jam lalu', '3 hari lalu', '4 bulan lalu', '6 tahun lalu'. */
export function relatifLalu({ at, now }: { at: Date; now: Date }): string {
  const seconds = Math.max(0, Math.floor((now.getTime() - at.getTime()) / 1000))
  if (seconds < 60) return 'baru saja'
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} menit lalu`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} jam lalu`
  const days = Math.max(1, calendarDaysBetween({ from: at, to: now }))
  if (days < 31) return `${days} hari lalu`
  const months = Math.floor(days / 30.44)
  if (months < 12) return `${months} bulan lalu`
  return `${Math.floor(days / 365.25)} tahun lalu`
}

/** Full days between a day or instant and `now`, never negative. */
export function hariSejak({ value, now }: { value: string; now: Date }): number {
  const at = isDayString(value) ? new Date(`${value}T00:00:00+07:00`) : new Date(value)
  return Math.max(0, calendarDaysBetween({ from: at, to: now }))
}

/**
 * The sentence under a menu: when its content last changed, and the date
 * the data itself carries when it has one ("data terbaru bertanggal 13 April 2020").
 */
export function kalimatPembaruan({ item, now }: { item: PublicFreshness; now: Date }): string {
  const parts: string[] = []
  if (item.terakhirDiperbarui) parts.push(`diperbarui ${relatifLalu({ at: new Date(item.terakhirDiperbarui), now })}`)
  if (item.tanggalData) parts.push(`data terbaru bertanggal ${tanggalWib(item.tanggalData)}`)
  if (parts.length === 0) return 'belum pernah diperbarui'
  return parts.join('; ')
}

export type StatusLook = {
  /** A shape readable without colour: the symbol differs for every group. */
  simbol: string
  /** CSS class on the page; each pairs a colour with a border style. */
  kelas: string
  /** Badge colours: background and text, contrast at least 4.5:1. */
  latar: string
  teks: string
}

const LOOKS: Record<FreshnessStatus, StatusLook> = {
  fresh: { simbol: '✓', kelas: 'segar', latar: '#146c2e', teks: '#ffffff' },
  unmonitored: { simbol: '○', kelas: 'netral', latar: '#4b5563', teks: '#ffffff' },
  archived: { simbol: '▣', kelas: 'netral', latar: '#4b5563', teks: '#ffffff' },
  exempt: { simbol: '◇', kelas: 'netral', latar: '#4b5563', teks: '#ffffff' },
  due: { simbol: '!', kelas: 'tempo', latar: '#8a4b00', teks: '#ffffff' },
  overdue: { simbol: '✕', kelas: 'terlambat', latar: '#b00020', teks: '#ffffff' },
  delinquent: { simbol: '✕✕', kelas: 'terlambat', latar: '#7a0016', teks: '#ffffff' },
  empty: { simbol: '∅', kelas: 'terlambat', latar: '#7a0016', teks: '#ffffff' },
  broken: { simbol: '⚠', kelas: 'terlambat', latar: '#7a0016', teks: '#ffffff' },
}

export function statusLook(status: FreshnessStatus): StatusLook {
  return LOOKS[status]
}

/** Days since a menu fell due, from its due date; null when it has none or is not late. */
function hariTerlambat({ item, now }: { item: PublicFreshness; now: Date }): number | null {
  if (!item.jatuhTempo) return null
  const days = hariSejak({ value: item.jatuhTempo, now })
  return days > 0 ? days : null
}

/**
 * The badge's words: "Diperbarui 2 jam lalu" for a fresh menu, "Terlambat 12 hari"
 * for a late one (counted from its due date), the status label otherwise.
 */
export function teksLencana({ item, now }: { item: PublicFreshness; now: Date }): string {
  const updated = item.terakhirDiperbarui ?? item.tanggalData
  switch (item.status) {
    case 'fresh':
    case 'due':
    case 'unmonitored':
    case 'exempt': {
      if (!updated) return item.label
      const when = item.terakhirDiperbarui ? relatifLalu({ at: new Date(item.terakhirDiperbarui), now }) : `data ${tanggalWib(updated)}`
      const prefix = item.status === 'due' ? 'Jatuh tempo · diperbarui' : 'Diperbarui'
      return `${prefix} ${when}`
    }
    case 'overdue':
    case 'delinquent': {
      const days = hariTerlambat({ item, now })
      return days === null ? item.label : `${item.label} ${ANGKA.format(days)} hari`
    }
    default:
      return item.label
  }
}
