const RIBUAN = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

/** A price as Indonesians write it: "Rp 133.500". */
export function formatRupiah({ value }: { value: unknown }): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–'
  return `Rp ${RIBUAN.format(value)}`
}

/** date-fns patterns of the admin's one date format: "2 Desember 2026, 14.40" (24-hour). */
export const DATE_TIME_FORMAT = 'd MMMM yyyy, HH.mm'
export const DATE_FORMAT = 'd MMMM yyyy'
export const TIME_FORMAT = 'HH.mm'
