import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, CollectionConfig, Endpoint, FieldAccess, PayloadRequest } from 'payload'
import { addDataAndFileToRequest, APIError, AuthenticationError, ValidationError } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { canReadUsers, isAdminOrSelf } from '../src/access/isAdminOrSelf'
import { asUser, hasRole } from '../src/access/roles'
import { CLIENT_ADDRESS_HEADER } from '../src/freshness/citizenReports'
import { contextNow } from '../src/request/now'
import { verifyStoredPassword } from '../src/security/currentPassword'
import { admitLogin, burnPasswordCheck, clearAccountThrottle, loginKeys, normaliseEmail, recordLoginSuccess, tooManyLoginsMessage } from '../src/security/loginThrottle'
import type { LoginKeys } from '../src/security/loginThrottle'
import { passwordProblem } from '../src/security/passwordPolicy'
import { SLUGS } from '../src/slugs'
import { relationId } from '../src/domain/relation'

/** The field a person fills with their current password to change their own. Checked, never stored. */
export const CURRENT_PASSWORD_FIELD = 'kataSandiSaatIni'
const CURRENT_PASSWORD_MAX_LENGTH = 256

const adminOnlyField: FieldAccess = ({ req }) => hasRole(asUser(req.user), 'admin')

function sameMembers(a: unknown, b: unknown): boolean {
  const normalise = (value: unknown) =>
    (Array.isArray(value) ? value : [])
      .map((item) => String(relationId(item)))
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

type ThrottleState = { keys: LoginKeys; clientAttemptId: string | number; now: Date }

/**
 * Every login over HTTP or GraphQL is counted before its password is looked
 * at (src/security/loginThrottle.ts); an email without an account costs the
 * same password hashing as a wrong password and gets the same answer.
 * Server code (the Local API without a client address) is not throttled.
 */
const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const address = req.headers?.get(CLIENT_ADDRESS_HEADER)
  if (req.payloadAPI === 'local' && !address) return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = normaliseEmail(data.email)
  const now = contextNow({ req })
  const admission = await admitLogin({ payload: req.payload, keys: loginKeys({ secret: req.payload.config.secret, email, address }), now })
  if (!admission.isAllowed) {
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(admission.retryAfterSeconds))
    req.responseHeaders = headers
    throw new APIError(tooManyLoginsMessage(admission), 429, undefined, true)
  }
  req.context.loginThrottle = { keys: admission.keys, clientAttemptId: admission.clientAttemptId, now } satisfies ThrottleState
  const user = email ? await req.payload.db.findOne({ collection: SLUGS.users, where: { email: { equals: email } }, req }) : null
  if (!user) {
    await burnPasswordCheck({ password: typeof data.password === 'string' ? data.password : '' })
    throw new AuthenticationError(req.t)
  }
  return args
}

const forgetFailedLogins: CollectionAfterLoginHook = async ({ req }) => {
  const state = req.context.loginThrottle as ThrottleState | undefined
  if (!state) return
  // Inside the login's own transaction: a write beside it would wait for its lock.
  await recordLoginSuccess({ payload: req.payload, keys: state.keys, clientAttemptId: state.clientAttemptId, now: state.now, req })
}

async function refusePassword({ req, message, path = 'password' }: { req: PayloadRequest; message: string; path?: string }): Promise<never> {
  throw new ValidationError({ collection: SLUGS.users, errors: [{ message, path }] }, req.t)
}

/**
 * Every way a password is set (create, first user, update, reset link) goes
 * through the policy. Changing one's own needs the current one; an
 * administrator may set another person's, which is logged.
 */
const guardPasswordChanges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data) return args
  const current = data[CURRENT_PASSWORD_FIELD]
  // Taken out here, before the input guard sees the data, so its contract is checked here too.
  if (current !== undefined && current !== null && (typeof current !== 'string' || current.length > CURRENT_PASSWORD_MAX_LENGTH)) {
    await refusePassword({ req, path: CURRENT_PASSWORD_FIELD, message: `Kata sandi saat ini harus berupa teks, paling banyak ${CURRENT_PASSWORD_MAX_LENGTH} karakter.` })
  }
  delete data[CURRENT_PASSWORD_FIELD]
  if (data.password === undefined || data.password === null || data.password === '') return args
  const targetId = (args as { id?: string | number }).id
  const user = asUser(req.user)
  if (operation === 'update' && targetId === undefined) {
    await refusePassword({ req, message: 'Kata sandi hanya dapat diubah untuk satu akun sekaligus, melalui akun itu sendiri.' })
  }
  let personal: unknown[] = [data.email, data.nama]
  let target: Record<string, unknown> | null = null
  if (operation === 'update' && targetId !== undefined) {
    target = (await req.payload.db.findOne({ collection: SLUGS.users, where: { id: { equals: targetId } }, req })) as Record<string, unknown> | null
    personal = [...personal, target?.email, target?.nama]
  }
  const problem = passwordProblem({ password: data.password, personal: personal.filter((item): item is string => typeof item === 'string') })
  if (problem) await refusePassword({ req, message: problem })
  if (operation !== 'update' || !target || !user) return args
  if (String(target.id) === String(user.id)) {
    if (typeof current !== 'string' || current === '') {
      await refusePassword({ req, path: CURRENT_PASSWORD_FIELD, message: 'Masukkan kata sandi Anda saat ini untuk menggantinya dengan yang baru.' })
    }
    const isCurrent = await verifyStoredPassword({ password: String(current), hash: target.hash, salt: target.salt })
    if (!isCurrent) await refusePassword({ req, path: CURRENT_PASSWORD_FIELD, message: 'Kata sandi saat ini salah.' })
    return args
  }
  req.payload.logger.warn(
    { oleh: user.id, akun: target.id, email: target.email },
    `Administrator ${String(user.id)} mengganti kata sandi pengguna ${String(target.email)}.`,
  )
  return args
}

/**
 * POST /api/users/unlock, in place of Payload's (whose lock Segar does not
 * use): an administrator clears an account's failed-login counts.
 */
const unlockEndpoint: Endpoint = {
  path: '/unlock',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(asUser(req.user), 'admin')) throw new APIError('Hanya administrator yang dapat membuka akun.', 403, undefined, true)
    await addDataAndFileToRequest(req)
    const email = normaliseEmail((req.data as { email?: unknown } | undefined)?.email)
    if (!email) throw new ValidationError({ collection: SLUGS.users, errors: [{ message: 'Email wajib diisi.', path: 'email' }] }, req.t)
    const cleared = await clearAccountThrottle({ payload: req.payload, secret: req.payload.config.secret, email })
    req.payload.logger.warn({ oleh: asUser(req.user)?.id, email, cleared }, `Percobaan masuk ${email} dihapus oleh administrator.`)
    return Response.json({ message: `Percobaan masuk yang gagal untuk ${email} sudah dihapus.`, dihapus: cleared })
  },
}

export const Users: CollectionConfig = {
  slug: SLUGS.users,
  labels: { singular: 'Pengguna', plural: 'Pengguna' },
  auth: {
    // Payload's own lock would let anyone keep an account locked and tell which accounts exist; src/security/loginThrottle.ts replaces it.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'nama',
    defaultColumns: ['nama', 'email', 'roles', 'opd'],
    group: 'Organisasi',
    description:
      'Akun Diskominfo dan editor OPD. Kata sandi minimal 12 karakter dan tidak mudah ditebak. Setelah beberapa kali salah kata sandi, percobaan berikutnya harus menunggu (1 sampai 15 menit).',
  },
  access: {
    admin: ({ req }) => (asUser(req.user)?.roles?.length ?? 0) > 0,
    read: canReadUsers,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [unlockEndpoint],
  hooks: {
    beforeOperation: [guardPrivilegeChanges, throttleLogin, guardPasswordChanges],
    afterLogin: [forgetFailedLogins],
  },
  fields: [
    { name: 'nama', label: 'Nama lengkap', type: 'text', required: true },
    {
      name: CURRENT_PASSWORD_FIELD,
      label: 'Kata sandi saat ini',
      type: 'text',
      virtual: true,
      maxLength: CURRENT_PASSWORD_MAX_LENGTH,
      access: { read: () => false },
      admin: {
        description: 'Wajib diisi hanya bila Anda mengganti kata sandi akun Anda sendiri.',
        condition: (data, _siblingData, { user }) => Boolean(data?.id) && String(data?.id) === String(user?.id),
      },
    },
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
