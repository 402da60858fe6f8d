import type { Access } from 'payload'

import { asUser, hasRole, officeIdsOf } from './roles'

/**
 * Freshness history: reviewers and admins read all of it; an editor only the
 * rows of menus its offices owned when the row was written (`pemilik`).
 */
export const canReadOwnMenuHistory: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) return true
  if (!hasRole(user, 'editor')) return false
  const offices = officeIdsOf(user)
  return offices.length > 0 ? { pemilik: { in: offices } } : false
}

/** Written by the sweep through the Local API only; nobody creates, changes or deletes it over REST or GraphQL. */
export const isSystemOnly: Access = () => false
