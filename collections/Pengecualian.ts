import type { CollectionBeforeChangeHook, CollectionConfig, Endpoint } from 'payload'
import { APIError, ValidationError } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isReviewerOrAdmin } from '../src/access/isReviewerOrAdmin'
import { canReadMenuRecords, documentId, isStaff } from '../src/access/menuRecords'
import { relationId } from '../src/domain/relation'
import { asUser } from '../src/access/roles'
import { contextNow } from '../src/request/now'
import { SLUGS } from '../src/slugs'

/** What a grant says; fixed once granted, so the record shows exactly what was allowed and by whom. */
const GRANT_FIELDS = ['menu', 'alasan', 'mulai', 'selesai'] as const

const timeOf = (value: unknown): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? undefined : time
}

function isSameValue(field: (typeof GRANT_FIELDS)[number], a: unknown, b: unknown): boolean {
  if (field === 'menu') return String(relationId(a)) === String(relationId(b))
  if (field === 'mulai' || field === 'selesai') return timeOf(a) === timeOf(b)
  return (a ?? '') === (b ?? '')
}

const recordGrantAndEnd: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const user = asUser(req.user)
  const now = contextNow({ req })
  const isEnding = data.akhiri === true
  delete data.akhiri
  if (operation === 'create') {
    // The Local API without a user is the seed or a script, which may name the grantor itself.
    if (user || req.payloadAPI !== 'local') data.diberikanOleh = user?.id ?? null
    data.mulai = data.mulai ?? now.toISOString()
    data.diakhiriPada = null
    data.diakhiriOleh = null
    if (isEnding) throw new APIError('Pengecualian baru tidak dapat langsung diakhiri.', 400, undefined, true)
    return data
  }
  const original = (originalDoc ?? {}) as Record<string, unknown>
  const changed = GRANT_FIELDS.filter((field) => field in data && !isSameValue(field, data[field], original[field]))
  if (changed.length > 0) {
    throw new ValidationError({
      collection: SLUGS.pengecualian,
      errors: changed.map((path) => ({
        path,
        message: 'Pengecualian yang sudah diberikan tidak dapat diubah. Akhiri lalu berikan pengecualian baru.',
      })),
      req,
    })
  }
  data.diberikanOleh = original.diberikanOleh ?? null
  data.diakhiriPada = original.diakhiriPada ?? null
  data.diakhiriOleh = original.diakhiriOleh ?? null
  if (isEnding) {
    const end = Math.min(timeOf(original.selesai) ?? Infinity, timeOf(original.diakhiriPada) ?? Infinity)
    if (now.getTime() >= end) throw new APIError('Pengecualian ini sudah berakhir.', 409, undefined, true)
    data.diakhiriPada = now.toISOString()
    data.diakhiriOleh = user?.id ?? null
  }
  return data
}

/** POST /api/pengecualian/:id/akhiri: ends an exception now, recording who ended it. */
const akhiriEndpoint: Endpoint = {
  path: '/:id/akhiri',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Masuk terlebih dahulu.', 401, undefined, true)
    if (!isStaff(req.user)) throw new APIError('Hanya peninjau atau administrator yang dapat mengakhiri pengecualian.', 403, undefined, true)
    const id = documentId({ req, value: req.routeParams?.id })
    const found =
      id === undefined
        ? undefined
        : (await req.payload.find({ collection: SLUGS.pengecualian, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
    if (!found) throw new APIError('Pengecualian tidak ditemukan.', 404, undefined, true)
    const doc = await req.payload.update({
      collection: SLUGS.pengecualian,
      id: found.id,
      data: { akhiri: true },
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json({ doc, pesan: 'Pengecualian diakhiri.' }, { status: 200 })
  },
}

/**
 * An exception: for a stated reason and until a stated end, a menu is not
 * chased for lateness. It ends by itself; ending it earlier is recorded, and
 * nothing is ever deleted, so the history shows every grant and every end.
 */
export const Pengecualian: CollectionConfig = {
  slug: SLUGS.pengecualian,
  labels: { singular: 'Pengecualian', plural: 'Pengecualian' },
  admin: {
    useAsTitle: 'alasan',
    defaultColumns: ['menu', 'alasan', 'mulai', 'selesai', 'diberikanOleh', 'diakhiriPada'],
    group: 'Kesegaran',
    description:
      'Menu yang untuk sementara tidak ditagih pembaruannya, dengan alasan dan tanggal berakhir. Hanya peninjau dan administrator Diskominfo yang memberikan atau mengakhirinya; riwayatnya tidak dihapus.',
  },
  defaultSort: '-mulai',
  access: {
    read: canReadMenuRecords,
    create: isReviewerOrAdmin,
    update: isReviewerOrAdmin,
    delete: isAdmin,
  },
  endpoints: [akhiriEndpoint],
  hooks: {
    beforeChange: [recordGrantAndEnd],
  },
  fields: [
    {
      name: 'menu',
      label: 'Menu',
      type: 'relationship',
      relationTo: SLUGS.menuPortal,
      required: true,
      index: true,
    },
    {
      name: 'alasan',
      label: 'Alasan',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      admin: { description: 'Mis. "Survei harga ditunda selama renovasi Pasar 16 Ilir."' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'mulai',
          label: 'Mulai',
          type: 'date',
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' }, description: 'Kosongkan untuk mulai sekarang.' },
        },
        {
          name: 'selesai',
          label: 'Berakhir',
          type: 'date',
          required: true,
          index: true,
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime' }, description: 'Setelah saat ini menu kembali dipantau seperti biasa.' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const selesai = timeOf(value)
            if (selesai === undefined) return 'Tanggal berakhir wajib diisi.'
            const mulai = timeOf(siblingData?.mulai) ?? Date.now()
            return selesai > mulai ? true : 'Tanggal berakhir harus setelah tanggal mulai.'
          },
        },
      ],
    },
    {
      name: 'akhiri',
      label: 'Akhiri sekarang',
      type: 'checkbox',
      virtual: true,
      admin: {
        condition: (data) => Boolean(data?.id) && !data?.diakhiriPada,
        description: 'Centang lalu simpan untuk mengakhiri pengecualian ini lebih awal.',
      },
    },
    {
      name: 'diberikanOleh',
      label: 'Diberikan oleh',
      type: 'relationship',
      relationTo: SLUGS.users,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'diakhiriPada',
      label: 'Diakhiri lebih awal pada',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'diakhiriOleh',
      label: 'Diakhiri oleh',
      type: 'relationship',
      relationTo: SLUGS.users,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
