import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { checkUpload, KIND_EXTENSIONS } from '../../src/domain/fileKind'
import type { FileKind } from '../../src/domain/fileKind'

export type UploadRule = {
  allowed: FileKind[]
  maxBytes: number
}

export const MEGABYTE = 1024 * 1024

const formatMegabytes = (bytes: number) => `${Math.round(bytes / MEGABYTE)} MB`

export function describeAllowed(allowed: FileKind[]): string {
  const names = allowed.flatMap((kind) => KIND_EXTENSIONS[kind]).map((ext) => ext.toUpperCase())
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} atau ${names.at(-1)}`
}

/**
 * Refuses a file by what its bytes are, not what its name claims, and by the
 * collection's own size limit, with a 400 and an Indonesian message before
 * Payload writes anything to disk.
 */
export function guardUpload({ allowed, maxBytes }: UploadRule): CollectionBeforeOperationHook {
  return ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const data = file.data ?? Buffer.alloc(0)
    const result = checkUpload({
      filename: file.name,
      size: file.size ?? data.length,
      isTruncated: Boolean((file as { truncated?: boolean }).truncated),
      head: data,
      allowed,
      maxBytes,
    })
    if (result.isAllowed) return args
    const message =
      result.reason === 'ukuran'
        ? `Berkas terlalu besar: paling besar ${formatMegabytes(maxBytes)}.`
        : result.reason === 'kosong'
          ? 'Berkas kosong.'
          : `Jenis berkas tidak diizinkan: hanya ${describeAllowed(allowed)}. Isi berkas "${file.name}" tidak sesuai.`
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'file', label: 'Berkas', message }], req },
      req.t,
    )
  }
}
