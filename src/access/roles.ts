import { relationId } from '../domain/relation'

export const ROLES = ['admin', 'reviewer', 'editor'] as const

export type Role = (typeof ROLES)[number]

type Relation = string | number | { id: string | number } | null | undefined

export type SegarUser = {
  id: string | number
  roles?: Role[] | null
  opd?: Relation[] | null
  collection?: string
}

export function hasRole(user: SegarUser | null | undefined, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

/** The ids of the offices an editor belongs to, whether the relation is populated or not. */
export function officeIdsOf(user: SegarUser | null | undefined): (string | number)[] {
  if (!user?.opd) return []
  return user.opd
    .map((relation) => relationId(relation))
    .filter((id) => id !== undefined)
}

export function asUser(user: unknown): SegarUser | null {
  return user && typeof user === 'object' && 'id' in user ? (user as SegarUser) : null
}
