import { createHmac } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'

/**
 * Citizen reports come without login, so they are limited per client
 * address; the address itself is never stored, only a keyed hash of it.
 */
export const REPORT_LIMIT = 5
export const REPORT_WINDOW_MS = 60 * 60 * 1000
export const PESAN_MAX = 1000

/**
 * Set by the express bridge from the socket (or the trusted proxy's
 * X-Forwarded-For); any copy sent by a client is removed there first.
 */
export const CLIENT_ADDRESS_HEADER = 'x-segar-client-ip'

/** Requests whose address is unknown share one bucket: limited together rather than not at all. */
export const UNKNOWN_ADDRESS = 'tidak-diketahui'

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = address.includes('::') ? 8 - left.length - right.length : 0
  return [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right].map((part) => part.padStart(4, '0').toLowerCase())
}

/**
 * The unit a limit applies to: an IPv4 address, or an IPv6 /64 (one
 * subscriber's whole network, since a home or phone gets a /64 and can
 * change addresses inside it at will).
 */
export function clientBucket({ address }: { address: string | null | undefined }): string {
  const raw = (address ?? '').trim().replace(/^\[|\]$/g, '').split('%', 1)[0] ?? ''
  const mapped = raw.toLowerCase().startsWith('::ffff:') ? raw.slice(7) : raw
  if (isIPv4(mapped)) return mapped
  if (isIPv6(mapped)) return `${expandIPv6(mapped).slice(0, 4).join(':')}::/64`
  return UNKNOWN_ADDRESS
}

/** A keyed hash: without the server's secret the stored value cannot be turned back into an address by trying all of them. */
export function clientKey({ address, secret }: { address: string | null | undefined; secret: string }): string {
  return createHmac('sha256', secret).update(`laporan-warga:${clientBucket({ address })}`).digest('base64url')
}

export type RateDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

/** `recent`: when this client's earlier reports were received. */
export function rateDecision({
  recent,
  now,
  limit = REPORT_LIMIT,
  windowMs = REPORT_WINDOW_MS,
}: {
  recent: readonly Date[]
  now: Date
  limit?: number
  windowMs?: number
}): RateDecision {
  const inWindow = recent
    .map((at) => at.getTime())
    .filter((time) => time > now.getTime() - windowMs && time <= now.getTime())
    .sort((a, b) => a - b)
  if (inWindow.length < limit) return { isAllowed: true }
  // Allowed again once all but limit - 1 of them have left the window.
  const freedAt = (inWindow[inWindow.length - limit] as number) + windowMs
  return { isAllowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)) }
}
