import { validateEndNotBeforeStart } from '../../src/fields/dateRange'
import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'

/** Jadwal Agenda: the city government's agenda. An event stops counting once it has ended. */
export const Agenda = defineMenu({
  slug: SLUGS.agenda,
  registry: [{ kode: 'agenda', judul: 'Jadwal Agenda', deskripsi: 'Agenda kegiatan Wali Kota dan Pemerintah Kota Palembang.', pemilik: 'PROKOPIM', kadensi: 'WEEKLY' }],
  clock: { kind: 'items', validUntil: 'selesai', isValidThroughDay: false },
  ownerField: 'penyelenggara',
  labels: { singular: 'Agenda', plural: 'Jadwal agenda' },
  admin: {
    useAsTitle: 'judul',
    defaultColumns: ['judul', 'mulai', 'lokasi', 'penyelenggara', '_status'],
    group: 'Menu portal',
    description: 'Kegiatan Pemerintah Kota Palembang. Agenda yang sudah selesai tidak lagi dihitung sebagai isi yang mutakhir.',
  },
  defaultSort: '-mulai',
  fields: [
    { name: 'judul', label: 'Nama kegiatan', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'mulai',
          label: 'Mulai',
          type: 'date',
          required: true,
          index: true,
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH.mm' }, description: 'Waktu Indonesia Barat (WIB).' },
        },
        {
          name: 'selesai',
          label: 'Selesai',
          type: 'date',
          required: true,
          index: true,
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH.mm' }, description: 'Tidak boleh sebelum waktu mulai.' },
          validate: validateEndNotBeforeStart({
            startField: 'mulai',
            messages: {
              required: 'Selesai wajib diisi.',
              invalid: 'Waktu selesai tidak sah.',
              beforeStart: 'Waktu selesai tidak boleh sebelum waktu mulai.',
            },
          }),
        },
      ],
    },
    { name: 'lokasi', label: 'Lokasi', type: 'text', required: true, admin: { description: 'Mis. Rumah Dinas Wali Kota, Jl. Tasik.' } },
    {
      name: 'penyelenggara',
      label: 'Penyelenggara (OPD)',
      type: 'relationship',
      relationTo: SLUGS.opd,
      required: true,
      index: true,
      admin: { description: 'Kantor yang menyelenggarakan. Editor hanya dapat mengisi agenda kantornya sendiri.' },
    },
    { name: 'keterangan', label: 'Keterangan', type: 'textarea', admin: { description: 'Opsional: peserta, pakaian, catatan untuk warga.' } },
  ],
})
