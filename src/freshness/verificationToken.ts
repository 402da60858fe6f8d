import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Signed one-click links: an office confirms "masih benar" from an email
 * without logging in. The token carries its purpose, the menu, the office the
 * email went to, when it was issued, when it expires and a random id (which
 * the verification stores, so a link works once). Nothing here touches the
 * database or the clock.
 */
export const VERIFICATION_PURPOSE = 'verifikasi'

export const DEFAULT_TOKEN_TTL_DAYS = 14

const DAY_MS = 24 * 60 * 60 * 1000
const VERSION = 'v1'

export type TokenClaims = {
  purpose: string
  menuId: string
  officeId: string
  issuedAt: Date
  expiresAt: Date
  tokenId: string
}

export type TokenRefusal = 'malformed' | 'tampered' | 'expired' | 'wrong-purpose'

export type VerifyTokenResult = { isValid: true; claims: TokenClaims } | { isValid: false; reason: TokenRefusal }

/** Compact on purpose: the link must survive mail clients that wrap long lines. */
type WireClaims = { p: string; m: string; o: string; i: number; e: number; j: string }

export type SignTokenArgs = {
  purpose: string
  menuId: string | number
  officeId: string | number
  now: Date
  secret: string
  ttlDays?: number
}

function signature({ body, secret }: { body: string; secret: string }): Buffer {
  // The version is signed too, so a future format cannot be passed off as this one.
  return createHmac('sha256', secret).update(`${VERSION}.${body}`).digest()
}

/** Any purpose; links for other one-click actions reuse the same format. */
export function signToken({ purpose, menuId, officeId, now, secret, ttlDays = DEFAULT_TOKEN_TTL_DAYS }: SignTokenArgs): string {
  if (!secret) throw new Error('Kunci penandatangan tautan kosong.')
  const claims: WireClaims = {
    p: purpose,
    m: String(menuId),
    o: String(officeId),
    i: now.getTime(),
    e: now.getTime() + ttlDays * DAY_MS,
    j: randomBytes(12).toString('base64url'),
  }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${VERSION}.${body}.${signature({ body, secret }).toString('base64url')}`
}

export function signVerificationToken(args: Omit<SignTokenArgs, 'purpose'>): string {
  return signToken({ ...args, purpose: VERIFICATION_PURPOSE })
}

function parseClaims(body: string): WireClaims | undefined {
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<WireClaims>
    const isText = (item: unknown) => typeof item === 'string' && item.length > 0
    if (!isText(value.p) || !isText(value.m) || !isText(value.o) || !isText(value.j)) return undefined
    if (!Number.isFinite(value.i) || !Number.isFinite(value.e)) return undefined
    return value as WireClaims
  } catch {
    return undefined
  }
}

/** Checks the signature first: nothing in an unsigned token is believed, not even its purpose. */
export function verifyToken({
  token,
  now,
  secret,
  purpose,
}: {
  token: string
  now: Date
  secret: string
  purpose: string
}): VerifyTokenResult {
  const parts = typeof token === 'string' ? token.trim().split('.') : []
  if (parts.length !== 3 || parts[0] !== VERSION || !parts[1] || !parts[2]) return { isValid: false, reason: 'malformed' }
  const [, body, given] = parts as [string, string, string]
  const expected = signature({ body, secret })
  const actual = Buffer.from(given, 'base64url')
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { isValid: false, reason: 'tampered' }
  const claims = parseClaims(body)
  if (!claims) return { isValid: false, reason: 'malformed' }
  if (claims.p !== purpose) return { isValid: false, reason: 'wrong-purpose' }
  if (now.getTime() >= claims.e) return { isValid: false, reason: 'expired' }
  return {
    isValid: true,
    claims: {
      purpose: claims.p,
      menuId: claims.m,
      officeId: claims.o,
      issuedAt: new Date(claims.i),
      expiresAt: new Date(claims.e),
      tokenId: claims.j,
    },
  }
}

export function verifyVerificationToken({ token, now, secret }: { token: string; now: Date; secret: string }): VerifyTokenResult {
  return verifyToken({ token, now, secret, purpose: VERIFICATION_PURPOSE })
}

export const VERIFICATION_LINK_PATH = '/api/menu-portal/verifikasi-tautan'

/** The link an email puts under "Masih benar": it opens a confirmation page, it does not confirm by itself. */
export function verificationLink({
  publicUrl,
  menuId,
  officeId,
  now,
  secret,
  ttlDays,
}: {
  publicUrl: string
  menuId: string | number
  officeId: string | number
  now: Date
  secret: string
  ttlDays?: number
}): string {
  const token = signVerificationToken({ menuId, officeId, now, secret, ttlDays })
  return `${publicUrl.replace(/\/+$/, '')}${VERIFICATION_LINK_PATH}?token=${encodeURIComponent(token)}`
}

export const TOKEN_REFUSAL_MESSAGES: Record<TokenRefusal, string> = {
  malformed: 'Tautan tidak dikenali. Salin ulang tautan lengkap dari email.',
  tampered: 'Tautan tidak sah: isinya telah diubah.',
  expired: 'Tautan sudah kedaluwarsa. Masuk ke Segar untuk mengonfirmasi, atau tunggu email pengingat berikutnya.',
  'wrong-purpose': 'Tautan ini bukan untuk konfirmasi "masih benar".',
}
