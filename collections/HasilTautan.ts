import type { CollectionConfig } from 'payload'

import { canReadLinkResults } from '../src/access/canReadLinkResults'
import { systemWritten } from '../src/access/systemWritten'
import { LINK_RESULT_LABELS, LINK_RESULTS } from '../src/links/classify'
import { SLUGS } from '../src/slugs'

const RESULT_OPTIONS = LINK_RESULTS.map((value) => ({ label: LINK_RESULT_LABELS[value], value }))

/**
 * One row per outbound link of a published document (menu, document, URL):
 * the latest verdict with its evidence, the run of consecutive failures and
 * a short history. Written by the link checker only.
 */
export const HasilTautan: CollectionConfig = {
  slug: SLUGS.hasilTautan,
  labels: { singular: 'Hasil pemeriksaan tautan', plural: 'Hasil pemeriksaan tautan' },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'kode', 'hasil', 'terkonfirmasi', 'gagalBerturut', 'opd', 'terakhirDiperiksa'],
    group: 'Kesegaran',
    description:
      'Tautan keluar di setiap menu dan hasil pemeriksaan terakhirnya. Tautan dianggap rusak setelah gagal pada beberapa putaran berturut-turut. Ditulis oleh sistem.',
    listSearchableFields: ['url', 'kode', 'judulDokumen'],
  },
  defaultSort: '-terakhirDiperiksa',
  access: systemWritten({ read: canReadLinkResults }),
  fields: [
    {
      name: 'kunci',
      label: 'Kunci',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    { name: 'url', label: 'URL', type: 'text', required: true, index: true },
    { name: 'menu', label: 'Menu', type: 'relationship', relationTo: SLUGS.menuPortal, required: true, index: true },
    { name: 'kode', label: 'Kode menu', type: 'text', required: true, index: true },
    { name: 'koleksi', label: 'Koleksi', type: 'text', required: true },
    { name: 'dokumen', label: 'ID dokumen', type: 'text', required: true, index: true },
    { name: 'judulDokumen', label: 'Dokumen', type: 'text' },
    { name: 'letak', label: 'Letak tautan', type: 'text', admin: { description: 'Kolom dokumen tempat tautan berada, mis. url atau isi.' } },
    { name: 'opd', label: 'OPD dokumen', type: 'relationship', relationTo: SLUGS.opd, index: true },
    { name: 'pemilik', label: 'OPD pemilik menu', type: 'relationship', relationTo: SLUGS.opd, index: true },
    { name: 'hasil', label: 'Hasil terakhir', type: 'select', required: true, index: true, options: RESULT_OPTIONS },
    { name: 'statusKode', label: 'Kode HTTP', type: 'number', min: 0, max: 999 },
    { name: 'detail', label: 'Bukti', type: 'textarea' },
    { name: 'rantai', label: 'Rantai pengalihan', type: 'json' },
    { name: 'usulanUrl', label: 'Usulan URL baru', type: 'text' },
    {
      name: 'gagalBerturut',
      label: 'Gagal berturut-turut',
      type: 'number',
      min: 0,
      max: 1_000_000,
      defaultValue: 0,
      admin: { description: 'Putaran berturut-turut dengan hasil rusak atau "tidak ditemukan".' },
    },
    {
      name: 'terkonfirmasi',
      label: 'Terkonfirmasi rusak',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'Dihitung sebagai masalah menu: gagal pada cukup banyak putaran berturut-turut.' },
    },
    { name: 'pertamaGagal', label: 'Pertama gagal', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'dikonfirmasiPada', label: 'Dikonfirmasi rusak pada', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'terakhirDiperiksa', label: 'Terakhir diperiksa', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'riwayat', label: 'Riwayat', type: 'json', admin: { description: 'Hasil beberapa putaran terakhir, terbaru dahulu.' } },
  ],
}
