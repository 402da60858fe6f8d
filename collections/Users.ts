import type { CollectionBeforeOperationHook, CollectionConfig, FieldAccess } from 'payload'
import { APIError } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { canReadUsers, isAdminOrSelf } from '../src/access/isAdminOrSelf'
import { asUser, hasRole } from '../src/access/roles'
import { SLUGS } from '../src/slugs'

const LOGIN_ATTEMPTS = 5
const LOCK_MINUTES = 15

const adminOnlyField: FieldAccess = ({ req }) => hasRole(asUser(req.user), 'admin')

function sameMembers(a: unknown, b: unknown): boolean {
  const normalise = (value: unknown) =>
    (Array.isArray(value) ? value : [])
      .map((item) => String(item && typeof item === 'object' && 'id' in item ? item.id : item))
      .sort()
      .join(',')
  return normalise(a) === normalise(b)
}

/**
 * Roles and offices decide what a person may touch, so only an administrator
 * changes them, and never on their own account: nobody raises their own role.
 * Refused loudly (403) rather than silently dropped, so the caller knows.
 */
const guardPrivilegeChanges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || (!('roles' in data) && !('opd' in data))) return args
  const user = asUser(req.user)
  // The Local API without a user is the seed and the system itself.
  if (!user && args.overrideAccess !== false) return args
  const targetId = (args as { id?: string | number }).id
  const isTargetSelf = operation === 'update' && targetId !== undefined && String(targetId) === String(user?.id)
  if (targetId !== undefined && isTargetSelf) {
    const current = await req.payload.findByID({ collection: SLUGS.users, id: targetId, depth: 0, req })
    const changesRoles = 'roles' in data && !sameMembers(data.roles, current.roles)
    const changesOffices = 'opd' in data && !sameMembers(data.opd, current.opd)
    if (changesRoles || changesOffices) {
      throw new APIError('Anda tidak dapat mengubah peran atau OPD akun Anda sendiri.', 403, undefined, true)
    }
    return args
  }
  if (!hasRole(user, 'admin')) {
    throw new APIError('Hanya administrator yang dapat mengatur peran dan OPD pengguna.', 403, undefined, true)
  }
  // A bulk update has no single target to compare with the admin's own account.
  if (operation === 'update' && targetId === undefined) {
    throw new APIError('Peran dan OPD diatur satu akun setiap kali, bukan lewat ubah massal.', 403, undefined, true)
  }
  return args
}

export const Users: CollectionConfig = {
  slug: SLUGS.users,
  labels: { singular: 'Pengguna', plural: 'Pengguna' },
  auth: {
    maxLoginAttempts: LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'nama',
    defaultColumns: ['nama', 'email', 'roles', 'opd'],
    group: 'Organisasi',
    description: `Akun Diskominfo dan editor OPD. Akun terkunci ${LOCK_MINUTES} menit setelah ${LOGIN_ATTEMPTS} kali salah kata sandi.`,
  },
  access: {
    admin: ({ req }) => (asUser(req.user)?.roles?.length ?? 0) > 0,
    read: canReadUsers,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardPrivilegeChanges],
  },
  fields: [
    { name: 'nama', label: 'Nama lengkap', type: 'text', required: true },
    {
      name: 'roles',
      label: 'Peran',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      options: [
        { label: 'Administrator (Diskominfo)', value: 'admin' },
        { label: 'Peninjau kesegaran (Diskominfo)', value: 'reviewer' },
        { label: 'Editor OPD', value: 'editor' },
      ],
      admin: {
        description:
          'Administrator mengelola semua hal. Peninjau membaca semua dan menilai kesegaran. Editor mengisi menu milik OPD-nya.',
      },
    },
    {
      name: 'opd',
      label: 'OPD',
      type: 'relationship',
      relationTo: SLUGS.opd,
      hasMany: true,
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: 'Kantor tempat editor ini bekerja. Editor hanya bisa mengubah menu milik OPD ini.' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const roles = Array.isArray(siblingData?.roles) ? siblingData.roles : []
        const offices = Array.isArray(value) ? value : []
        if (roles.includes('editor') && offices.length === 0) return 'Editor harus terhubung ke minimal satu OPD.'
        return true
      },
    },
  ],
}
