import type { FieldHook } from 'payload'

import { slugify } from '../../src/domain/text'
import { defineMenu } from '../../src/menus/declare'
import { SLUGS } from '../../src/slugs'

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/**
 * An empty slug is made from the title; a made slug that another article
 * already uses gets a number (-2, -3, ...). A slug an editor typed is kept
 * as typed, and the unique index refuses a clash.
 */
const fillSlug: FieldHook = async ({ value, siblingData, originalDoc, req }) => {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (typeof originalDoc?.slug === 'string' && originalDoc.slug !== '') return originalDoc.slug
  const judul = typeof siblingData?.judul === 'string' ? siblingData.judul : ''
  const base = slugify({ text: judul })
  if (!base) return value
  for (let attempt = 1; attempt < 50; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const taken = await req.payload.count({
      collection: SLUGS.berita,
      where: originalDoc?.id ? { and: [{ slug: { equals: candidate } }, { id: { not_equals: originalDoc.id } }] } : { slug: { equals: candidate } },
      overrideAccess: true,
      req,
    })
    if (taken.totalDocs === 0) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/** Berita / kegiatan: news of the mayor's and the offices' activities, the bulk of the portal. */
export const Berita = defineMenu({
  slug: SLUGS.berita,
  registry: [{ kode: 'berita', judul: 'Berita', deskripsi: 'Berita kegiatan Wali Kota dan perangkat daerah.', pemilik: 'DISKOMINFO', kadensi: 'WEEKLY' }],
  clock: { kind: 'published', field: 'tanggalTerbit' },
  links: { richTextFields: ['isi'], titleField: 'judul' },
  ownerField: 'opd',
  labels: { singular: 'Berita', plural: 'Berita' },
  admin: {
    useAsTitle: 'judul',
    defaultColumns: ['judul', 'tanggalTerbit', 'opd', '_status'],
    group: 'Menu portal',
    description: 'Berita kegiatan Wali Kota dan perangkat daerah.',
    listSearchableFields: ['judul', 'slug'],
  },
  defaultSort: '-tanggalTerbit',
  fields: [
    { name: 'judul', label: 'Judul', type: 'text', required: true },
    {
      name: 'slug',
      label: 'Slug (alamat)',
      type: 'text',
      unique: true,
      index: true,
      hooks: { beforeValidate: [fillSlug] },
      validate: (value: unknown) =>
        value === null || value === undefined || (typeof value === 'string' && SLUG_PATTERN.test(value))
          ? true
          : 'Slug hanya huruf kecil, angka dan tanda hubung, mis. wali-kota-tinjau-pasar.',
      admin: { position: 'sidebar', description: 'Kosongkan agar dibuat otomatis dari judul.' },
    },
    {
      name: 'ringkasan',
      label: 'Ringkasan',
      type: 'textarea',
      required: true,
      maxLength: 400,
      admin: { description: 'Satu atau dua kalimat untuk daftar berita dan pratinjau tautan (paling banyak 400 huruf).' },
    },
    { name: 'isi', label: 'Isi berita', type: 'richText', required: true },
    {
      name: 'gambar',
      label: 'Gambar utama',
      type: 'upload',
      relationTo: SLUGS.media,
      admin: { description: 'Opsional: JPG, PNG atau WebP, paling besar 5 MB.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'tanggalTerbit',
          label: 'Tanggal terbit',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: { width: '50%', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH.mm' } },
        },
        {
          name: 'opd',
          label: 'OPD',
          type: 'relationship',
          relationTo: SLUGS.opd,
          required: true,
          index: true,
          admin: { width: '50%', description: 'Kantor yang menerbitkan. Editor hanya dapat mengisi berita kantornya sendiri.' },
        },
      ],
    },
  ],
})
