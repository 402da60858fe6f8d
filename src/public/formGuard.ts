/**
 * Cross-site posting protection for the citizen report form. The page is
 * cached and shared by every reader, so the token cannot be per session: it is
 * the menu and the time the page was made, signed with the server's secret.
 * What stops another site is the browser's own word on where the post came
 * from (Origin, Sec-Fetch-Site), which a page elsewhere cannot forge.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** A page may sit in a browser tab this long before its form must be reloaded. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000

function signature({ secret, kode, issuedAt }: { secret: string; kode: string; issuedAt: number }): string {
  return createHmac('sha256', secret).update(`laporan-form:${kode}:${issuedAt}`).digest('base64url')
}

export function formToken({ secret, kode, now }: { secret: string; kode: string; now: Date }): string {
  const issuedAt = now.getTime()
  return `${issuedAt}.${signature({ secret, kode, issuedAt })}`
}

export function isFormTokenValid({ token, secret, kode, now }: { token: unknown; secret: string; kode: string; now: Date }): boolean {
  if (typeof token !== 'string') return false
  const [issued, given] = token.split('.', 2)
  const issuedAt = Number(issued)
  if (!Number.isSafeInteger(issuedAt) || !given) return false
  const age = now.getTime() - issuedAt
  // A minute of clock skew between instances behind one proxy.
  if (age < -60_000 || age > FORM_TOKEN_MAX_AGE_MS) return false
  const expected = Buffer.from(signature({ secret, kode, issuedAt }))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

/**
 * Whether the browser says the post came from this site. Absent headers (an
 * old browser, a script) pass: no other site's page is involved then.
 */
export function isSameOrigin({ origin, secFetchSite, ownOrigins }: { origin: string | undefined; secFetchSite: string | undefined; ownOrigins: readonly string[] }): boolean {
  if (secFetchSite && secFetchSite !== 'same-origin' && secFetchSite !== 'none') return false
  if (origin === undefined) return true
  return ownOrigins.includes(origin)
}
