import type { CollectionBeforeChangeHook, Field } from 'payload'

import { hasContentChanged } from '../domain/changes'
import { isLoggedInField } from '../access/isLoggedIn'
import { contextNow } from '../request/now'
import { SLUGS } from '../slugs'

/**
 * Who made each change (kept in every version) and when the content last
 * really changed. Both are hidden from anonymous readers.
 */
export const auditFields: Field[] = [
  {
    name: 'diubahOleh',
    label: 'Terakhir diubah oleh',
    type: 'relationship',
    relationTo: SLUGS.users,
    access: { read: isLoggedInField, create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'isiDiubahPada',
    label: 'Isi terakhir berubah',
    type: 'date',
    index: true,
    access: { read: isLoggedInField, create: () => false, update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      description: 'Diisi otomatis bila isi benar-benar berubah; menyimpan tanpa perubahan tidak dihitung.',
    },
  },
]

/** Stamps the editor, and the content-change time only when content changed. */
export const stampAudit: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const now = contextNow({ req })
  if (req.user) data.diubahOleh = req.user.id
  const changed = operation === 'create' || hasContentChanged({ before: originalDoc, after: data })
  if (changed) data.isiDiubahPada = now.toISOString()
  else if (originalDoc?.isiDiubahPada) data.isiDiubahPada = originalDoc.isiDiubahPada
  return data
}
