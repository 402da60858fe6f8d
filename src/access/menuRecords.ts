import type { Access, PayloadRequest } from 'payload'
import { isValidID } from 'payload'

import { SLUGS } from '../slugs'
import { asUser, hasRole, officeIdsOf } from './roles'
import { relationId } from '../domain/relation'

export type RegistryRow = {
  id: string | number
  koleksi: string
  pemilik: string | number
  /** For `kontak-layanan`: the one `jenis` this row covers; empty means the whole collection. */
  jenisKontak?: string | null
}

/** Every row of the menu registry, read once per request (a few dozen rows at most). */
export async function registryRows(req: PayloadRequest): Promise<RegistryRow[]> {
  const cacheKey = 'segar:registry'
  const cached = req.context[cacheKey] as RegistryRow[] | undefined
  if (cached) return cached
  const result = await req.payload.find({
    collection: SLUGS.menuPortal,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rows = result.docs.flatMap((doc) => {
    const row = doc as unknown as Record<string, unknown>
    const pemilik = relationId(row.pemilik)
    if (pemilik === undefined) return []
    return [{ id: doc.id, koleksi: String(row.koleksi), pemilik, jenisKontak: (row.jenisKontak as string | null | undefined) ?? null }]
  })
  req.context[cacheKey] = rows
  return rows
}

/** The registry rows owned by one of these offices: what an editor of them answers for. */
export async function registryRowsOwnedBy({ req, offices }: { req: PayloadRequest; offices: (string | number)[] }): Promise<RegistryRow[]> {
  const owners = new Set(offices.map(String))
  if (owners.size === 0) return []
  return (await registryRows(req)).filter((row) => owners.has(String(row.pemilik)))
}

/**
 * Access for records that hang off a registry menu through a `menu` field
 * (verifications, exceptions, citizen reports): reviewers and admins see all
 * of them, an editor those of the menus its offices own, nobody else any.
 * Ownership comes from the same registry rows as a menu's content scope
 * (`editorScope` in menuAccess.ts).
 */
export async function menuIdsOwnedBy({ req, offices }: { req: PayloadRequest; offices: (string | number)[] }): Promise<(string | number)[]> {
  return (await registryRowsOwnedBy({ req, offices })).map((row) => row.id)
}

/**
 * An id as the database stores it, or undefined when it cannot be one: a
 * query with "abc" against PostgreSQL's integer ids fails instead of finding nothing.
 */
export function documentId({ req, value }: { req: PayloadRequest; value: unknown }): string | number | undefined {
  const id = relationId(value)
  if (id === undefined) return undefined
  if (req.payload.db.defaultIDType === 'number') {
    const number = typeof id === 'number' ? id : /^\d{1,15}$/.test(id) ? Number(id) : Number.NaN
    return Number.isSafeInteger(number) ? number : undefined
  }
  return isValidID(String(id), req.payload.db.name === 'mongoose' ? 'ObjectID' : 'text') ? String(id) : undefined
}

/** The owner office of a menu, or undefined when there is no such menu. */
export async function ownerOfMenu({ req, menuId }: { req: PayloadRequest; menuId: unknown }): Promise<string | number | undefined> {
  const id = documentId({ req, value: menuId })
  if (id === undefined) return undefined
  const result = await req.payload.find({
    collection: SLUGS.menuPortal,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const menu = result.docs[0]
  return menu ? relationId(menu.pemilik) : undefined
}


export function isStaff(user: unknown): boolean {
  const segarUser = asUser(user)
  return hasRole(segarUser, 'admin') || hasRole(segarUser, 'reviewer')
}

/** Whether the user may act for the office that owns a menu: an admin, or an editor of that office. */
export function isEditorOfOffice({ user, officeId }: { user: unknown; officeId: string | number | undefined }): boolean {
  const segarUser = asUser(user)
  if (hasRole(segarUser, 'admin')) return true
  if (officeId === undefined || !hasRole(segarUser, 'editor')) return false
  return officeIdsOf(segarUser).some((office) => String(office) === String(officeId))
}

export const canReadMenuRecords: Access = async ({ req }) => {
  const user = asUser(req.user)
  if (!user) return false
  if (isStaff(user)) return true
  if (!hasRole(user, 'editor')) return false
  const menus = await menuIdsOwnedBy({ req, offices: officeIdsOf(user) })
  return menus.length > 0 ? { menu: { in: menus } } : false
}

/** Admins; editors only on the records of their offices' menus. */
export const canEditorOfOwnerUpdate: Access = async ({ req }) => {
  const user = asUser(req.user)
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor')) return false
  const menus = await menuIdsOwnedBy({ req, offices: officeIdsOf(user) })
  return menus.length > 0 ? { menu: { in: menus } } : false
}
