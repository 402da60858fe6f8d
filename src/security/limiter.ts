import { createHmac } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { isUniqueViolation } from '../database'
import { SLUGS } from '../slugs'

/**
 * Attempts per key, counted in the database (collection `percobaan`) so that
 * every instance shares them. Used for logins and citizen reports.
 *
 * A claim is exact under concurrency: each attempt of a key takes the next
 * `urutan`, unique with the key, so of two instances that both see four
 * attempts and both try to write the fifth, one fails, counts again, and is
 * refused if that fifth was the last one allowed.
 */

/** At most `limit` attempts in any `windowMs`. */
export type WindowRule = { kind: 'window'; limit: number; windowMs: number }
/** `free` attempts within `windowMs`, then each must wait `baseMs`, doubling per attempt, at most `maxMs`, after the previous one. */
export type BackoffRule = { kind: 'backoff'; free: number; baseMs: number; maxMs: number; windowMs: number }
export type LimitRule = WindowRule | BackoffRule

export type LimitDecision = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

const secondsUntil = ({ at, now }: { at: number; now: Date }) => Math.max(1, Math.ceil((at - now.getTime()) / 1000))

/** Pure: whether one more attempt is allowed at `now`, given the key's earlier attempts. */
export function limitDecision({ rule, attempts, now }: { rule: LimitRule; attempts: readonly Date[]; now: Date }): LimitDecision {
  const times = attempts
    .map((at) => at.getTime())
    .filter((time) => time > now.getTime() - rule.windowMs)
    .sort((a, b) => a - b)
  if (rule.kind === 'window') {
    if (times.length < rule.limit) return { isAllowed: true }
    // Allowed again once all but limit - 1 of them have left the window.
    return { isAllowed: false, retryAfterSeconds: secondsUntil({ at: times[times.length - rule.limit]! + rule.windowMs, now }) }
  }
  if (times.length < rule.free) return { isAllowed: true }
  const delay = Math.min(rule.maxMs, rule.baseMs * 2 ** (times.length - rule.free))
  const allowedAt = times[times.length - 1]! + delay
  return now.getTime() >= allowedAt ? { isAllowed: true } : { isAllowed: false, retryAfterSeconds: secondsUntil({ at: allowedAt, now }) }
}

/** A keyed hash, so that the table never holds an address or an email in clear. */
export function limiterKey({ secret, purpose, parts }: { secret: string; purpose: string; parts: readonly string[] }): string {
  const digest = createHmac('sha256', secret).update(`${purpose}\u0000${parts.join('\u0000')}`).digest('base64url')
  return `${purpose}:${digest}`
}

/** The most attempts a rule can need to see; more are never read. */
const rowsNeeded = (rule: LimitRule) => (rule.kind === 'window' ? rule.limit : rule.free + 32)

type Attempt = { id: string | number; urutan: number; pada: string }

async function latestAttempts({ payload, kunci, limit, req }: { payload: Payload; kunci: string; limit: number; req?: PayloadRequest }): Promise<Attempt[]> {
  const found = await payload.find({
    collection: SLUGS.percobaan,
    where: { kunci: { equals: kunci } },
    sort: '-urutan',
    limit,
    pagination: false,
    depth: 0,
    select: { urutan: true, pada: true },
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as Attempt[]
}

export type Claim = { isAllowed: true; attemptId: string | number } | { isAllowed: false; retryAfterSeconds: number }

/** Counts one attempt for `kunci` if the rule allows it at `now`; refused attempts are not counted. */
export async function claimAttempt({ payload, kunci, rule, now }: { payload: Payload; kunci: string; rule: LimitRule; now: Date }): Promise<Claim> {
  for (let round = 0; round < 50; round++) {
    const attempts = await latestAttempts({ payload, kunci, limit: rowsNeeded(rule) })
    const decision = limitDecision({ rule, attempts: attempts.map((attempt) => new Date(attempt.pada)), now })
    if (!decision.isAllowed) return decision
    try {
      const created = await payload.create({
        collection: SLUGS.percobaan,
        data: { kunci, urutan: (attempts[0]?.urutan ?? 0) + 1, pada: now.toISOString() },
        depth: 0,
        overrideAccess: true,
      })
      if (attempts.length >= rowsNeeded(rule)) {
        // Older attempts can no longer change a decision.
        const oldest = attempts[attempts.length - 1]!
        await payload.delete({ collection: SLUGS.percobaan, where: { and: [{ kunci: { equals: kunci } }, { urutan: { less_than: oldest.urutan } }] }, overrideAccess: true })
      }
      return { isAllowed: true, attemptId: created.id }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      // Another instance took this number at the same moment: count again.
    }
  }
  throw new Error(`Percobaan untuk ${kunci} tidak dapat dicatat: terlalu banyak tabrakan.`)
}

/** Takes back one counted attempt (it turned out to be a success, or was refused elsewhere). */
export async function releaseAttempt({ payload, attemptId, req }: { payload: Payload; attemptId: string | number; req?: PayloadRequest }): Promise<void> {
  await payload.delete({ collection: SLUGS.percobaan, where: { id: { equals: attemptId } }, overrideAccess: true, req })
}

/** Forgets every attempt of the keys that start with `prefix` (a key, or a key's family); returns how many. */
export async function clearAttempts({ payload, prefix, req }: { payload: Payload; prefix: string; req?: PayloadRequest }): Promise<number> {
  const where = { or: [{ kunci: { equals: prefix } }, { kunci: { like: `${prefix}:` } }] }
  const { totalDocs } = await payload.count({ collection: SLUGS.percobaan, where, overrideAccess: true, req })
  if (totalDocs > 0) await payload.delete({ collection: SLUGS.percobaan, where, overrideAccess: true, req })
  return totalDocs
}

/** Whether `kunci` has an attempt newer than `since` (used as a mark: "this address has logged in here"). */
export async function hasAttemptSince({ payload, kunci, since }: { payload: Payload; kunci: string; since: Date }): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: SLUGS.percobaan,
    where: { and: [{ kunci: { equals: kunci } }, { pada: { greater_than: since.toISOString() } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** Replaces a mark's attempts by one at `now`. */
export async function setMark({ payload, kunci, now, req }: { payload: Payload; kunci: string; now: Date; req?: PayloadRequest }): Promise<void> {
  await payload.delete({ collection: SLUGS.percobaan, where: { kunci: { equals: kunci } }, overrideAccess: true, req })
  try {
    await payload.create({ collection: SLUGS.percobaan, data: { kunci, urutan: 1, pada: now.toISOString() }, depth: 0, overrideAccess: true, req })
  } catch (error) {
    // Two logins at once both set it: one mark is enough.
    if (!isUniqueViolation(error)) throw error
  }
}
