/**
 * What body each API route takes, decided once from the config: how many
 * bytes and which content types. Imports (`POST /api/<menu>/import`) take
 * CSV or JSON up to the import limit; upload collections take multipart up
 * to the file size they state plus room for the form fields; every other
 * route takes JSON (or the admin's multipart form) up to the JSON limit.
 */
import type { SanitizedConfig } from 'payload'

import type { BodyLimits } from '../env'

export type BodyKind = 'json' | 'import' | 'upload'

export type BodyRule = { kind: BodyKind; maxBytes: number; contentTypes: readonly string[] }

/** Marks an endpoint whose body is a file to import (CSV or a JSON array of rows). */
export const IMPORT_BODY = { body: 'import' } as const

/** Marks an endpoint a plain HTML form posts to (the confirmation button of an emailed link). */
export const FORM_BODY = { body: 'form' } as const

/** Room for the multipart envelope and the document's own fields beside the file. */
export const MULTIPART_ENVELOPE_BYTES = 1024 * 1024

const JSON_TYPES = ['application/json', 'multipart/form-data'] as const
const IMPORT_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/json'] as const
const UPLOAD_TYPES = ['multipart/form-data', 'application/json'] as const
const FORM_TYPES = ['application/x-www-form-urlencoded', 'application/json'] as const

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An endpoint path (`/:id/akhiri`) as a pattern over the request path. */
function pathPattern(prefix: string, endpointPath: string): RegExp {
  const parts = endpointPath
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? '[^/]+' : escape(part)))
  return new RegExp(`^${escape(prefix)}${parts.length ? '/' + parts.join('/') : ''}/?$`)
}

export type BodyPolicy = (args: { path: string }) => BodyRule

export function bodyPolicy({ config, limits }: { config: SanitizedConfig; limits: BodyLimits }): BodyPolicy {
  const api = config.routes?.api ?? '/api'
  const routes: { pattern: RegExp; rule: BodyRule }[] = []
  for (const collection of config.collections) {
    const base = `${api}/${collection.slug}`
    for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : []) {
      if (endpoint.custom?.body === IMPORT_BODY.body) {
        routes.push({ pattern: pathPattern(base, endpoint.path), rule: { kind: 'import', maxBytes: limits.importBytes, contentTypes: IMPORT_TYPES } })
      } else if (endpoint.custom?.body === FORM_BODY.body) {
        routes.push({ pattern: pathPattern(base, endpoint.path), rule: { kind: 'json', maxBytes: limits.jsonBytes, contentTypes: FORM_TYPES } })
      }
    }
    if (collection.upload) {
      const stated = collection.custom?.maxUploadBytes
      const maxBytes = typeof stated === 'number' ? stated + MULTIPART_ENVELOPE_BYTES : limits.uploadBytes
      routes.push({ pattern: pathPattern(base, '/:id?'), rule: { kind: 'upload', maxBytes, contentTypes: UPLOAD_TYPES } })
      routes.push({ pattern: pathPattern(base, ''), rule: { kind: 'upload', maxBytes, contentTypes: UPLOAD_TYPES } })
    }
  }
  const fallback: BodyRule = { kind: 'json', maxBytes: limits.jsonBytes, contentTypes: JSON_TYPES }
  return ({ path }) => {
    const pathname = path.split('?')[0] ?? path
    return routes.find((route) => route.pattern.test(pathname))?.rule ?? fallback
  }
}

/** The media type of a Content-Type header, lower case, without parameters. */
export const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase()
