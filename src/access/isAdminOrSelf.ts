import type { Access } from 'payload'

import { asUser, hasRole } from './roles'

/**
 * Admins reach every user; anyone else only their own account. With an id the
 * answer is a plain yes or no, so that touching another account is a 403
 * rather than a quiet "not found".
 */
export const isAdminOrSelf: Access = ({ req, id }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (id !== undefined && id !== null) return String(id) === String(user.id)
  return { id: { equals: user.id } }
}

/** Reviewers read every account (they need to see who changed what); others as above. */
export const canReadUsers: Access = (args) => {
  const user = asUser(args.req.user)
  if (hasRole(user, 'reviewer')) return true
  return isAdminOrSelf(args)
}
