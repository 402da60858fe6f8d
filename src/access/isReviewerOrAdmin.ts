import type { Access } from 'payload'

import { asUser, hasRole } from './roles'

export const isReviewerOrAdmin: Access = ({ req }) => {
  const user = asUser(req.user)
  return hasRole(user, 'admin') || hasRole(user, 'reviewer')
}
