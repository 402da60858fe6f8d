import { jakartaYear } from '../../src/domain/calendar'
import { defineMenu } from '../../src/menus/declare'
import { contextNow } from '../../src/request/now'
import { SLUGS } from '../../src/slugs'

export const EARLIEST_DATA_YEAR = 1990

/** The static bound of a data year; the year after this one is refused by `validateDataYear`. */
export const LATEST_DATA_YEAR = 2200

/** Rp1.000 triliun: above any project the city offers, and a safe integer. */
export const NILAI_INVESTASI_MAX = 1_000_000_000_000_000

/** A year the data can be about: not before 1990 and never after the current year in Palembang. */
export function validateDataYear(value: unknown, { req }: { req: { context?: Record<string, unknown> } }): true | string {
  if (value === null || value === undefined) return true
  const thisYear = jakartaYear({ at: contextNow({ req }) })
  if (!Number.isInteger(value)) return 'Tahun harus bilangan bulat, mis. 2024.'
  if ((value as number) < EARLIEST_DATA_YEAR) return `Tahun tidak boleh sebelum ${EARLIEST_DATA_YEAR}.`
  if ((value as number) > thisYear) return `Tahun tidak boleh di masa depan (tahun ini ${thisYear}).`
  return true
}

/** Peluang Investasi: the study found information from 2021 still shown in 2023. */
export const PeluangInvestasi = defineMenu({
  slug: SLUGS.peluangInvestasi,
  registry: [{ kode: 'peluang-investasi', judul: 'Peluang Investasi', deskripsi: 'Proyek dan sektor yang ditawarkan kepada calon investor di Kota Palembang.', pemilik: 'DPMPTSP', kadensi: 'ANNUAL' }],
  clock: { kind: 'data-year', field: 'tahunData' },
  labels: { singular: 'Peluang investasi', plural: 'Peluang investasi' },
  admin: {
    useAsTitle: 'judul',
    defaultColumns: ['judul', 'sektor', 'nilaiInvestasi', 'tahunData', '_status'],
    group: 'Menu portal',
    description: 'Proyek yang ditawarkan kepada investor. Tahun data menunjukkan seberapa baru informasinya.',
  },
  defaultSort: '-tahunData',
  fields: [
    { name: 'judul', label: 'Judul proyek', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'sektor', label: 'Sektor', type: 'text', required: true, admin: { width: '50%', description: 'Mis. Pariwisata, Industri, Infrastruktur.' } },
        { name: 'lokasi', label: 'Lokasi', type: 'text', required: true, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'nilaiInvestasi',
          label: 'Nilai investasi (Rp)',
          type: 'number',
          min: 0,
          max: NILAI_INVESTASI_MAX,
          admin: { width: '50%', step: 1, description: 'Perkiraan nilai dalam rupiah penuh, tanpa titik. Kosongkan bila belum dihitung.' },
          validate: (value: unknown) =>
            value === null || value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0)
              ? true
              : 'Nilai investasi harus rupiah bulat, 0 atau lebih.',
        },
        {
          name: 'tahunData',
          label: 'Tahun data',
          type: 'number',
          required: true,
          index: true,
          min: EARLIEST_DATA_YEAR,
          max: LATEST_DATA_YEAR,
          admin: { width: '50%', step: 1, description: 'Tahun keadaan yang diuraikan, mis. 2024. Tidak boleh di masa depan.' },
          validate: validateDataYear,
        },
      ],
    },
    { name: 'deskripsi', label: 'Deskripsi', type: 'textarea', required: true },
    {
      name: 'kontak',
      label: 'Kontak',
      type: 'text',
      required: true,
      admin: { description: 'Petugas atau unit yang melayani calon investor (nama, telepon, email).' },
    },
  ],
})
