import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isReviewerOrAdmin } from '../src/access/isReviewerOrAdmin'
import { KATEGORI_KOMODITAS, SATUAN_OPTIONS } from '../src/domain/pangan'
import { auditFields, stampAudit } from '../src/fields/audit'
import { SLUGS } from '../src/slugs'

/**
 * The managed list of staple commodities whose prices the trade office
 * publishes. Kept by Diskominfo so that every market reports the same names
 * and the public site can compare them.
 */
export const Komoditas: CollectionConfig = {
  slug: SLUGS.komoditas,
  labels: { singular: 'Komoditas', plural: 'Daftar komoditas' },
  admin: {
    useAsTitle: 'nama',
    defaultColumns: ['nama', 'satuan', 'kategori', 'aktif'],
    group: 'Data portal',
    description:
      'Bahan pokok yang harganya dipantau di pasar-pasar Palembang. Diatur oleh administrator dan peninjau; editor OPD memilih dari daftar ini.',
    listSearchableFields: ['nama'],
  },
  defaultSort: 'nama',
  access: {
    read: () => true,
    create: isReviewerOrAdmin,
    update: isReviewerOrAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && typeof data.nama === 'string') data.nama = data.nama.trim().replace(/\s+/g, ' ')
        return data
      },
    ],
    beforeChange: [stampAudit],
  },
  fields: [
    {
      name: 'nama',
      label: 'Nama komoditas',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Nama yang tampil di portal, mis. "Beras medium" atau "Cabai merah keriting". Juga dipakai saat impor CSV.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'satuan',
          label: 'Satuan bawaan',
          type: 'select',
          required: true,
          defaultValue: 'kg',
          options: [...SATUAN_OPTIONS],
          admin: { width: '50%', description: 'Satuan harga bila editor tidak memilih yang lain.' },
        },
        {
          name: 'kategori',
          label: 'Kategori',
          type: 'select',
          required: true,
          defaultValue: 'lainnya',
          options: [...KATEGORI_KOMODITAS],
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'aktif',
      label: 'Masih dipantau',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Komoditas yang tidak lagi dipantau tetap menyimpan riwayat harganya.' },
    },
    ...auditFields,
  ],
}
