import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isReviewerOrAdmin } from '../src/access/isReviewerOrAdmin'
import { CADENCE_OPTIONS } from '../src/domain/cadence'
import { KONTAK_JENIS } from '../src/domain/kontak'
import { MENU_COLLECTIONS } from '../src/menus'
import { SLUGS } from '../src/slugs'
import { verifikasiEndpoints } from './menu-portal/endpoints/verifikasi'

/** Ten years: a threshold longer than that is no threshold. */
const AMBANG_MAX_DAYS = 3650

const positiveDays = (value: unknown) =>
  value === null || value === undefined || (Number.isInteger(value) && (value as number) > 0)
    ? true
    : 'Harus bilangan bulat hari, lebih dari 0.'

/**
 * The registry: one row per portal menu, naming the office that owns it and
 * how often it must be updated. Owners and cadences decide who may edit a
 * menu and who is chased when it goes stale.
 */
export const MenuPortal: CollectionConfig = {
  slug: SLUGS.menuPortal,
  labels: { singular: 'Menu portal', plural: 'Daftar menu portal' },
  admin: {
    useAsTitle: 'judul',
    defaultColumns: ['judul', 'kode', 'pemilik', 'kadensi', 'status'],
    group: 'Kesegaran',
    description:
      'Setiap menu portal, pemiliknya (OPD) dan seberapa sering harus diperbarui. Hanya administrator dan peninjau Diskominfo yang dapat mengubahnya.',
  },
  defaultSort: 'kode',
  access: {
    read: () => true,
    create: isReviewerOrAdmin,
    update: isReviewerOrAdmin,
    delete: isAdmin,
  },
  endpoints: verifikasiEndpoints,
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && data.koleksi !== SLUGS.kontakLayanan) data.jenisKontak = null
        return data
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kode',
          label: 'Kode menu',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          admin: {
            width: '50%',
            description: 'Pengenal menu di API publik (mis. harga-pangan, kontak-pemadam-kebakaran).',
          },
          validate: (value: unknown) =>
            typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
              ? true
              : 'Gunakan huruf kecil, angka dan tanda hubung, mis. harga-pangan.',
        },
        {
          name: 'koleksi',
          label: 'Koleksi',
          type: 'select',
          required: true,
          index: true,
          options: MENU_COLLECTIONS.map((slug) => ({ label: slug, value: slug })),
          admin: { width: '50%', description: 'Koleksi API tempat isi menu ini disimpan.' },
        },
      ],
    },
    {
      name: 'jenisKontak',
      label: 'Jenis kontak',
      type: 'select',
      options: KONTAK_JENIS,
      admin: {
        condition: (data) => data?.koleksi === SLUGS.kontakLayanan,
        description: 'Untuk kontak layanan: jenis kontak yang dicakup menu ini. Kosong berarti semua jenis.',
      },
    },
    { name: 'judul', label: 'Judul menu', type: 'text', required: true },
    { name: 'deskripsi', label: 'Deskripsi', type: 'textarea' },
    {
      type: 'row',
      fields: [
        {
          name: 'pemilik',
          label: 'OPD pemilik',
          type: 'relationship',
          relationTo: SLUGS.opd,
          required: true,
          index: true,
          admin: { width: '50%', description: 'Kantor yang wajib menjaga menu ini tetap mutakhir.' },
        },
        {
          name: 'kadensi',
          label: 'Kadensi pembaruan',
          type: 'select',
          required: true,
          options: CADENCE_OPTIONS,
          admin: { width: '50%', description: 'Seberapa sering isi menu harus diperbarui.' },
        },
      ],
    },
    {
      name: 'ambang',
      label: 'Ambang khusus (hari)',
      type: 'group',
      admin: {
        description:
          'Kosongkan untuk memakai ambang bawaan kadensi. Diisi bila menu ini butuh toleransi berbeda (hari sejak pembaruan terakhir).',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'jatuhTempo', label: 'Jatuh tempo', type: 'number', min: 1, max: AMBANG_MAX_DAYS, validate: positiveDays, admin: { width: '33%' } },
            { name: 'terlambat', label: 'Terlambat', type: 'number', min: 1, max: AMBANG_MAX_DAYS, validate: positiveDays, admin: { width: '33%' } },
            { name: 'sangatTerlambat', label: 'Sangat terlambat', type: 'number', min: 1, max: AMBANG_MAX_DAYS, validate: positiveDays, admin: { width: '33%' } },
          ],
        },
      ],
    },
    {
      name: 'status',
      label: 'Status menu',
      type: 'select',
      required: true,
      defaultValue: 'aktif',
      options: [
        { label: 'Aktif', value: 'aktif' },
        { label: 'Diarsipkan', value: 'arsip' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'catatanArsip',
      label: 'Catatan arsip (tampil ke publik)',
      type: 'textarea',
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'arsip',
        description: 'Mis. "Data COVID-19 tidak lagi diperbarui sejak status darurat berakhir pada ..."',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.status === 'arsip' && !(typeof value === 'string' && value.trim().length > 0)
          ? 'Menu yang diarsipkan wajib memiliki catatan untuk publik.'
          : true,
    },
  ],
}
