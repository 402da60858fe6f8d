import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'

/** Formulir: downloadable service forms. The study found none and recommended them (recommendation 9). */
export const Formulir = defineMenu({
  slug: SLUGS.formulir,
  registry: [{ kode: 'formulir', judul: 'Formulir', deskripsi: 'Formulir layanan yang dapat diunduh warga.', pemilik: 'DISKOMINFO', kadensi: 'ANNUAL_2' }],
  clock: { kind: 'content' },
  labels: { singular: 'Formulir', plural: 'Formulir' },
  admin: {
    useAsTitle: 'judul',
    defaultColumns: ['judul', 'layanan', 'berkas', '_status'],
    group: 'Menu portal',
    description: 'Formulir layanan yang dapat diunduh dan diisi warga sebelum datang ke kantor layanan.',
  },
  defaultSort: 'judul',
  fields: [
    { name: 'judul', label: 'Judul formulir', type: 'text', required: true, admin: { description: 'Mis. Formulir Permohonan Surat Keterangan Domisili.' } },
    {
      name: 'layanan',
      label: 'Layanan',
      type: 'relationship',
      relationTo: SLUGS.layananPublik,
      required: true,
      index: true,
      admin: { description: 'Layanan publik yang memakai formulir ini.' },
    },
    {
      name: 'berkas',
      label: 'Berkas',
      type: 'upload',
      relationTo: SLUGS.berkasFormulir,
      required: true,
      admin: { description: 'PDF, DOCX atau ODT, paling besar 10 MB.' },
    },
    { name: 'keterangan', label: 'Petunjuk pengisian', type: 'textarea', admin: { description: 'Opsional.' } },
  ],
})
