import { BlockList, isIP } from 'node:net'

const blocked = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6')
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible IPv6 address, else null. */
function embeddedIpv4(address: string): string | null {
  const dotted = /^(?:0{0,4}:){0,5}(?:ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address.replace(/^::/, '0:'))
  if (dotted) return dotted[1]!
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address)
  if (!hex) return null
  const high = parseInt(hex[1]!, 16)
  const low = parseInt(hex[2]!, 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/**
 * Whether an address belongs to the inside network or the machine itself:
 * loopback, private ranges, link-local (and so the cloud metadata address
 * 169.254.169.254), unique-local IPv6, unspecified, multicast and reserved.
 * Anything that is not an IP literal counts as private: it cannot be judged.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const version = isIP(bare)
  if (version === 4) return blocked.check(bare, 'ipv4')
  if (version !== 6) return true
  const inner = embeddedIpv4(bare)
  if (inner && isIP(inner) === 4) return blocked.check(inner, 'ipv4')
  return blocked.check(bare, 'ipv6')
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
