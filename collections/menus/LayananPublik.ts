import { defineMenu } from '../../src/menus/declare'
import { validateRequiredWebUrl } from '../../src/fields/validators'
import { SLUGS } from '../../src/slugs'

export const KATEGORI_LAYANAN = [
  { label: 'Perizinan', value: 'perizinan' },
  { label: 'Pajak', value: 'pajak' },
  { label: 'Kependudukan', value: 'kependudukan' },
  { label: 'Pengaduan', value: 'pengaduan' },
  { label: 'Hukum', value: 'hukum' },
  { label: 'Kesehatan', value: 'kesehatan' },
  { label: 'Ketenagakerjaan', value: 'ketenagakerjaan' },
  { label: 'Lainnya', value: 'lainnya' },
]

export const TINGKAT_LAYANAN = [
  { label: 'Kota', value: 'kota' },
  { label: 'Kecamatan', value: 'kecamatan' },
  { label: 'Kelurahan', value: 'kelurahan' },
]

/** Layanan Publik: links to the city's online services. The study found some that led nowhere. */
export const LayananPublik = defineMenu({
  slug: SLUGS.layananPublik,
  registry: [{ kode: 'layanan-publik', judul: 'Layanan Publik', deskripsi: 'Tautan ke layanan daring: Si Demang, Informasi PBB, perizinan DPMPTSP, SIM Online, LAPOR.', pemilik: 'DISKOMINFO', kadensi: 'ANNUAL_2' }],
  clock: { kind: 'content' },
  links: { urlFields: ['url'], titleField: 'nama' },
  ownerField: 'penyelenggara',
  labels: { singular: 'Layanan publik', plural: 'Layanan publik' },
  admin: {
    useAsTitle: 'nama',
    defaultColumns: ['nama', 'kategori', 'tingkat', 'penyelenggara', '_status'],
    group: 'Menu portal',
    description: 'Layanan daring Pemerintah Kota Palembang dan tautannya. Tautan yang mati akan ditandai oleh pemeriksa tautan.',
    listSearchableFields: ['nama'],
  },
  defaultSort: 'nama',
  fields: [
    { name: 'nama', label: 'Nama layanan', type: 'text', required: true, admin: { description: 'Mis. Surat Keterangan Domisili.' } },
    { name: 'deskripsi', label: 'Deskripsi', type: 'textarea', required: true, admin: { description: 'Untuk apa layanan ini dan siapa yang dapat memakainya.' } },
    {
      type: 'row',
      fields: [
        { name: 'kategori', label: 'Kategori', type: 'select', required: true, index: true, options: KATEGORI_LAYANAN, admin: { width: '50%' } },
        {
          name: 'tingkat',
          label: 'Tingkat',
          type: 'select',
          required: true,
          options: TINGKAT_LAYANAN,
          admin: { width: '50%', description: 'Kantor tempat layanan diberikan: kota, kecamatan atau kelurahan.' },
        },
      ],
    },
    {
      name: 'url',
      label: 'Alamat layanan (URL)',
      type: 'text',
      required: true,
      validate: validateRequiredWebUrl,
      admin: { description: 'Diawali https:// (atau http://). Alamat lain, mis. javascript: atau ftp:, ditolak.' },
    },
    {
      name: 'penyelenggara',
      label: 'Penyelenggara (OPD)',
      type: 'relationship',
      relationTo: SLUGS.opd,
      required: true,
      index: true,
      admin: { description: 'Kantor yang memberikan layanan ini.' },
    },
  ],
})
