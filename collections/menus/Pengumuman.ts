import { validateEndNotBeforeStart } from '../../src/fields/dateRange'
import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'

const DAY_PICKER = { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } as const

/** Pengumuman: the city's announcements to its residents. One stops counting after its last valid day. */
export const Pengumuman = defineMenu({
  slug: 'pengumuman',
  registry: [
    {
      kode: 'pengumuman',
      judul: 'Pengumuman',
      deskripsi: 'Pengumuman resmi Pemerintah Kota Palembang untuk warga, dengan masa berlakunya.',
      pemilik: 'DISKOMINFO',
      kadensi: 'WEEKLY',
    },
  ],
  clock: { kind: 'items', validUntil: 'berlakuSampai', isValidThroughDay: true },
  ownerField: 'opd',
  links: { richTextFields: ['isi'], titleField: 'judul' },
  labels: { singular: 'Pengumuman', plural: 'Pengumuman' },
  admin: {
    useAsTitle: 'judul',
    defaultColumns: ['judul', 'berlakuMulai', 'berlakuSampai', 'opd', '_status'],
    group: 'Menu portal',
    description: 'Pengumuman untuk warga Palembang. Pengumuman yang melewati masa berlakunya tidak lagi dihitung sebagai isi yang mutakhir.',
    listSearchableFields: ['judul'],
  },
  defaultSort: '-berlakuMulai',
  fields: [
    { name: 'judul', label: 'Judul', type: 'text', required: true },
    { name: 'isi', label: 'Isi pengumuman', type: 'richText', required: true },
    {
      name: 'opd',
      label: 'OPD',
      type: 'relationship',
      relationTo: SLUGS.opd,
      required: true,
      index: true,
      admin: { description: 'Kantor yang mengumumkan. Editor hanya dapat mengisi pengumuman kantornya sendiri.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'berlakuMulai',
          label: 'Berlaku mulai',
          type: 'date',
          required: true,
          index: true,
          admin: { width: '50%', date: DAY_PICKER, description: 'Hari pertama pengumuman berlaku (WIB).' },
        },
        {
          name: 'berlakuSampai',
          label: 'Berlaku sampai',
          type: 'date',
          required: true,
          index: true,
          admin: { width: '50%', date: DAY_PICKER, description: 'Hari terakhir pengumuman berlaku (WIB). Tidak boleh sebelum hari mulai.' },
          validate: validateEndNotBeforeStart({
            startField: 'berlakuMulai',
            messages: {
              required: 'Berlaku sampai wajib diisi.',
              invalid: 'Tanggal berlaku sampai tidak sah.',
              beforeStart: 'Tanggal berlaku sampai tidak boleh sebelum tanggal berlaku mulai.',
            },
          }),
        },
      ],
    },
    {
      name: 'lampiran',
      label: 'Lampiran PDF',
      type: 'upload',
      relationTo: SLUGS.berkasDokumen,
      admin: { description: 'Opsional: PDF, paling besar 20 MB.' },
    },
  ],
})
