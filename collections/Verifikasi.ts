import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { canReadMenuRecords } from '../src/access/menuRecords'
import { asUser, hasRole } from '../src/access/roles'
import { contextNow } from '../src/request/now'
import { SLUGS } from '../src/slugs'

export const CATATAN_VERIFIKASI_MAX = 500

const adminOnly: FieldAccess = ({ req }) => hasRole(asUser(req.user), 'admin')

/**
 * "Masih benar": an owner office confirms a reference menu is still correct
 * without editing it; the confirmation counts as an update. Written only by
 * the endpoints on menu-portal (logged in, or through a signed email link),
 * so who and when cannot be made up by a client.
 */
export const Verifikasi: CollectionConfig = {
  slug: SLUGS.verifikasi,
  labels: { singular: 'Konfirmasi masih benar', plural: 'Konfirmasi masih benar' },
  admin: {
    useAsTitle: 'pada',
    defaultColumns: ['menu', 'pada', 'oleh', 'cara'],
    group: 'Kesegaran',
    description:
      'Catatan setiap kali OPD pemilik menyatakan isi menu masih benar tanpa mengubahnya, lewat tombol "Masih benar" atau tautan di email. Dihitung sebagai pembaruan.',
  },
  defaultSort: '-pada',
  access: {
    read: canReadMenuRecords,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation === 'create') data.pada = contextNow({ req }).toISOString()
        return data
      },
    ],
  },
  indexes: [{ fields: ['menu', 'pada'] }],
  fields: [
    {
      name: 'menu',
      label: 'Menu',
      type: 'relationship',
      relationTo: SLUGS.menuPortal,
      required: true,
      index: true,
    },
    {
      name: 'pada',
      label: 'Dikonfirmasi pada',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'oleh',
      label: 'Oleh',
      type: 'relationship',
      relationTo: SLUGS.users,
      admin: { readOnly: true, description: 'Kosong bila dikonfirmasi lewat tautan di email (tanpa masuk).' },
    },
    {
      name: 'cara',
      label: 'Cara',
      type: 'select',
      required: true,
      defaultValue: 'login',
      options: [
        { label: 'Masuk ke Segar', value: 'login' },
        { label: 'Tautan di email', value: 'tautan' },
      ],
      admin: { readOnly: true },
    },
    {
      name: 'catatan',
      label: 'Catatan',
      type: 'textarea',
      maxLength: CATATAN_VERIFIKASI_MAX,
      validate: (value: unknown) =>
        value === null || value === undefined || (typeof value === 'string' && value.length <= CATATAN_VERIFIKASI_MAX)
          ? true
          : `Catatan paling banyak ${CATATAN_VERIFIKASI_MAX} karakter.`,
    },
    {
      // A signed link is single use: its id is stored here and a second use collides.
      name: 'tokenId',
      label: 'Pengenal tautan',
      type: 'text',
      unique: true,
      index: true,
      access: { read: adminOnly, create: adminOnly, update: () => false },
      admin: { hidden: true },
    },
  ],
}
