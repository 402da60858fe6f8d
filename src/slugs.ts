/** Every collection slug, declared once. Relations import these, never a string literal. */
export const SLUGS = {
  opd: 'opd',
  users: 'users',
} as const

export type Slug = (typeof SLUGS)[keyof typeof SLUGS]
