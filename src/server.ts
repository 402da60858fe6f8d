import http from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import express from 'express'
import type { Express, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { handleEndpoints } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import { closeDatabase, probeDatabase } from './database'
import type { BodyLimits } from './env'
import { countedBody, hasBody, refuseBody, tooLargeMessage, unsupportedTypeMessage } from './http/bodyLimit'
import { bodyPolicy, mediaTypeOf } from './http/bodyPolicy'
import type { BodyRule } from './http/bodyPolicy'
import { CLIENT_ADDRESS_HEADER } from './freshness/citizenReports'
import { createApiCache } from './http/cache'
import type { ApiCache, HttpCacheOptions } from './http/cache'
import { HOP_BY_HOP, sendWebResponse } from './http/webResponse'
import { isPublicPagePath, mountPublicSite } from './public/routes'
import { securityHeaders } from './security/headers'
import type { SecurityHeaders } from './security/headers'

export type AdminHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export type AppOptions = {
  payload: Payload
  config: SanitizedConfig
  /** Next's request handler for `/admin` and `/_next`; absent on API-only instances and in API tests. */
  adminHandler?: AdminHandler
  healthTimeoutMs?: number
  /** Caching of anonymous REST reads; see src/http/cache.ts. */
  httpCache?: HttpCacheOptions
  /** The public address (PUBLIC_URL): https turns on HSTS. */
  publicUrl?: string
  /** The most a request body may carry; `env.bodyLimits`. */
  bodyLimits?: BodyLimits
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { jsonBytes: 1024 * 1024, importBytes: 10 * 1024 * 1024, uploadBytes: 10 * 1024 * 1024 }

/** Each app's API cache, so that `listen` can answer cached reads before express runs. */
const apiCaches = new WeakMap<Express, ApiCache>()
/** Each app's security headers, set on every answer, cached or not. */
const appHeaders = new WeakMap<Express, SecurityHeaders>()


function requestUrl(req: ExpressRequest): URL {
  return new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
}

type CountedBody = { stream: Readable; isExceeded: () => boolean }

/** `method` differs from the client's for HEAD, which Payload does not route: it runs as GET. */
function toWebRequest({ req, url, method, body }: { req: ExpressRequest; url: URL; method: string; body?: CountedBody }): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === CLIENT_ADDRESS_HEADER) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else headers.set(name, value)
  }
  // Payload sees only a Web Request, without the socket: the client address
  // (per `trust proxy`) travels in a header no client can set (stripped above).
  const clientAddress = req.ip ?? req.socket.remoteAddress
  if (clientAddress) headers.set(CLIENT_ADDRESS_HEADER, clientAddress)
  const hasRequestBody = method !== 'GET' && method !== 'HEAD'
  return new Request(url, {
    method,
    headers,
    body: hasRequestBody ? (Readable.toWeb(body?.stream ?? req) as ReadableStream) : undefined,
    // Node needs this to stream a request body.
    duplex: 'half',
  } as RequestInit)
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT'])

/** The one body rule of a request: 413 and 415 are answered here, before Payload parses anything. */
function admitBody({ req, res, rule }: { req: ExpressRequest; res: ExpressResponse; rule: BodyRule }): boolean {
  if (!hasBody(req)) return true
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > rule.maxBytes) {
    refuseBody({ req, res, status: 413, message: tooLargeMessage({ maxBytes: rule.maxBytes, isImport: rule.kind === 'import' }) })
    return false
  }
  if (!WRITE_METHODS.has(req.method)) return true
  const mediaType = mediaTypeOf(req.headers['content-type'])
  // A query too long for the URL comes as a form with the GET override.
  const isQueryForm = mediaType === 'application/x-www-form-urlencoded' && String(req.headers['x-payload-http-method-override']).toUpperCase() === 'GET'
  if (!isQueryForm && !rule.contentTypes.includes(mediaType)) {
    refuseBody({ req, res, status: 415, message: unsupportedTypeMessage({ mediaType, allowed: rule.contentTypes }) })
    return false
  }
  return true
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`tidak menjawab dalam ${ms} ms`)), ms)
      }),
    ])
  } finally {
    if (timer) clearTimeout(timer)
  }
}

export function createApp({
  payload,
  config,
  adminHandler,
  healthTimeoutMs = 3000,
  httpCache = {},
  publicUrl = config.serverURL ?? '',
  bodyLimits = DEFAULT_BODY_LIMITS,
}: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  const headers = securityHeaders({ publicUrl })
  appHeaders.set(app, headers)
  app.use((_req, res, next) => {
    headers.set(res)
    next()
  })
  const bodyRuleOf = bodyPolicy({ config, limits: bodyLimits })
  const apiPrefix = config.routes?.api ?? '/api'

  // Outside the API (the admin's Next handler) only an announced length can be refused here;
  // Next bounds what it reads itself.
  app.use((req, res, next) => {
    if (req.path === apiPrefix || req.path.startsWith(`${apiPrefix}/`)) return next()
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > bodyLimits.jsonBytes) {
      refuseBody({ req, res, status: 413, message: tooLargeMessage({ maxBytes: bodyLimits.jsonBytes, isImport: false }) })
      return
    }
    next()
  })

  // The kind of database as DATABASE_URL names it (Payload calls its MongoDB adapter "mongoose").
  const databaseKind = payload.db.name === 'mongoose' ? 'mongodb' : payload.db.name
  app.get('/healthz', async (_req, res) => {
    const startedAt = performance.now()
    // A monitor or proxy must never be answered from a cache: each call is a fresh look at the database.
    res.set('cache-control', 'no-store')
    try {
      await withTimeout(probeDatabase(payload), healthTimeoutMs)
      res.status(200).json({
        status: 'ok',
        database: databaseKind,
        latencyMs: Math.round(performance.now() - startedAt),
      })
    } catch (error) {
      res.status(503).json({
        status: 'error',
        database: databaseKind,
        pesan: 'Basis data tidak dapat dihubungi.',
        detail: error instanceof Error ? error.message : String(error),
      })
    }
  })

  const apiCache = createApiCache({ ...httpCache, cookiePrefix: config.cookiePrefix ?? 'payload', isPublicPath: isPublicPagePath })
  apiCaches.set(app, apiCache)

  // Payload reads the raw body itself: no body parser may run before it, only the counter.
  app.use(apiPrefix, async (req, res, next) => {
    try {
      const url = requestUrl(req)
      const rule = bodyRuleOf({ path: req.originalUrl })
      if (!admitBody({ req, res, rule })) return
      const body = hasBody(req) ? countedBody({ req, maxBytes: rule.maxBytes }) : undefined
      const tooLarge = () => refuseBody({ req, res, status: 413, message: tooLargeMessage({ maxBytes: rule.maxBytes, isImport: rule.kind === 'import' }) })
      await apiCache.serve({
        request: { method: req.method, path: req.originalUrl, headers: req.headers },
        res,
        forward: ({ method }) => handleEndpoints({ config, request: toWebRequest({ req, url, method, body }) }),
        // Whatever Payload made of a body cut off at the limit, the answer is 413.
        send: ({ response, headers }) => (body?.isExceeded() ? Promise.resolve(tooLarge()) : sendWebResponse({ response, res, headers })),
      })
    } catch (error) {
      next(error)
    }
  })

  // The citizen's side: the freshness page at `/`, a page per menu with the report form, the feeds.
  mountPublicSite({ app, payload, config, apiCache, publicUrl })

  if (adminHandler) {
    app.use((req, res, next) => {
      if (req.path === '/admin' || req.path.startsWith('/admin/') || req.path.startsWith('/_next/') || req.path === '/favicon.ico') {
        adminHandler(req, res).catch(next)
        return
      }
      next()
    })
  }

  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Halaman tidak ditemukan.' }] })
  })

  return app
}

export type RunningServer = {
  server: Server
  url: string
  close: () => Promise<void>
}

/**
 * Listens, and on close stops taking connections, lets requests in flight
 * finish (up to `graceMs`), then closes the database.
 */
export async function listen({
  app,
  payload,
  port,
  host,
  graceMs = 10_000,
}: {
  app: Express
  payload: Payload
  port: number
  host?: string
  graceMs?: number
}): Promise<RunningServer> {
  const apiCache = apiCaches.get(app)
  const headers = appHeaders.get(app)
  const server = http.createServer((req, res) => {
    headers?.set(res)
    if (apiCache?.serveFromMemory({ req, res })) return
    app(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host ?? '0.0.0.0', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const url = `http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${address.port}`
  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const forced = setTimeout(() => server.closeAllConnections(), graceMs)
      await drained
      clearTimeout(forced)
      await closeDatabase(payload)
    })()
    return closing
  }
  return { server, url, close }
}
