import type { CollectionBeforeChangeHook, CollectionConfig, Endpoint, FieldAccess, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { canEditorOfOwnerUpdate, canReadMenuRecords, documentId, isStaff } from '../src/access/menuRecords'
import { asUser, hasRole } from '../src/access/roles'
import { normalisePhone } from '../src/domain/phone'
import { PESAN_MAX } from '../src/freshness/citizenReports'
import { refuseTooManyReports, reportClientKey } from '../src/security/reportLimit'
import { contextNow } from '../src/request/now'
import { isEmail } from '../src/fields/validators'
import { SLUGS } from '../src/slugs'

const adminOnly: FieldAccess = ({ req }) => hasRole(asUser(req.user), 'admin')
const loggedInOnly: FieldAccess = ({ req }) => Boolean(req.user)
const nobody: FieldAccess = () => false

/** Whether this write comes from a person over HTTP, rather than the seed or a script through the Local API. */
const isFromClient = (req: PayloadRequest) => Boolean(req.user) || req.payloadAPI !== 'local'

const receiveAndHandle: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const user = asUser(req.user)
  const now = contextNow({ req })
  if (operation === 'create') {
    if (!isFromClient(req)) return data
    data.status = hasRole(user, 'admin') ? (data.status ?? 'baru') : 'baru'
    data.klien = reportClientKey({ req })
    if (!isStaff(user)) await refuseTooManyReports({ req, klien: data.klien, now })
    return data
  }
  const wasHandled = originalDoc?.status === 'ditangani'
  if (data.status === 'ditangani' && !wasHandled) {
    data.ditanganiOleh = user?.id ?? null
    data.ditanganiPada = now.toISOString()
  } else if (data.status === 'baru' && wasHandled) {
    data.ditanganiOleh = null
    data.ditanganiPada = null
  }
  return data
}

/** Two reports from one address at the same instant must not both pass the count: they take turns. */
const intake = new Map<string, Promise<unknown>>()

async function oneAtATime<T>({ key, run }: { key: string; run: () => Promise<T> }): Promise<T> {
  const previous = intake.get(key) ?? Promise.resolve()
  const current = previous.catch(() => undefined).then(run)
  intake.set(key, current)
  try {
    return await current
  } finally {
    if (intake.get(key) === current) intake.delete(key)
  }
}

/**
 * POST /api/laporan-warga, in place of Payload's create, to answer a citizen
 * with a thank-you rather than the stored document (which would echo their
 * contact back). Access, hooks and validation are Payload's own.
 */
const reportEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const doc = await oneAtATime({
      key: reportClientKey({ req }),
      run: () =>
        req.payload.create({ collection: SLUGS.laporanWarga, data: (req.data ?? {}) as never, depth: 0, overrideAccess: false, req }),
    })
    const body: Record<string, unknown> = {
      id: doc.id,
      pesan: 'Terima kasih. Laporan Anda sudah kami terima dan diteruskan ke OPD pengelola menu ini.',
    }
    // The admin panel expects Payload's usual answer to open the new document.
    if (req.user) Object.assign(body, { doc, message: 'Laporan warga tersimpan.' })
    return Response.json(body, { status: 201 })
  },
}

/**
 * A citizen's report that a menu is out of date or wrong. Sent without an
 * account; read by the owner office and Diskominfo; counted as a problem of
 * the menu until an editor of the owner office marks it handled.
 */
export const LaporanWarga: CollectionConfig = {
  slug: SLUGS.laporanWarga,
  labels: { singular: 'Laporan warga', plural: 'Laporan warga' },
  admin: {
    useAsTitle: 'pesan',
    defaultColumns: ['menu', 'pesan', 'status', 'createdAt'],
    group: 'Kesegaran',
    description:
      'Laporan dari warga bahwa isi menu sudah usang atau keliru. Tampil untuk OPD pemilik menu dan Diskominfo; tetap tercatat sebagai masalah menu sampai editor OPD pemilik menandainya ditangani.',
  },
  defaultSort: '-createdAt',
  access: {
    read: canReadMenuRecords,
    // Anyone may report; the fields a citizen can fill are limited field by field below.
    create: () => true,
    update: canEditorOfOwnerUpdate,
    delete: isAdmin,
  },
  endpoints: [reportEndpoint],
  hooks: {
    beforeChange: [receiveAndHandle],
  },
  fields: [
    {
      name: 'menu',
      label: 'Menu',
      type: 'relationship',
      relationTo: SLUGS.menuPortal,
      required: true,
      index: true,
      access: { update: adminOnly },
      validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
        if (value === null || value === undefined || value === '') return 'Menu wajib dipilih.'
        const id = documentId({ req, value })
        if (id === undefined) return 'Menu tidak ditemukan.'
        const found = await req.payload.count({ collection: SLUGS.menuPortal, where: { id: { equals: id } }, overrideAccess: true, req })
        return found.totalDocs > 0 ? true : 'Menu tidak ditemukan.'
      },
    },
    {
      name: 'pesan',
      label: 'Pesan',
      type: 'textarea',
      required: true,
      maxLength: PESAN_MAX,
      access: { update: adminOnly },
      validate: (value: unknown) => {
        if (typeof value !== 'string' || value.trim() === '') return 'Pesan wajib diisi.'
        return value.length <= PESAN_MAX ? true : `Pesan paling banyak ${PESAN_MAX.toLocaleString('id-ID')} karakter.`
      },
    },
    {
      name: 'kontak',
      label: 'Kontak pelapor',
      type: 'text',
      access: { read: loggedInOnly, update: adminOnly },
      admin: { description: 'Email atau nomor telepon, bila pelapor bersedia dihubungi. Tidak pernah tampil ke publik.' },
      validate: (value: unknown) => {
        if (value === null || value === undefined || value === '') return true
        if (typeof value !== 'string' || value.length > 200) return 'Kontak harus berupa email atau nomor telepon.'
        const text = value.trim()
        if (isEmail(text) || normalisePhone({ input: text }).isValid) return true
        return 'Kontak harus berupa alamat email atau nomor telepon Indonesia.'
      },
    },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'baru',
      index: true,
      access: { create: adminOnly },
      options: [
        { label: 'Baru', value: 'baru' },
        { label: 'Sudah ditangani', value: 'ditangani' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'catatanPenanganan',
      label: 'Catatan penanganan',
      type: 'textarea',
      maxLength: 1000,
      access: { create: adminOnly },
      admin: { description: 'Apa yang dilakukan OPD atas laporan ini (tidak tampil ke publik).' },
    },
    {
      name: 'ditanganiOleh',
      label: 'Ditangani oleh',
      type: 'relationship',
      relationTo: SLUGS.users,
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'ditanganiPada',
      label: 'Ditangani pada',
      type: 'date',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'klien',
      label: 'Sidik klien',
      type: 'text',
      index: true,
      access: { read: adminOnly, create: nobody, update: nobody },
      admin: { hidden: true, description: 'Hash berkunci alamat pengirim, hanya untuk membatasi laporan beruntun.' },
    },
  ],
}
