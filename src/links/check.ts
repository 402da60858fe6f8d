import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { classifyLink } from './classify'
import type { FailureKind, LinkTrace, LinkVerdict, RedirectHop } from './classify'
import { createHostLimiter } from './limiter'
import type { HostLimiter } from './limiter'
import { judgeAddresses } from './privateAddress'
import type { ResolvedAddress, Resolver } from './privateAddress'
import { TransportError, nodeTransport } from './transport'
import type { HttpResponse, Transport } from './transport'

export type CheckOptions = {
  publicUrl: string
  isPrivateAllowed: boolean
  timeoutMs: number
  maxRedirects: number
  /** Retries after the first attempt, for 429, 5xx, timeouts and dropped connections. */
  retries: number
  backoffMs: number
  /** A Retry-After longer than this is waited only this long. */
  maxRetryAfterMs: number
  hostConcurrency: number
  hostIntervalMs: number
  maxBodyBytes: number
}

export const DEFAULT_CHECK_OPTIONS: Omit<CheckOptions, 'publicUrl' | 'isPrivateAllowed'> = {
  timeoutMs: 10_000,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
  hostConcurrency: 2,
  hostIntervalMs: 100,
  maxBodyBytes: 32 * 1024,
}

export type CheckerIo = {
  transport: Transport
  resolve: Resolver
  sleep: (ms: number) => Promise<void>
}

export const systemResolver: Resolver = async (hostname) => {
  const entries = await lookup(hostname, { all: true, verbatim: true })
  return entries.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }))
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export const userAgentOf = (publicUrl: string) => `Segar/0.1 (+${publicUrl}; pemantau tautan portal Kota Palembang)`

class CheckFailure extends Error {
  readonly kind: FailureKind
  constructor({ kind, message }: { kind: FailureKind; message: string }) {
    super(message)
    this.kind = kind
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME', 'EAI_NONAME', 'EAI_FAIL'])
const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO|ERR_OSSL)/

function failureKindOf(code: string): FailureKind {
  if (DNS_CODES.has(code)) return 'dns'
  if (code === 'ECONNREFUSED') return 'refused'
  if (code === 'ETIMEDOUT' || code === 'EAI_AGAIN') return 'timeout'
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'reset'
  if (TLS_CODE.test(code)) return 'tls'
  return 'other'
}

const isRetryableFailure = (kind: FailureKind) => kind === 'timeout' || kind === 'reset'
const isRetryableStatus = (status: number) => status === 429 || status >= 500

/** Retry-After as milliseconds to wait: seconds, or an HTTP date relative to the server's own Date header when present. */
export function retryAfterMs({ header, dateHeader, fallbackMs }: { header: string | undefined; dateHeader?: string; fallbackMs: number }): number {
  if (!header) return fallbackMs
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  const serverNow = dateHeader ? Date.parse(dateHeader) : Number.NaN
  if (Number.isNaN(at)) return fallbackMs
  return Math.max(0, at - (Number.isNaN(serverNow) ? Date.now() : serverNow))
}

export type LinkChecker = {
  check: (url: string) => Promise<LinkVerdict & { rantai: RedirectHop[]; trace: LinkTrace }>
}

/**
 * One checker per run: the host limiter is shared by every link, so two
 * documents pointing at the same site never exceed its two connections, and
 * a URL listed twice is fetched once.
 */
export function createLinkChecker({ options, io = {} }: { options: CheckOptions; io?: Partial<CheckerIo> }): LinkChecker {
  const transport = io.transport ?? nodeTransport
  const resolve = io.resolve ?? systemResolver
  const sleep = io.sleep ?? realSleep
  const limiter: HostLimiter = createHostLimiter({ concurrency: options.hostConcurrency, intervalMs: options.hostIntervalMs })
  const headers = {
    'user-agent': userAgentOf(options.publicUrl),
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    'accept-language': 'id,en;q=0.8',
  }
  const cache = new Map<string, ReturnType<LinkChecker['check']>>()

  async function addressesOf(url: URL): Promise<ResolvedAddress[]> {
    const hostname = url.hostname.replace(/^\[|\]$/g, '')
    let addresses: ResolvedAddress[]
    const version = isIP(hostname)
    if (version !== 0) {
      addresses = [{ address: hostname, family: version === 6 ? 6 : 4 }]
    } else {
      try {
        addresses = await resolve(hostname)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN'
        throw new CheckFailure({ kind: failureKindOf(code), message: `${hostname}: ${code}` })
      }
      if (addresses.length === 0) throw new CheckFailure({ kind: 'dns', message: `${hostname}: tidak ada alamat` })
    }
    const verdict = judgeAddresses({ hostname, addresses, isPrivateAllowed: options.isPrivateAllowed })
    if (!verdict.isAllowed) throw new CheckFailure({ kind: 'private', message: verdict.detail })
    return verdict.addresses
  }

  /** One method on one URL, retried while the failure may pass. Returns the last answer, or throws the last failure. */
  async function request({
    url,
    method,
    addresses,
    state,
    isNetworkRetried = true,
  }: {
    url: URL
    method: 'HEAD' | 'GET'
    addresses: ResolvedAddress[]
    state: { attempts: number }
    isNetworkRetried?: boolean
  }): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt += 1) {
      state.attempts += 1
      const isLast = attempt >= options.retries
      let response: HttpResponse
      try {
        response = await limiter.run({
          host: url.host,
          task: () => transport({ url, method, headers, timeoutMs: options.timeoutMs, addresses, maxBodyBytes: method === 'GET' ? options.maxBodyBytes : 0 }),
        })
      } catch (error) {
        const code = error instanceof TransportError ? error.code : ((error as NodeJS.ErrnoException).code ?? 'EUNKNOWN')
        const kind = failureKindOf(code)
        if (isLast || !isRetryableFailure(kind) || !isNetworkRetried) {
          throw new CheckFailure({ kind, message: `${method} ${url.href}: ${error instanceof Error ? error.message : String(error)}` })
        }
        await sleep(options.backoffMs * 2 ** attempt)
        continue
      }
      if (isLast || !isRetryableStatus(response.status)) return response
      const backoff = options.backoffMs * 2 ** attempt
      const wait =
        response.status === 429 || response.status === 503
          ? retryAfterMs({ header: response.headers['retry-after'], dateHeader: response.headers.date, fallbackMs: backoff })
          : backoff
      await sleep(Math.min(wait, options.maxRetryAfterMs))
    }
  }

  /**
   * HEAD first; GET where HEAD is refused, answers a failure worth confirming,
   * times out or drops the connection (some servers never answer HEAD), or
   * returns a page worth reading for "not found".
   */
  async function answer({ url, addresses, state }: { url: URL; addresses: ResolvedAddress[]; state: { attempts: number } }) {
    let head: HttpResponse
    try {
      head = await request({ url, method: 'HEAD', addresses, state, isNetworkRetried: false })
    } catch (error) {
      if (!(error instanceof CheckFailure) || !isRetryableFailure(error.kind)) throw error
      return { response: await request({ url, method: 'GET', addresses, state }), method: 'GET' as const }
    }
    const type = head.headers['content-type'] ?? ''
    const isHtml = type === '' || /html/i.test(type)
    const needsGet = head.status >= 400 || (head.status >= 200 && head.status < 300 && isHtml)
    if (!needsGet) return { response: head, method: 'HEAD' as const }
    return { response: await request({ url, method: 'GET', addresses, state }), method: 'GET' as const }
  }

  async function trace(url: string): Promise<LinkTrace> {
    const chain: RedirectHop[] = []
    const state = { attempts: 0 }
    let final: LinkTrace['final'] = null
    const fail = (kind: FailureKind, message: string): LinkTrace => ({ url, chain, final, failure: { kind, message }, attempts: state.attempts })
    let current: URL
    try {
      current = new URL(url)
    } catch {
      return fail('invalid-url', url)
    }
    if (current.protocol !== 'http:' && current.protocol !== 'https:') return fail('invalid-url', `${url} bukan alamat http(s)`)
    const visited = new Set<string>([current.href])
    try {
      for (let hop = 0; ; hop += 1) {
        const addresses = await addressesOf(current)
        const { response, method } = await answer({ url: current, addresses, state })
        final = { url: current.href, status: response.status, method, contentType: response.headers['content-type'] ?? null, bodyPrefix: response.bodyPrefix }
        const location = response.headers.location
        if (response.status < 300 || response.status >= 400 || response.status === 304) break
        if (!location) return fail('bad-redirect', `${response.status} tanpa header Location di ${current.href}`)
        let next: URL
        try {
          next = new URL(location, current)
        } catch {
          return fail('bad-redirect', `Location tidak sah: ${location}`)
        }
        chain.push({ url: current.href, status: response.status, location: next.href })
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return fail('bad-redirect', `dialihkan ke ${next.href}`)
        if (visited.has(next.href)) return fail('loop', `${next.href} muncul dua kali`)
        if (hop + 1 > options.maxRedirects) return fail('too-many-redirects', `lebih dari ${options.maxRedirects} pengalihan`)
        visited.add(next.href)
        current = next
      }
    } catch (error) {
      if (error instanceof CheckFailure) return fail(error.kind, error.message)
      return fail('other', error instanceof Error ? error.message : String(error))
    }
    return { url, chain, final, failure: null, attempts: state.attempts }
  }

  return {
    check: (url) => {
      const known = cache.get(url)
      if (known) return known
      const pending = trace(url).then((observed) => ({ ...classifyLink(observed), rantai: observed.chain, trace: observed }))
      cache.set(url, pending)
      return pending
    },
  }
}
