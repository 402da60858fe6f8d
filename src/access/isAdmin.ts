import type { Access } from 'payload'

import { asUser, hasRole } from './roles'

export const isAdmin: Access = ({ req }) => hasRole(asUser(req.user), 'admin')
