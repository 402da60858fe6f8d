import type { CollectionConfig } from 'payload'

import { canReadOwnMenuHistory } from '../src/access/canReadOwnMenuHistory'
import { systemWritten } from '../src/access/systemWritten'
import { SLUGS } from '../src/slugs'
import { menuReferenceFields, STATUS_OPTIONS } from './RiwayatKesegaran'

/**
 * A menu's status changed between two sweeps. Notifications read "what newly
 * turned overdue" from here instead of comparing snapshots themselves.
 */
export const TransisiKesegaran: CollectionConfig = {
  slug: SLUGS.transisiKesegaran,
  labels: { singular: 'Perubahan status kesegaran', plural: 'Perubahan status kesegaran' },
  admin: {
    useAsTitle: 'kode',
    defaultColumns: ['kode', 'dari', 'ke', 'pada'],
    group: 'Kesegaran',
    description: 'Setiap kali status sebuah menu berubah dari satu putaran pemeriksaan ke putaran berikutnya. Ditulis oleh sistem.',
  },
  defaultSort: '-pada',
  access: systemWritten({ read: canReadOwnMenuHistory }),
  indexes: [{ fields: ['menu', 'pada'] }],
  fields: [
    ...menuReferenceFields,
    { name: 'dari', label: 'Dari status', type: 'select', required: true, options: STATUS_OPTIONS },
    { name: 'ke', label: 'Ke status', type: 'select', required: true, index: true, options: STATUS_OPTIONS },
    { name: 'pada', label: 'Pada', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'putaran', label: 'Putaran', type: 'text', required: true },
  ],
}
