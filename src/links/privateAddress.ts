import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

/**
 * Documentation ranges (TEST-NET-1/2/3, 2001:db8::/32) are never routed, so
 * they reach nothing inside; tests use them as stand-ins for public hosts.
 */
const DOCUMENTATION: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [
  ipaddr.parseCIDR('192.0.2.0/24'),
  ipaddr.parseCIDR('198.51.100.0/24'),
  ipaddr.parseCIDR('203.0.113.0/24'),
  ipaddr.parseCIDR('2001:db8::/32'),
]

const isDocumentation = (address: ipaddr.IPv4 | ipaddr.IPv6) =>
  DOCUMENTATION.some(([network, bits]) => address.kind() === network.kind() && address.match(network, bits))

const fromWords = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255])

/**
 * The IPv4 address an IPv6 address carries and is routed to: IPv4-mapped
 * (::ffff:0:0/96), SIIT (::ffff:0:0:0/96), NAT64's well-known prefix
 * (64:ff9b::/96), 6to4 (2002::/16) and the deprecated IPv4-compatible form
 * (::/96). A gateway on the path turns each into a connection to that IPv4.
 */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts
  switch (address.range()) {
    case 'ipv4Mapped':
      return address.toIPv4Address()
    case 'rfc6145':
      return fromWords(parts[6]!, parts[7]!)
    case 'rfc6052':
      // 64:ff9b::/96 carries the address in its last 32 bits; the local-use 64:ff9b:1::/48 has no fixed place for it.
      return address.match(ipaddr.parseCIDR('64:ff9b::/96')) ? fromWords(parts[6]!, parts[7]!) : null
    case '6to4':
      return fromWords(parts[1]!, parts[2]!)
    default:
      return parts.slice(0, 6).every((part) => part === 0) ? fromWords(parts[6]!, parts[7]!) : null
  }
}

/** IPv6 ranges whose embedded IPv4 decides, rather than the range itself. */
const EMBEDDING_RANGES = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052', '6to4'])

function isPublicIpv4(address: ipaddr.IPv4): boolean {
  return address.range() === 'unicast' || isDocumentation(address)
}

function isPublicIpv6(address: ipaddr.IPv6): boolean {
  if (address.range() === 'unspecified' || address.range() === 'loopback') return false
  const inner = embeddedIpv4(address)
  if (inner) return isPublicIpv4(inner)
  if (EMBEDDING_RANGES.has(address.range())) return false
  // ::/8 is reserved by the IETF; what is left of it after the embedded forms above is nobody's public host.
  if (address.parts[0]! < 0x100) return false
  return address.range() === 'unicast' || isDocumentation(address)
}

/**
 * Whether an address belongs to the inside network or the machine itself:
 * loopback, private ranges, link-local (and so the cloud metadata address
 * 169.254.169.254), unique-local and site-local IPv6, unspecified,
 * multicast, reserved, and any IPv6 form that carries such an IPv4 inside
 * it. Classified by ipaddr.js's range tables; anything that is not an IP
 * literal counts as private: it cannot be judged.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const version = isIP(bare)
  if (version === 0) return true
  const parsed = ipaddr.parse(bare)
  return parsed.kind() === 'ipv4' ? !isPublicIpv4(parsed as ipaddr.IPv4) : !isPublicIpv6(parsed as ipaddr.IPv6)
}

export type ResolvedAddress = { address: string; family: 4 | 6 }

/** What the checker needs from DNS; tests pass their own. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

export type AddressVerdict =
  | { isAllowed: true; addresses: ResolvedAddress[] }
  | { isAllowed: false; reason: 'private'; detail: string }

/**
 * Every address a host name resolves to is checked, not only the first: a
 * name with one public and one private address could otherwise be steered
 * to the private one when the connection is made.
 */
export function judgeAddresses({
  hostname,
  addresses,
  isPrivateAllowed,
}: {
  hostname: string
  addresses: ResolvedAddress[]
  isPrivateAllowed: boolean
}): AddressVerdict {
  if (isPrivateAllowed) return { isAllowed: true, addresses }
  const inside = addresses.filter((entry) => isPrivateAddress(entry.address))
  if (inside.length === 0) return { isAllowed: true, addresses }
  const list = inside.map((entry) => entry.address).join(', ')
  const literal = isIP(hostname.replace(/^\[|\]$/g, '')) !== 0
  return {
    isAllowed: false,
    reason: 'private',
    detail: literal
      ? `Ditolak: ${list} adalah alamat jaringan internal/lokal; pemeriksa tautan tidak menghubunginya (LINK_CHECK_ALLOW_PRIVATE=1 untuk mengizinkan).`
      : `Ditolak: ${hostname} mengarah ke alamat jaringan internal/lokal (${list}); pemeriksa tautan tidak menghubunginya (LINK_CHECK_ALLOW_PRIVATE=1 untuk mengizinkan).`,
  }
}
