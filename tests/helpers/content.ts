import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { PASSWORD, officeBySingkatan, startTestServer } from './server'
import type { TestServer } from './server'

export type ContentServer = TestServer & {
  uploadDir: string
  /** Creates an editor of the given office (by singkatan) and returns its token. */
  editorOf: (singkatan: string) => Promise<string>
  officeId: (singkatan: string) => Promise<string | number>
}

/** The test server with uploads in a temporary data folder and editors made on demand. */
export async function startContentServer(): Promise<ContentServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-content-'))
  const server = await startTestServer({ extraEnv: { DATA_DIR: dataDir } })
  const tokens = new Map<string, string>()
  const officeId = async (singkatan: string) => (await officeBySingkatan(server.payload, singkatan)).id
  const editorOf = async (singkatan: string) => {
    const known = tokens.get(singkatan)
    if (known) return known
    const email = `editor.${singkatan.toLowerCase()}@uji.segar.example`
    const existing = await server.payload.find({ collection: SLUGS.users, where: { email: { equals: email } }, limit: 1 })
    if (existing.docs.length === 0) {
      await server.payload.create({
        collection: SLUGS.users,
        data: { email, nama: `Editor ${singkatan}`, password: PASSWORD, roles: ['editor'], opd: [(await officeId(singkatan)) as number] },
      })
    }
    const token = await server.login(email)
    tokens.set(singkatan, token)
    return token
  }
  return {
    ...server,
    uploadDir: path.join(dataDir, 'uploads'),
    editorOf,
    officeId,
    close: async () => {
      await server.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

type ErrorBody = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] }

/** A 400 naming the field (by its Indonesian label) with an Indonesian message. */
export async function expectFieldError(response: Response, { path: fieldPath, label, message }: { path: string; label: string; message?: RegExp }) {
  const body = (await response.json()) as ErrorBody
  expect(response.status, JSON.stringify(body)).toBe(400)
  const error = body.errors?.[0]
  expect(error?.message).toContain('tidak valid')
  expect(error?.message).toContain(label)
  const fieldError = error?.data?.errors?.find((item) => item.path === fieldPath)
  expect(fieldError, JSON.stringify(body)).toBeDefined()
  if (message) expect(fieldError?.message).toMatch(message)
}

/** A small but valid PDF; `padTo` pads it to an exact size. */
export function pdfBytes({ padTo }: { padTo?: number } = {}): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1')
  const tail = Buffer.from('xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n', 'latin1')
  const padding = Math.max(0, (padTo ?? 0) - head.length - tail.length)
  return Buffer.concat([head, Buffer.alloc(padding, 0x20), tail])
}

/** A multipart body as the admin panel sends it: the file plus the other fields in `_payload`. */
export function uploadForm({ bytes, name, type, fields = {} }: { bytes: Buffer; name: string; type: string; fields?: Record<string, unknown> }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}
