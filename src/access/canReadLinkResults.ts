import type { Access, Where } from 'payload'

import { asUser, hasRole, officeIdsOf } from './roles'

/**
 * Link results: reviewers and admins read all; an editor those of links in
 * its offices' documents or in menus its offices own. Never public: a
 * refused internal address is named in the evidence.
 */
export const canReadLinkResults: Access = ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin') || hasRole(user, 'reviewer')) return true
  if (!hasRole(user, 'editor')) return false
  const offices = officeIdsOf(user)
  if (offices.length === 0) return false
  const where: Where = { or: [{ opd: { in: offices } }, { pemilik: { in: offices } }] }
  return where
}
