import type { Access, PayloadRequest, Where } from 'payload'

import { asUser, hasRole, officeIdsOf } from './roles'

export type OwnerSource = {
  /** A relation field on the document naming its own office. */
  ownerField?: string
  /** The offices that own the whole collection (a menu's owner in the registry). */
  collectionOwners?: (req: PayloadRequest) => Promise<(string | number)[]>
}

/**
 * Admins always; an editor only where the owner is one of its offices. The
 * owner comes from the collection (the menu registry) and, where a document
 * names its own office, from the document as well: both must match.
 */
export function isEditorOfOwner({ ownerField, collectionOwners }: OwnerSource): Access {
  return async ({ req }) => {
    const user = asUser(req.user)
    if (!user) return false
    if (hasRole(user, 'admin')) return true
    if (!hasRole(user, 'editor')) return false
    const offices = officeIdsOf(user)
    if (offices.length === 0) return false
    if (collectionOwners) {
      const owners = (await collectionOwners(req)).map(String)
      const isOwner = offices.some((office) => owners.includes(String(office)))
      if (!isOwner) return false
    }
    if (!ownerField) return true
    const where: Where = { [ownerField]: { in: offices } }
    return where
  }
}
