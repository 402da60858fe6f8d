/**
 * The rules a data-menu row must obey, as pure checks returning `true` or an
 * Indonesian message. Collection fields and the bulk import call the same
 * functions, so a row is refused for the same reason with the same words
 * whichever way it arrives.
 */
import { jakartaDay } from './calendar'
import { formatTanggal, isAfterToday, parseCalendarDate } from './calendarDate'

export type RuleResult = true | string

/** Rp100 juta per unit: far above any staple's price, so a typo of extra zeros is caught. */
export const HARGA_MAX = 100_000_000

/** Ten million people: several times Palembang's population. */
export const JUMLAH_MAX = 10_000_000

const rupiah = (value: number) => `Rp${value.toLocaleString('id-ID')}`

export function checkHarga(value: unknown): RuleResult {
  if (value === null || value === undefined || value === '') return 'Harga wajib diisi.'
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Harga harus berupa angka rupiah.'
  if (!Number.isInteger(value)) return 'Harga harus bilangan bulat rupiah, tanpa sen.'
  if (value <= 0) return 'Harga harus lebih dari Rp0.'
  if (value > HARGA_MAX) return `Harga paling besar ${rupiah(HARGA_MAX)}.`
  return true
}

export function checkJumlah({ value, label }: { value: unknown; label: string }): RuleResult {
  if (value === null || value === undefined || value === '') return `${label} wajib diisi (isi 0 bila tidak ada).`
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} harus berupa angka.`
  if (!Number.isInteger(value)) return `${label} harus bilangan bulat.`
  if (value < 0) return `${label} tidak boleh negatif.`
  if (value > JUMLAH_MAX) return `${label} paling besar ${JUMLAH_MAX.toLocaleString('id-ID')}.`
  return true
}

export type CovidTotals = { terkonfirmasi: unknown; dirawat: unknown; sembuh: unknown; meninggal: unknown }

/** Treated, recovered and died are parts of the confirmed cases, so they cannot add up to more. */
export function checkCovidTotals({ terkonfirmasi, dirawat, sembuh, meninggal }: CovidTotals): RuleResult {
  const parts = [dirawat, sembuh, meninggal]
  if (![terkonfirmasi, ...parts].every((value) => typeof value === 'number' && Number.isFinite(value))) return true
  const sum = (parts as number[]).reduce((total, value) => total + value, 0)
  if (sum <= (terkonfirmasi as number)) return true
  return `Jumlah dirawat + sembuh + meninggal (${dirawat} + ${sembuh} + ${meninggal} = ${sum}) melebihi terkonfirmasi (${terkonfirmasi}).`
}

export function checkTanggalData({ value, now }: { value: unknown; now: Date }): RuleResult {
  if (value === null || value === undefined || value === '') return 'Tanggal wajib diisi.'
  const date = parseCalendarDate(value)
  if (!date) return 'Tanggal tidak sah. Gunakan format TTTT-BB-HH (mis. 2024-05-02) atau HH/BB/TTTT.'
  if (isAfterToday({ date, now })) {
    return `Tanggal ${formatTanggal(date)} masih di masa depan (hari ini ${formatTanggal(jakartaDay({ at: now }))} WIB). Data hanya untuk hari ini atau sebelumnya.`
  }
  return true
}
