import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { Payload, PayloadRequest } from 'payload'

import { clientBucket } from '../freshness/citizenReports'
import { claimAttempt, clearAttempts, hasAttemptSince, limiterKey, releaseAttempt, setMark } from './limiter'
import type { BackoffRule } from './limiter'

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

/**
 * Three counts, all of failed (or still running) logins:
 * - per account and client address: 5 free, then a wait from 1 minute doubling to 15;
 * - per account from anywhere: 10 free, then the same waits, except for an
 *   address this account logged in from in the last 30 days, so that someone
 *   failing on purpose elsewhere cannot keep the owner out;
 * - per client address over every account: 20 free in an hour, then the same
 *   waits (a spray over many emails).
 * An unknown email is counted exactly like a known one, so the answers never
 * tell whether an account exists. No account is ever locked for good.
 */
export const LOGIN_RULES = {
  pair: { kind: 'backoff', free: 5, baseMs: MINUTE_MS, maxMs: 15 * MINUTE_MS, windowMs: DAY_MS },
  account: { kind: 'backoff', free: 10, baseMs: MINUTE_MS, maxMs: 15 * MINUTE_MS, windowMs: DAY_MS },
  client: { kind: 'backoff', free: 20, baseMs: MINUTE_MS, maxMs: 15 * MINUTE_MS, windowMs: 60 * MINUTE_MS },
} as const satisfies Record<string, BackoffRule>

export const KNOWN_ADDRESS_MS = 30 * DAY_MS

export const normaliseEmail = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '')

/** `account` is the family prefix; `accountCount` counts the account's attempts from anywhere. */
export type LoginKeys = { account: string; accountCount: string; pair: string; client: string; known: string }

export function loginKeys({ secret, email, address }: { secret: string; email: string; address: string | null | undefined }): LoginKeys {
  const bucket = clientBucket({ address })
  const account = limiterKey({ secret, purpose: 'login-akun', parts: [email] })
  return {
    account,
    accountCount: `${account}:semua`,
    // Under the account's own key, so that clearing an account clears its pairs and marks too.
    pair: `${account}:${limiterKey({ secret, purpose: 'pasangan', parts: [email, bucket] })}`,
    known: `${account}:${limiterKey({ secret, purpose: 'dikenal', parts: [email, bucket] })}`,
    client: limiterKey({ secret, purpose: 'login-klien', parts: [bucket] }),
  }
}

export type LoginAdmission =
  | { isAllowed: true; keys: LoginKeys; clientAttemptId: string | number }
  | { isAllowed: false; retryAfterSeconds: number }

/** Counts this login attempt against every key before the password is looked at, or refuses it with how long to wait. */
export async function admitLogin({ payload, keys, now }: { payload: Payload; keys: LoginKeys; now: Date }): Promise<LoginAdmission> {
  const isKnown = await hasAttemptSince({ payload, kunci: keys.known, since: new Date(now.getTime() - KNOWN_ADDRESS_MS) })
  const counted: (string | number)[] = []
  const steps: [string, BackoffRule][] = [[keys.pair, LOGIN_RULES.pair], ...(isKnown ? [] : [[keys.accountCount, LOGIN_RULES.account] as [string, BackoffRule]]), [keys.client, LOGIN_RULES.client]]
  for (const [kunci, rule] of steps) {
    const claim = await claimAttempt({ payload, kunci, rule, now })
    if (!claim.isAllowed) {
      for (const attemptId of counted) await releaseAttempt({ payload, attemptId })
      return claim
    }
    counted.push(claim.attemptId)
  }
  return { isAllowed: true, keys, clientAttemptId: counted[counted.length - 1]! }
}

/** A login succeeded: this account's counts start again, the address is remembered, and its own attempt is taken back. */
export async function recordLoginSuccess({
  payload,
  keys,
  clientAttemptId,
  now,
  req,
}: {
  payload: Payload
  keys: LoginKeys
  clientAttemptId: string | number
  now: Date
  req?: PayloadRequest
}): Promise<void> {
  await clearAttempts({ payload, prefix: keys.pair, req })
  await clearAttempts({ payload, prefix: keys.accountCount, req })
  await setMark({ payload, kunci: keys.known, now, req })
  await releaseAttempt({ payload, attemptId: clientAttemptId, req })
}

/** Forgets every count of an account (and its marks), e.g. for `npm run admin -- unlock`. */
export async function clearAccountThrottle({ payload, secret, email }: { payload: Payload; secret: string; email: string }): Promise<number> {
  return clearAttempts({ payload, prefix: loginKeys({ secret, email: normaliseEmail(email), address: null }).account })
}

/** Forgets a client address's count over every account. */
export async function clearClientThrottle({ payload, secret, address }: { payload: Payload; secret: string; address: string }): Promise<number> {
  return clearAttempts({ payload, prefix: loginKeys({ secret, email: '', address }).client })
}

export function tooManyLoginsMessage({ retryAfterSeconds }: { retryAfterSeconds: number }): string {
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} detik` : `${Math.ceil(retryAfterSeconds / 60)} menit`
  return `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait}.`
}

const pbkdf2Async = promisify(pbkdf2)

/**
 * The same work as checking a real password (Payload's current hash:
 * PBKDF2-SHA256, 600,000 rounds), for an email that has no account, so that
 * the answer takes as long as for a wrong password.
 */
export async function burnPasswordCheck({ password }: { password: string }): Promise<void> {
  await pbkdf2Async(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}
