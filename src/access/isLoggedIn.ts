import type { Access, FieldAccess } from 'payload'

export const isLoggedIn: Access = ({ req }) => Boolean(req.user)

export const isLoggedInField: FieldAccess = ({ req }) => Boolean(req.user)
