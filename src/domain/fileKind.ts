/**
 * What a file really is, from its first bytes rather than from its name or
 * the browser's claim: an ".pdf" that is really a Windows program must not
 * reach citizens through the forms menu.
 */

export type FileKind = 'pdf' | 'docx' | 'odt' | 'png' | 'jpeg' | 'webp' | 'gif' | 'executable' | 'zip'

const startsWith = (buffer: Uint8Array, bytes: number[], offset = 0) =>
  buffer.length >= offset + bytes.length && bytes.every((byte, index) => buffer[offset + index] === byte)

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0))

function contains(buffer: Uint8Array, text: string): boolean {
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).indexOf(text, 0, 'latin1') >= 0
}

export function sniffFileKind(buffer: Uint8Array): FileKind | undefined {
  if (startsWith(buffer, ascii('%PDF-'))) return 'pdf'
  if (startsWith(buffer, [0x4d, 0x5a])) return 'executable'
  if (startsWith(buffer, [0x7f, 0x45, 0x4c, 0x46])) return 'executable'
  if (startsWith(buffer, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(buffer, ascii('RIFF')) && startsWith(buffer, ascii('WEBP'), 8)) return 'webp'
  if (startsWith(buffer, ascii('GIF87a')) || startsWith(buffer, ascii('GIF89a'))) return 'gif'
  if (startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument stores an uncompressed "mimetype" entry first (ODF 1.2, section 3.3).
    if (startsWith(buffer, ascii('mimetypeapplication/vnd.oasis.opendocument.text'), 30)) return 'odt'
    if (contains(buffer, 'word/document.xml')) return 'docx'
    return 'zip'
  }
  return undefined
}

/** The file name's extension, lower case, without the dot. */
export function extensionOf(filename: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(filename.trim())
  return match ? match[1]!.toLowerCase() : ''
}

export const KIND_EXTENSIONS: Record<FileKind, string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  odt: ['odt'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  webp: ['webp'],
  gif: ['gif'],
  executable: [],
  zip: [],
}

export const KIND_MIME_TYPES: Record<FileKind, string[]> = {
  pdf: ['application/pdf'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  odt: ['application/vnd.oasis.opendocument.text'],
  png: ['image/png'],
  jpeg: ['image/jpeg'],
  webp: ['image/webp'],
  gif: ['image/gif'],
  executable: [],
  zip: [],
}

export type FileCheck = { isAllowed: true; kind: FileKind } | { isAllowed: false; reason: 'jenis' | 'ukuran' | 'kosong' }

/** Whether an upload is one of the allowed kinds, its name agrees with its content, and it fits. */
export function checkUpload({
  filename,
  size,
  isTruncated = false,
  head,
  allowed,
  maxBytes,
}: {
  filename: string
  size: number
  isTruncated?: boolean
  head: Uint8Array
  allowed: FileKind[]
  maxBytes: number
}): FileCheck {
  if (isTruncated || size > maxBytes) return { isAllowed: false, reason: 'ukuran' }
  if (size === 0) return { isAllowed: false, reason: 'kosong' }
  const kind = sniffFileKind(head)
  if (!kind || !allowed.includes(kind)) return { isAllowed: false, reason: 'jenis' }
  if (!KIND_EXTENSIONS[kind].includes(extensionOf(filename))) return { isAllowed: false, reason: 'jenis' }
  return { isAllowed: true, kind }
}
