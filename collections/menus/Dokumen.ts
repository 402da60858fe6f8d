import { defineMenu } from '../../src/menus/declare'
import { isFilled, validateOptionalWebUrl } from '../../src/fields/validators'
import { SLUGS } from '../../src/slugs'
import { EARLIEST_DATA_YEAR, LATEST_DATA_YEAR, validateDataYear } from './PeluangInvestasi'

export const JENIS_DOKUMEN = [
  { label: 'Peraturan', value: 'peraturan' },
  { label: 'Laporan', value: 'laporan' },
  { label: 'Perencanaan', value: 'perencanaan' },
  { label: 'Lainnya', value: 'lainnya' },
]

/** Dokumen and Daftar Link (JDIH): regulations, reports and plans, as a PDF or a link. */
export const Dokumen = defineMenu({
  slug: SLUGS.dokumen,
  registry: [{ kode: 'dokumen', judul: 'Dokumen dan Daftar Link (JDIH)', deskripsi: 'Peraturan daerah, peraturan wali kota, laporan dan dokumen perencanaan.', pemilik: 'BAGHUKUM', kadensi: 'IRREG' }],
  clock: { kind: 'content' },
  links: { urlFields: ['tautan'], titleField: 'judul' },
  labels: { singular: 'Dokumen', plural: 'Dokumen' },
  admin: {
    useAsTitle: 'judul',
    defaultColumns: ['judul', 'jenis', 'tahun', '_status'],
    group: 'Menu portal',
    description: 'Dokumen pemerintah yang dapat diunduh: peraturan, laporan, perencanaan. Unggah PDF atau isi tautan (mis. ke JDIH).',
    listSearchableFields: ['judul', 'nomor'],
  },
  defaultSort: '-tahun',
  fields: [
    { name: 'judul', label: 'Judul dokumen', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'jenis', label: 'Jenis dokumen', type: 'select', required: true, index: true, options: JENIS_DOKUMEN, admin: { width: '33%' } },
        {
          name: 'tahun',
          label: 'Tahun',
          type: 'number',
          required: true,
          index: true,
          min: EARLIEST_DATA_YEAR,
          max: LATEST_DATA_YEAR,
          validate: validateDataYear,
          admin: { width: '33%', step: 1, description: 'Tahun terbit atau tahun yang dicakup.' },
        },
        { name: 'nomor', label: 'Nomor', type: 'text', admin: { width: '33%', description: 'Opsional, mis. Perwali No. 15 Tahun 2020.' } },
      ],
    },
    {
      name: 'berkas',
      label: 'Berkas PDF',
      type: 'upload',
      relationTo: SLUGS.berkasDokumen,
      admin: { description: 'PDF, paling besar 20 MB. Isi ini atau tautan.' },
    },
    {
      name: 'tautan',
      label: 'Tautan dokumen',
      type: 'text',
      admin: { description: 'Alamat dokumen di situs lain, mis. JDIH, diawali https://. Isi ini atau berkas PDF.' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (!isFilled(value) && !isFilled(siblingData?.berkas)) return 'Unggah berkas PDF atau isi tautan dokumen, minimal salah satu.'
        return validateOptionalWebUrl(value)
      },
    },
  ],
})
