import { phoneField } from '../../src/fields/phone'
import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'
import { KONTAK_JENIS } from '../../src/domain/kontak'

/** Ambulans, mobil jenazah, pemadam kebakaran and call center contacts; each jenis can have its own owner in the registry. */
export const KontakLayanan = defineMenu({
  slug: SLUGS.kontakLayanan,
  registry: [
    { kode: 'kontak-ambulans', jenisKontak: 'ambulans', judul: 'Informasi Ambulans', deskripsi: 'Nomor ambulans di setiap puskesmas.', pemilik: 'DINKES', kadensi: 'QUARTERLY' },
    {
      kode: 'kontak-mobil-jenazah',
      jenisKontak: 'mobil-jenazah',
      judul: 'Informasi Mobil Jenazah',
      deskripsi: 'Petugas dan nomor WhatsApp mobil jenazah di setiap kecamatan.',
      pemilik: 'DINKES',
      kadensi: 'QUARTERLY',
    },
    {
      kode: 'kontak-pemadam-kebakaran',
      jenisKontak: 'pemadam-kebakaran',
      judul: 'Pemadam Kebakaran',
      deskripsi: 'Nomor pos pemadam kebakaran per wilayah.',
      pemilik: 'DAMKAR',
      kadensi: 'QUARTERLY',
    },
    {
      kode: 'kontak-call-center',
      jenisKontak: 'call-center',
      judul: 'Call Center',
      deskripsi: 'Nomor panggilan darurat 112 dan call center Pemerintah Kota Palembang.',
      pemilik: 'DISKOMINFO',
      kadensi: 'QUARTERLY',
    },
  ],
  clock: { kind: 'content' },
  labels: { singular: 'Kontak layanan', plural: 'Kontak layanan darurat' },
  admin: {
    useAsTitle: 'wilayah',
    defaultColumns: ['jenis', 'wilayah', 'petugas', 'telepon', 'whatsapp', '_status'],
    group: 'Menu portal',
    description:
      'Nomor ambulans per puskesmas, mobil jenazah per kecamatan, pos pemadam kebakaran dan call center 112. Nomor disimpan dalam format +62.',
    listSearchableFields: ['wilayah', 'petugas'],
  },
  defaultSort: 'wilayah',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'jenis',
          label: 'Jenis layanan',
          type: 'select',
          required: true,
          index: true,
          options: KONTAK_JENIS,
          admin: { width: '50%', description: 'Editor hanya dapat mengisi jenis yang dimiliki kantornya.' },
        },
        {
          name: 'wilayah',
          label: 'Wilayah / unit',
          type: 'text',
          required: true,
          admin: { width: '50%', description: 'Kecamatan, puskesmas atau pos pemadam, mis. Puskesmas Sako.' },
        },
      ],
    },
    { name: 'petugas', label: 'Nama petugas', type: 'text', admin: { description: 'Opsional: petugas yang dapat dihubungi.' } },
    {
      type: 'row',
      fields: [
        {
          ...phoneField({
            name: 'telepon',
            label: 'Telepon',
            description: 'Mis. 0711 350000 atau 0812 3456 7890. Call center boleh nomor pendek seperti 112.',
            isRequired: true,
            isShortAllowed: (siblingData) => siblingData.jenis === 'call-center',
          }),
          admin: { width: '50%', description: 'Mis. 0711 350000 atau 0812 3456 7890. Call center boleh nomor pendek seperti 112.' },
        },
        {
          ...phoneField({
            name: 'whatsapp',
            label: 'WhatsApp',
            description: 'Opsional: nomor seluler yang terhubung ke WhatsApp.',
            isMobileOnly: true,
          }),
          admin: { width: '50%', description: 'Opsional: nomor seluler yang terhubung ke WhatsApp.' },
        },
      ],
    },
    { name: 'keterangan', label: 'Keterangan', type: 'text', admin: { description: 'Opsional, mis. "Siaga 24 jam".' } },
  ],
})
