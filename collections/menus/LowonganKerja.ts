import { defineMenu } from '../../src/menus/declare'
import { isFilled, validateOptionalWebUrl } from '../../src/fields/validators'
import { SLUGS } from '../../src/slugs'

/** Informasi Lowongan Kerja: the study found this page empty. A vacancy stops counting once its closing date passes. */
export const LowonganKerja = defineMenu({
  slug: SLUGS.lowonganKerja,
  registry: [{ kode: 'lowongan-kerja', judul: 'Informasi Lowongan Kerja', deskripsi: 'Lowongan pekerjaan yang masih dibuka untuk warga Palembang.', pemilik: 'DISNAKER', kadensi: 'WEEKLY' }],
  clock: { kind: 'items', validUntil: 'batasLamaran', isValidThroughDay: true },
  links: { urlFields: ['tautan'], titleField: 'judul' },
  labels: { singular: 'Lowongan kerja', plural: 'Lowongan kerja' },
  admin: {
    useAsTitle: 'posisi',
    defaultColumns: ['posisi', 'perusahaan', 'lokasi', 'batasLamaran', '_status'],
    group: 'Menu portal',
    description:
      'Lowongan kerja untuk warga Palembang. Lowongan yang melewati batas lamaran tidak lagi dihitung sebagai isi yang mutakhir.',
    listSearchableFields: ['posisi', 'perusahaan'],
  },
  defaultSort: '-batasLamaran',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'posisi', label: 'Posisi', type: 'text', required: true, admin: { width: '50%', description: 'Mis. Operator Alat Berat.' } },
        { name: 'perusahaan', label: 'Perusahaan / pemberi kerja', type: 'text', required: true, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'lokasi', label: 'Lokasi kerja', type: 'text', required: true, admin: { width: '50%', description: 'Mis. Kecamatan Kertapati, Palembang.' } },
        {
          name: 'batasLamaran',
          label: 'Batas lamaran',
          type: 'date',
          required: true,
          index: true,
          admin: {
            width: '50%',
            date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
            description: 'Hari terakhir lamaran diterima.',
          },
        },
      ],
    },
    {
      name: 'deskripsi',
      label: 'Deskripsi dan persyaratan',
      type: 'textarea',
      required: true,
      admin: { description: 'Teks biasa: tugas, kualifikasi, berkas yang diminta.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'tautan',
          label: 'Tautan lamaran',
          type: 'text',
          admin: { width: '50%', description: 'Alamat lamaran daring, diawali https://. Isi ini atau kontak.' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (!isFilled(value) && !isFilled(siblingData?.kontak)) {
              return 'Isi tautan lamaran atau kontak, minimal salah satu.'
            }
            return validateOptionalWebUrl(value)
          },
        },
        {
          name: 'kontak',
          label: 'Kontak',
          type: 'text',
          admin: { width: '50%', description: 'Email atau telepon untuk bertanya atau melamar.' },
        },
      ],
    },
  ],
})
