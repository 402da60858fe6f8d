import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { KIND_MIME_TYPES } from '../../src/domain/fileKind'
import type { FileKind } from '../../src/domain/fileKind'
import { SLUGS } from '../../src/slugs'
import { canChangeUpload, canReadUpload, canUpload, stampUploader, uploaderField } from './access'
import { describeAllowed, guardUpload, MEGABYTE } from './guard'
import type { UploadRule } from './guard'

export const UPLOAD_RULES = {
  [SLUGS.media]: { allowed: ['jpeg', 'png', 'webp'], maxBytes: 5 * MEGABYTE },
  [SLUGS.berkasFormulir]: { allowed: ['pdf', 'docx', 'odt'], maxBytes: 10 * MEGABYTE },
  [SLUGS.berkasDokumen]: { allowed: ['pdf'], maxBytes: 20 * MEGABYTE },
} satisfies Record<string, UploadRule>

export const UPLOAD_SLUGS = Object.keys(UPLOAD_RULES) as (keyof typeof UPLOAD_RULES)[]

/** The parser's ceiling: the largest per-collection limit; each collection then enforces its own. */
export const LARGEST_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((rule) => rule.maxBytes))

const mimeTypesOf = (allowed: FileKind[]) => allowed.flatMap((kind) => KIND_MIME_TYPES[kind])

type UploadCollectionOptions = {
  slug: (typeof SLUGS)['media' | 'berkasFormulir' | 'berkasDokumen']
  singular: string
  plural: string
  description: string
  /** The folder uploaded files are stored in (under the data folder, outside git). */
  dir: string
  extraFields: CollectionConfig['fields']
}

function uploadCollection({ slug, singular, plural, description, dir, extraFields }: UploadCollectionOptions): CollectionConfig {
  const rule = UPLOAD_RULES[slug] as UploadRule
  return {
    slug,
    labels: { singular, plural },
    admin: {
      group: 'Berkas',
      description: `${description} Hanya ${describeAllowed(rule.allowed)}, paling besar ${rule.maxBytes / MEGABYTE} MB.`,
      defaultColumns: ['filename', 'filesize', 'updatedAt'],
    },
    access: {
      read: canReadUpload({ slug }),
      create: canUpload,
      update: canChangeUpload({ slug }),
      delete: canChangeUpload({ slug }),
    },
    // The API stops reading a body past this (plus the form around it): see src/http/bodyPolicy.ts.
    custom: { maxUploadBytes: rule.maxBytes },
    upload: {
      staticDir: path.join(dir, slug),
      mimeTypes: mimeTypesOf(rule.allowed),
    },
    hooks: {
      beforeOperation: [guardUpload(rule)],
      beforeChange: [stampUploader],
    },
    fields: [...extraFields, uploaderField],
  }
}

/** The upload collections, storing files under `dir` (the data folder's uploads). */
export function uploadCollections({ dir }: { dir: string }): CollectionConfig[] {
  return [
    uploadCollection({
      slug: SLUGS.media,
      singular: 'Gambar',
      plural: 'Gambar',
      description: 'Foto dan gambar untuk berita.',
      dir,
      extraFields: [
        {
          name: 'alt',
          label: 'Teks alternatif',
          type: 'text',
          required: true,
          admin: { description: 'Uraian singkat isi gambar untuk pembaca layar, mis. "Wali Kota meninjau Pasar 16 Ilir".' },
        },
      ],
    }),
    uploadCollection({
      slug: SLUGS.berkasFormulir,
      singular: 'Berkas formulir',
      plural: 'Berkas formulir',
      description: 'Berkas formulir layanan yang dapat diunduh warga.',
      dir,
      extraFields: [{ name: 'keterangan', label: 'Keterangan', type: 'text' }],
    }),
    uploadCollection({
      slug: SLUGS.berkasDokumen,
      singular: 'Berkas dokumen',
      plural: 'Berkas dokumen',
      description: 'Peraturan, laporan dan dokumen perencanaan dalam PDF.',
      dir,
      extraFields: [{ name: 'keterangan', label: 'Keterangan', type: 'text' }],
    }),
  ]
}
