/**
 * A data row's title, as the admin lists it. The collections' hooks and the
 * bulk import write the same words, so a row reads alike however it came in.
 */
import { formatTanggal } from './calendarDate'
import type { CalendarDate } from './calendarDate'
import { PASAR_PALEMBANG } from './pangan'

export const KOTA_PALEMBANG = 'Kota Palembang'

export const pasarLabel = (value: unknown) => PASAR_PALEMBANG.find((pasar) => pasar.value === value)?.label ?? String(value ?? '')

export const hargaRingkasan = ({ nama, pasar, tanggal }: { nama: string; pasar: unknown; tanggal: CalendarDate | undefined }) =>
  [nama, pasarLabel(pasar), tanggal ? formatTanggal(tanggal) : ''].filter(Boolean).join(' · ')

export const covidRingkasan = ({ namaWilayah, tanggal }: { namaWilayah: string; tanggal: CalendarDate | undefined }) =>
  [namaWilayah, tanggal ? formatTanggal(tanggal) : ''].filter(Boolean).join(' · ')
