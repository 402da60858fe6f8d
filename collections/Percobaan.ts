import type { CollectionConfig } from 'payload'

import { isSystemOnly } from '../src/access/canReadOwnMenuHistory'
import { systemWritten } from '../src/access/systemWritten'
import { SLUGS } from '../src/slugs'

/**
 * Attempts counted by src/security/limiter.ts (logins, citizen reports), kept
 * in the database so that every instance sees the same counts. `kunci` is a
 * keyed hash (never an address or an email in clear); `urutan` numbers a
 * key's attempts, and being unique with it, decides between two instances
 * that count at the same moment. Nobody reads or writes it over the API.
 */
export const Percobaan: CollectionConfig = {
  slug: SLUGS.percobaan,
  labels: { singular: 'Percobaan', plural: 'Percobaan' },
  admin: { hidden: true, useAsTitle: 'kunci' },
  access: systemWritten({ read: isSystemOnly }),
  indexes: [{ fields: ['kunci', 'urutan'], unique: true }],
  fields: [
    { name: 'kunci', type: 'text', required: true, index: true },
    { name: 'urutan', type: 'number', required: true, min: 1, max: Number.MAX_SAFE_INTEGER },
    { name: 'pada', type: 'date', required: true, index: true },
  ],
}
