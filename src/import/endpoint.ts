import { APIError } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { editorScope } from '../access/menuAccess'
import { IMPORT_BODY } from '../http/bodyPolicy'
import { runImport } from './core'
import type { ImportInput, Importable } from './core'

/** A larger file goes through `npm run import`; the request's size is bounded by BODY_LIMIT_IMPORT (src/http/bodyPolicy.ts). */
export const MAX_IMPORT_ROWS = 20_000

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain'])

async function readInput(req: PayloadRequest): Promise<ImportInput | Response> {
  const contentType = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const text = (await req.text?.()) ?? ''
  if (contentType === 'application/json') {
    try {
      return { kind: 'json', rows: JSON.parse(text) as unknown }
    } catch {
      return Response.json({ errors: [{ baris: 0, kolom: '', pesan: 'Isi permintaan bukan JSON yang sah.' }] }, { status: 400 })
    }
  }
  if (CSV_TYPES.has(contentType)) return { kind: 'csv', text }
  return Response.json(
    { errors: [{ baris: 0, kolom: '', pesan: 'Kirim CSV (Content-Type: text/csv) atau larik JSON (Content-Type: application/json).' }] },
    { status: 415 },
  )
}

/**
 * `POST /api/<menu>/import`: CSV with a header row of field names, or a JSON
 * array of rows. Only an editor of the office that owns the menu, or an
 * admin. 201 `{ dibuat }` when every row went in; 400 `{ errors: [{ baris,
 * kolom, pesan }] }` and nothing stored when any row is wrong.
 */
export function importEndpoint({ koleksi }: { koleksi: Importable }): Endpoint {
  return {
    path: '/import',
    method: 'post',
    custom: IMPORT_BODY,
    handler: async (req) => {
      const scope = await editorScope({ req, koleksi })
      if (scope.kind === 'none') {
        if (!req.user) throw new APIError('Masuk terlebih dahulu untuk mengimpor data.', 401, undefined, true)
        throw new APIError('Anda tidak berhak mengimpor ke menu ini: menu ini dikelola OPD lain.', 403, undefined, true)
      }
      const input = await readInput(req)
      if (input instanceof Response) return input
      const result = await runImport({ payload: req.payload, req, koleksi, input, now: new Date(), maxRows: MAX_IMPORT_ROWS })
      if (!result.isOk) return Response.json({ errors: result.errors }, { status: 400 })
      return Response.json({ dibuat: result.dibuat }, { status: 201 })
    },
  }
}
