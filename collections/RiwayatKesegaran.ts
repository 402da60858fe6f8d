import type { CollectionConfig, Field } from 'payload'

import { canReadOwnMenuHistory } from '../src/access/canReadOwnMenuHistory'
import { systemWritten } from '../src/access/systemWritten'
import { FRESHNESS_STATUSES, freshnessLabel } from '../src/domain/freshness'
import { SLUGS } from '../src/slugs'

export const STATUS_OPTIONS = FRESHNESS_STATUSES.map((status) => ({ label: freshnessLabel(status), value: status }))

/** The menu and its owner at the time of the row, shared by both history collections. */
export const menuReferenceFields: Field[] = [
  {
    name: 'menu',
    label: 'Menu',
    type: 'relationship',
    relationTo: SLUGS.menuPortal,
    required: true,
    index: true,
  },
  { name: 'kode', label: 'Kode menu', type: 'text', required: true, index: true },
  {
    name: 'pemilik',
    label: 'OPD pemilik (saat itu)',
    type: 'relationship',
    relationTo: SLUGS.opd,
    index: true,
  },
]

/**
 * One snapshot per menu per sweep: what the freshness rule found at
 * `dijalankanPada`. The trend on the dashboard and the weekly report are read
 * from here; nothing in it is ever edited.
 */
export const RiwayatKesegaran: CollectionConfig = {
  slug: SLUGS.riwayatKesegaran,
  labels: { singular: 'Riwayat kesegaran', plural: 'Riwayat kesegaran' },
  admin: {
    useAsTitle: 'kode',
    defaultColumns: ['kode', 'status', 'umurHari', 'terakhirDiperbarui', 'dijalankanPada'],
    group: 'Kesegaran',
    description: 'Potret status setiap menu pada setiap putaran pemeriksaan. Ditulis oleh sistem, tidak dapat diubah.',
  },
  defaultSort: '-dijalankanPada',
  access: systemWritten({ read: canReadOwnMenuHistory }),
  // The sweep's "previous snapshot of this menu" lookup; unique so that replaying the same instant writes nothing twice.
  indexes: [{ fields: ['menu', 'dijalankanPada'], unique: true }],
  fields: [
    ...menuReferenceFields,
    { name: 'status', label: 'Status', type: 'select', required: true, index: true, options: STATUS_OPTIONS },
    {
      name: 'masalah',
      label: 'Masalah',
      type: 'json',
      admin: { description: 'Daftar { kode, pesan } yang ditemukan pada putaran ini.' },
    },
    // Negative when a replayed `now` lies before the last update.
    { name: 'umurHari', label: 'Umur (hari)', type: 'number', min: -1_000_000, max: 1_000_000 },
    {
      name: 'tanggalData',
      label: 'Tanggal data',
      type: 'text',
      admin: { description: 'Untuk menu data: hari yang diuraikan data terbaru (YYYY-MM-DD).' },
    },
    { name: 'terakhirDiperbarui', label: 'Terakhir diperbarui', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'jatuhTempo', label: 'Jatuh tempo', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'dijalankanPada',
      label: 'Diperiksa pada',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'putaran', label: 'Putaran', type: 'text', required: true, index: true },
  ],
}
