import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'

import { bumpContentGeneration, contentGeneration } from './generation'

/**
 * HTTP caching for the public REST API.
 *
 * Anonymous GET/HEAD answers (no Authorization header, no token cookie) that
 * are 200 JSON get a strong ETag, `Cache-Control: public` and are kept in an
 * in-process LRU, so a repeated read does not reach the database. Any write
 * through this process moves the content generation (see generation.ts and
 * invalidation.ts), which empties the LRU: after a write, the next read on
 * this instance is the new data. Other instances learn of it only when their
 * entries age out, so they may answer stale for at most `maxAgeSeconds`; the
 * LRU entries expire after that same time for the same reason.
 *
 * Authenticated answers are `private, no-store` and never touch the LRU.
 */
export type HttpCacheOptions = {
  /** Off: every read reaches the database; ETag, 304 and the headers still apply. */
  isResponseCached?: boolean
  /**
   * 30 s: the portal's data changes daily at most, so half a minute of
   * staleness in browsers and proxies costs readers nothing, while an editor
   * fixing a wrong price sees the fix on the public site almost at once.
   */
  maxAgeSeconds?: number
  /**
   * 60 s: a proxy may keep answering from its copy for a minute more while it
   * revalidates in the background; revalidating is cheap (a 304 from the LRU),
   * and it keeps a burst of readers off the database right after expiry.
   */
  staleWhileRevalidateSeconds?: number
  maxEntries?: number
  maxBytes?: number
  /** Larger answers are still served with an ETag but not kept. */
  maxEntryBytes?: number
  now?: () => number
  /** Paths outside /api answered through `serve` (the public pages) that `serveFromMemory` may answer too. */
  isPublicPath?: (path: string) => boolean
}

export type CachedResponse = {
  /** Payload's headers worth replaying, flattened name, value, name, value... */
  headers: string[]
  body: Buffer
  etag: string
  storedAt: number
  generation: number
}

export type ResponseCache = {
  get: (key: string) => CachedResponse | undefined
  /** Refuses entries read in an older generation: a write finished while they were being read. */
  set: (key: string, entry: CachedResponse) => boolean
  stats: () => { entries: number; bytes: number }
}

const ENTRY_OVERHEAD_BYTES = 256

function entrySize({ key, entry }: { key: string; entry: CachedResponse }): number {
  let size = ENTRY_OVERHEAD_BYTES + key.length + entry.body.length
  for (const part of entry.headers) size += part.length
  return size
}

/** An LRU bounded by entries and bytes, emptied whenever the content generation moves. */
export function createResponseCache({
  maxEntries,
  maxBytes,
  maxEntryBytes,
  ttlMs,
  now,
  generation,
}: {
  maxEntries: number
  maxBytes: number
  maxEntryBytes: number
  ttlMs: number
  now: () => number
  generation: () => number
}): ResponseCache {
  const entries = new Map<string, { entry: CachedResponse; size: number }>()
  let bytes = 0
  let entriesGeneration = generation()

  const remove = (key: string) => {
    const found = entries.get(key)
    if (!found) return
    entries.delete(key)
    bytes -= found.size
  }

  const dropIfStale = () => {
    const current = generation()
    if (current === entriesGeneration) return
    entries.clear()
    bytes = 0
    entriesGeneration = current
  }

  return {
    get: (key) => {
      dropIfStale()
      const found = entries.get(key)
      if (!found) return undefined
      if (now() - found.entry.storedAt >= ttlMs) {
        remove(key)
        return undefined
      }
      // Map keeps insertion order: moving the key to the end makes the first key the least recently used.
      entries.delete(key)
      entries.set(key, found)
      return found.entry
    },
    set: (key, entry) => {
      dropIfStale()
      if (entry.generation !== entriesGeneration) return false
      const size = entrySize({ key, entry })
      if (entry.body.length > maxEntryBytes || size > maxBytes) return false
      remove(key)
      entries.set(key, { entry, size })
      bytes += size
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        remove(oldest)
      }
      return true
    },
    stats: () => {
      dropIfStale()
      return { entries: entries.size, bytes }
    },
  }
}

export function strongEtag(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** If-None-Match uses the weak comparison: `W/"x"` matches `"x"`. */
export function isEtagMatch({ ifNoneMatch, etag }: { ifNoneMatch: string | undefined; etag: string }): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '')
    return tag === '*' || tag === etag
  })
}

export function readCookie({ headers, name }: { headers: IncomingHttpHeaders; name: string }): string | undefined {
  const header = headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const separator = part.indexOf('=')
    if (separator === -1) continue
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim()
  }
  return undefined
}

export function isAnonymous({ headers, cookiePrefix }: { headers: IncomingHttpHeaders; cookiePrefix: string }): boolean {
  if (headers.authorization) return false
  return !readCookie({ headers, name: `${cookiePrefix}-token` })
}

/** Drafts are never cached, whoever asks. `path` is the path and query string. */
export function isCacheableQuery(path: string): boolean {
  const queryStart = path.indexOf('?')
  if (queryStart === -1 || !path.includes('draft', queryStart)) return true
  const draft = new URLSearchParams(path.slice(queryStart + 1)).get('draft')
  return draft === null || draft === 'false'
}

/**
 * Set by a handler whose 200 answer is not JSON but may be kept all the same
 * (the public pages, feeds and badges); never stored or sent on.
 */
export const CACHEABLE_HEADER = 'x-segar-cacheable'

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path.startsWith('/api?')
}

// Authorization and Cookie (the token) turn a public answer into a private one, so a proxy must not
// hand its public copy to a signed-in editor; Payload words some 200 answers (e.g. /users/me) in the
// reader's language.
const VARY = 'Accept-Language, Authorization, Cookie'
const NOT_STORED_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'etag',
  'cache-control',
  'vary',
  'age',
  CACHEABLE_HEADER,
])

function mergeVary(existing: string | null): string {
  if (!existing) return VARY
  const names = new Set(existing.split(',').map((name) => name.trim()).filter(Boolean))
  for (const name of VARY.split(', ')) names.add(name)
  return [...names].join(', ')
}

/** `path` is the request's full path and query string, as the client sent it (`/api/...`). */
export type ApiRequest = { method: string; path: string; headers: IncomingHttpHeaders }

export type ApiServeArgs = {
  request: ApiRequest
  res: ServerResponse
  /** Runs the request through Payload, as `method`. */
  forward: (args: { method: string }) => Promise<Response>
  /** Streams a Payload response back, `headers` replacing Payload's own. */
  send: (args: { response: Response; headers?: Record<string, string> }) => Promise<void>
}

export type ApiCache = {
  serve: (args: ApiServeArgs) => Promise<void>
  /**
   * Answers an anonymous read straight from memory, before any routing;
   * false when it cannot (the request then goes through `serve`). Express
   * costs several times what writing a cached answer does.
   */
  serveFromMemory: (args: { req: IncomingMessage; res: ServerResponse }) => boolean
  stats: () => { entries: number; bytes: number }
}

type Flight = { generation: number; promise: Promise<CachedResponse | undefined> }

export function createApiCache({
  cookiePrefix,
  isResponseCached = true,
  maxAgeSeconds = 30,
  staleWhileRevalidateSeconds = 60,
  maxEntries = 2_000,
  maxBytes = 32 * 1024 * 1024,
  maxEntryBytes = 1024 * 1024,
  now = Date.now,
  isPublicPath = () => false,
}: HttpCacheOptions & { cookiePrefix: string }): ApiCache {
  const store = isResponseCached
    ? createResponseCache({ maxEntries, maxBytes, maxEntryBytes, ttlMs: maxAgeSeconds * 1000, now, generation: contentGeneration })
    : undefined
  // Concurrent misses on one key share a single database read (right after a write, every popular page misses at once).
  const flights = new Map<string, Flight>()
  const publicCacheControl = `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`

  const writeEntry = ({
    entry,
    request,
    res,
    state,
  }: {
    entry: CachedResponse
    request: ApiRequest
    res: ServerResponse
    state: 'hit' | 'miss'
  }) => {
    const cacheHeaders = ['etag', entry.etag, 'cache-control', publicCacheControl, 'vary', VARY, 'x-segar-cache', state]
    const ageSeconds = Math.floor((now() - entry.storedAt) / 1000)
    // Proxies subtract Age from max-age, so an answer kept here does not live max-age again downstream.
    if (ageSeconds > 0) cacheHeaders.push('age', String(ageSeconds))
    if (isEtagMatch({ ifNoneMatch: request.headers['if-none-match'], etag: entry.etag })) {
      res.writeHead(304, cacheHeaders)
      res.end()
      return
    }
    res.writeHead(200, [...entry.headers, ...cacheHeaders, 'content-length', String(entry.body.length)])
    res.end(request.method === 'HEAD' ? undefined : entry.body)
  }

  const keyOf = (request: ApiRequest) => {
    const language = `${readCookie({ headers: request.headers, name: `${cookiePrefix}-lng` }) ?? ''}|${request.headers['accept-language'] ?? ''}`
    return `${request.headers.host ?? ''}${request.path}\n${language}`
  }

  const isAnonymousRead = (request: ApiRequest) =>
    (request.method === 'GET' || request.method === 'HEAD') &&
    isAnonymous({ headers: request.headers, cookiePrefix }) &&
    isCacheableQuery(request.path)

  const serveFromMemory: ApiCache['serveFromMemory'] = ({ req, res }) => {
    if (!store) return false
    const request: ApiRequest = { method: req.method ?? 'GET', path: req.url ?? '', headers: req.headers }
    if (!(isApiPath(request.path) || isPublicPath(request.path)) || !isAnonymousRead(request)) return false
    const entry = store.get(keyOf(request))
    if (!entry) return false
    writeEntry({ entry, request, res, state: 'hit' })
    return true
  }

  const isBuffered = (response: Response) =>
    response.status === 200 &&
    ((response.headers.get('content-type') ?? '').includes('json') || response.headers.get(CACHEABLE_HEADER) === '1') &&
    response.headers.getSetCookie().length === 0

  /** Reads from Payload; the entry is returned when the answer is a 200 JSON one (stored when it may be). */
  const read = async ({
    key,
    generation,
    forward,
  }: {
    key: string
    generation: number
    forward: ApiServeArgs['forward']
  }): Promise<{ entry: CachedResponse } | { response: Response }> => {
    const response = await forward({ method: 'GET' })
    if (!isBuffered(response)) return { response }
    const body = Buffer.from(await response.arrayBuffer())
    const headers: string[] = []
    response.headers.forEach((value, name) => {
      if (!NOT_STORED_HEADERS.has(name)) headers.push(name, value)
    })
    const entry: CachedResponse = { headers, body, etag: strongEtag(body), storedAt: now(), generation }
    store?.set(key, entry)
    return { entry }
  }

  const serveAnonymousRead = async ({ request, res, forward, send }: ApiServeArgs) => {
    const key = keyOf(request)
    const generation = contentGeneration()

    const cached = store?.get(key)
    if (cached) {
      writeEntry({ entry: cached, request, res, state: 'hit' })
      return
    }
    const flight = store ? flights.get(key) : undefined
    if (flight && flight.generation === generation) {
      const shared = await flight.promise
      if (shared) {
        writeEntry({ entry: shared, request, res, state: 'hit' })
        return
      }
    }

    let settle: (entry: CachedResponse | undefined) => void = () => {}
    const ownFlight: Flight = { generation, promise: new Promise((resolve) => (settle = resolve)) }
    if (store) flights.set(key, ownFlight)
    try {
      const outcome = await read({ key, generation, forward })
      if ('entry' in outcome) {
        settle(outcome.entry)
        writeEntry({ entry: outcome.entry, request, res, state: 'miss' })
        return
      }
      settle(undefined)
      const { response } = outcome
      // Errors and not-found must not linger in proxies; other 200s (files) keep Payload's headers.
      const headers: Record<string, string> = { vary: mergeVary(response.headers.get('vary')) }
      if (response.status !== 200) headers['cache-control'] = 'no-store'
      await send({ response, headers })
    } catch (error) {
      settle(undefined)
      throw error
    } finally {
      if (flights.get(key) === ownFlight) flights.delete(key)
    }
  }

  const serve = async (args: ApiServeArgs) => {
    const { request, forward, send } = args
    const method = request.method.toUpperCase()
    if (method === 'OPTIONS' || request.headers['x-payload-http-method-override']?.toString().toUpperCase() === 'GET') {
      await send({ response: await forward({ method }) })
      return
    }
    if (method !== 'GET' && method !== 'HEAD') {
      let response: Response
      try {
        response = await forward({ method })
      } finally {
        // Payload answers after the write has committed: from here on, reads see it.
        bumpContentGeneration()
      }
      await send({ response })
      return
    }
    if (!isAnonymous({ headers: request.headers, cookiePrefix })) {
      const response = await forward({ method: 'GET' })
      await send({ response, headers: { 'cache-control': 'private, no-store', vary: mergeVary(response.headers.get('vary')) } })
      return
    }
    if (!isCacheableQuery(request.path)) {
      const response = await forward({ method: 'GET' })
      await send({ response, headers: { 'cache-control': 'no-store', vary: mergeVary(response.headers.get('vary')) } })
      return
    }
    await serveAnonymousRead(args)
  }

  return { serve, serveFromMemory, stats: () => store?.stats() ?? { entries: 0, bytes: 0 } }
}
