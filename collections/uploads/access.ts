import type { Access, CollectionBeforeChangeHook, Field } from 'payload'

import { asUser, hasRole } from '../../src/access/roles'
import { isLoggedInField } from '../../src/access/isLoggedIn'
import { SLUGS } from '../../src/slugs'

/** Files are public once linked from published content; staff upload them. */
export const canUpload: Access = ({ req }) => {
  const user = asUser(req.user)
  return hasRole(user, 'admin') || hasRole(user, 'editor')
}

/** An editor changes or removes only the files it uploaded; an admin any. */
export const isAdminOrUploader: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor')) return false
  return { diunggahOleh: { equals: user.id } }
}

export const uploaderField: Field = {
  name: 'diunggahOleh',
  label: 'Diunggah oleh',
  type: 'relationship',
  relationTo: SLUGS.users,
  index: true,
  access: { read: isLoggedInField, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}

export const stampUploader: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc }) => {
  if (operation === 'create' && req.user) data.diunggahOleh = req.user.id
  else if (originalDoc?.diunggahOleh) data.diunggahOleh = originalDoc.diunggahOleh
  return data
}
