import { describe, expect, it } from 'vitest'

import { checkUpload, extensionOf, sniffFileKind } from '../../src/domain/fileKind'

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'))
const PDF = bytes('%PDF-1.4\n1 0 obj\n<<>>\nendobj\nxref\n%%EOF\n')
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])
const ODT = bytes('PK\u0003\u0004' + '\u0000'.repeat(26) + 'mimetypeapplication/vnd.oasis.opendocument.text')
const DOCX = bytes('PK\u0003\u0004' + '\u0000'.repeat(26) + '[Content_Types].xml...PK\u0003\u0004word/document.xml')

describe('sniffFileKind', () => {
  it('should recognise documents, images and programs by their first bytes', () => {
    expect(sniffFileKind(PDF)).toBe('pdf')
    expect(sniffFileKind(EXE)).toBe('executable')
    expect(sniffFileKind(ODT)).toBe('odt')
    expect(sniffFileKind(DOCX)).toBe('docx')
    expect(sniffFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png')
    expect(sniffFileKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg')
    expect(sniffFileKind(bytes('PK\u0003\u0004 plain archive'))).toBe('zip')
    expect(sniffFileKind(bytes('hello'))).toBeUndefined()
  })

  it('should read the extension case-insensitively', () => {
    expect(extensionOf('Formulir N1.PDF')).toBe('pdf')
    expect(extensionOf('tanpa-ekstensi')).toBe('')
  })
})

describe('checkUpload', () => {
  const base = { allowed: ['pdf', 'docx', 'odt'] as const, maxBytes: 1000 }

  it('should accept a PDF named .pdf within the limit', () => {
    expect(checkUpload({ ...base, allowed: [...base.allowed], filename: 'a.pdf', size: 10, head: PDF })).toEqual({ isAllowed: true, kind: 'pdf' })
  })

  it('should refuse a program, even one renamed to .pdf', () => {
    expect(checkUpload({ ...base, allowed: [...base.allowed], filename: 'setup.exe', size: 6, head: EXE })).toEqual({ isAllowed: false, reason: 'jenis' })
    expect(checkUpload({ ...base, allowed: [...base.allowed], filename: 'setup.pdf', size: 6, head: EXE })).toEqual({ isAllowed: false, reason: 'jenis' })
  })

  it('should refuse a PDF whose name claims another type', () => {
    expect(checkUpload({ ...base, allowed: [...base.allowed], filename: 'a.docx', size: 10, head: PDF })).toEqual({ isAllowed: false, reason: 'jenis' })
  })

  it('should refuse a file over the limit or cut short by the parser', () => {
    expect(checkUpload({ ...base, allowed: [...base.allowed], filename: 'a.pdf', size: 1001, head: PDF })).toEqual({ isAllowed: false, reason: 'ukuran' })
    expect(checkUpload({ ...base, allowed: [...base.allowed], filename: 'a.pdf', size: 1000, isTruncated: true, head: PDF })).toEqual({ isAllowed: false, reason: 'ukuran' })
  })
})
