import type { CollectionConfig } from 'payload'

import { canReadOwnMenuHistory } from '../src/access/canReadOwnMenuHistory'
import { systemWritten } from '../src/access/systemWritten'
import { SLUGS } from '../src/slugs'

/**
 * What the daily digest told an office about a menu, and when: the digest
 * reads it to avoid repeating a problem that has not got worse.
 */
export const NotifikasiTerkirim: CollectionConfig = {
  slug: SLUGS.notifikasiTerkirim,
  labels: { singular: 'Notifikasi terkirim', plural: 'Notifikasi terkirim' },
  admin: {
    useAsTitle: 'kode',
    defaultColumns: ['kode', 'keadaan', 'jenis', 'pada'],
    group: 'Notifikasi',
    description: 'Masalah menu yang sudah diberitahukan ke OPD pemiliknya. Ditulis oleh sistem.',
  },
  defaultSort: '-pada',
  access: systemWritten({ read: canReadOwnMenuHistory }),
  indexes: [{ fields: ['menu', 'pada'] }],
  fields: [
    { name: 'menu', label: 'Menu', type: 'relationship', relationTo: SLUGS.menuPortal, required: true, index: true },
    { name: 'kode', label: 'Kode menu', type: 'text', required: true },
    { name: 'pemilik', label: 'OPD pemilik', type: 'relationship', relationTo: SLUGS.opd, index: true },
    {
      name: 'keadaan',
      label: 'Keadaan yang diberitahukan',
      type: 'text',
      required: true,
      admin: { description: 'Status kesegaran, atau jatuh-tempo-besok (H-1), atau laporan-warga.' },
    },
    {
      name: 'jenis',
      label: 'Jenis',
      type: 'select',
      required: true,
      options: [
        { label: 'Ringkasan harian', value: 'ringkasan-harian' },
        { label: 'Eskalasi', value: 'eskalasi' },
      ],
    },
    {
      name: 'jatuhTempo',
      label: 'Jatuh tempo',
      type: 'date',
      admin: { description: 'Untuk pengingat H-1: tanggal jatuh tempo yang diingatkan, agar satu tanggal diingatkan sekali.' },
    },
    { name: 'jumlahLaporan', label: 'Jumlah laporan warga', type: 'number', min: 0, max: 1_000_000 },
    { name: 'kunciEmail', label: 'Kunci email', type: 'text' },
    { name: 'pada', label: 'Pada', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
