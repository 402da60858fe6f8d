/**
 * The outbox: an email is stored once under its key, then sent by
 * `flushOutbox`. Delivery is at least once at the SMTP level: a process that
 * dies after the server accepted a message but before the row is marked sent
 * leaves the lease to expire, and the next flush sends it again (with the same
 * X-Segar-Kunci header). The key guarantees there is never a second row.
 */
import { ObjectId } from 'mongodb'
import type { Payload, Where } from 'payload'

import type { OutboxKind, OutboxStatus } from '../domain/outbox'
import { SLUGS } from '../slugs'
import { compareAndSetDocument, isMongoDatabase } from '../storage/mongodb'
import type { EmailTransport } from './transport'

export const IDEMPOTENCY_HEADER = 'X-Segar-Kunci'

/** Minutes before the next attempt after the 1st, 2nd, 3rd... temporary failure; the last repeats. */
export const BACKOFF_MINUTES = [1, 5, 15, 60] as const

/** After this many temporary failures (about a day and a half at the cap) the email is given up. */
export const MAX_ATTEMPTS = 40

/** Longer than a send can take with the transport's timeouts (30 s connect, 60 s idle socket). */
export const LEASE_MINUTES = 10

const MINUTE_MS = 60_000

export type EnqueueEmailArgs = {
  payload: Payload
  kunci: string
  jenis: OutboxKind
  kepada: string[]
  subjek: string
  html: string
  teks: string
  opd?: string | number | null
  now: Date
}

export type OutboxRow = {
  id: string | number
  kunci: string
  kepada?: string[] | null
  subjek: string
  html: string
  teks: string
  status: OutboxStatus
  percobaan?: number | null
}

async function findByKey({ payload, kunci }: { payload: Payload; kunci: string }) {
  const found = await payload.find({
    collection: SLUGS.kotakKeluar,
    where: { kunci: { equals: kunci } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return found.docs[0]
}

/** Stores the email under `kunci` unless a row with that key exists; the unique index settles a race. */
export async function enqueueEmail({
  payload,
  kunci,
  jenis,
  kepada,
  subjek,
  html,
  teks,
  opd,
  now,
}: EnqueueEmailArgs): Promise<{ isNew: boolean; id: string | number }> {
  const existing = await findByKey({ payload, kunci })
  if (existing) return { isNew: false, id: existing.id }
  const recipients = [...new Set(kepada.map((address) => address.trim()).filter(Boolean))]
  if (recipients.length === 0) throw new Error(`Email ${kunci} tidak punya penerima.`)
  try {
    const created = await payload.create({
      collection: SLUGS.kotakKeluar,
      data: {
        kunci,
        jenis,
        kepada: recipients,
        subjek,
        html,
        teks,
        status: 'antre',
        percobaan: 0,
        percobaanBerikut: now.toISOString(),
        ...(opd !== undefined && opd !== null ? { opd: opd as number } : {}),
      },
      depth: 0,
    })
    return { isNew: true, id: created.id }
  } catch (error) {
    // Another caller inserted the same key between our lookup and our insert.
    const winner = await findByKey({ payload, kunci })
    if (winner) return { isNew: false, id: winner.id }
    throw error
  }
}

export function nextAttemptAt({ now, attempts }: { now: Date; attempts: number }): Date {
  const index = Math.min(Math.max(attempts, 1), BACKOFF_MINUTES.length) - 1
  return new Date(now.getTime() + BACKOFF_MINUTES[index]! * MINUTE_MS)
}

export type SendFailure = { isPermanent: boolean; message: string }

/**
 * A 5xx reply is the server's final word (unknown mailbox, refused content).
 * Everything else (refused or dropped connection, timeout, 4xx) may pass. A
 * failed login also answers 5xx but is our configuration, not the message:
 * retried, so that fixing SMTP_URL delivers what waited.
 */
export function classifySendError(error: unknown): SendFailure {
  const details = (error ?? {}) as { responseCode?: unknown; code?: unknown; response?: unknown; message?: unknown }
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : undefined
  const code = typeof details.code === 'string' ? details.code : undefined
  const text = typeof details.response === 'string' && details.response ? details.response : String(details.message ?? error)
  const message = [code, responseCode, text].filter((part) => part !== undefined && part !== '').join(' ')
  const isPermanent = responseCode !== undefined && responseCode >= 500 && responseCode < 600 && code !== 'EAUTH'
  return { isPermanent, message }
}

/**
 * A lease is released by ending it at `now` rather than clearing it: MongoDB
 * does not count a stored null as "does not exist" for a date field.
 */
function leaseIsFree(now: Date): Where {
  return {
    or: [{ sedangDikirimSampai: { exists: false } }, { sedangDikirimSampai: { less_than_equal: now.toISOString() } }],
  }
}

function dueWhere(now: Date): Where {
  return {
    and: [
      { status: { equals: 'antre' } },
      { or: [{ percobaanBerikut: { exists: false } }, { percobaanBerikut: { less_than_equal: now.toISOString() } }] },
      leaseIsFree(now),
    ],
  }
}

/**
 * One conditional UPDATE ... WHERE the row is still due and its lease free
 * (atomic on every adapter): of two flushers, only one gets a row back. The
 * row's content never changes after it is queued, so the copy read before
 * the claim is the one sent.
 */
async function claim({ payload, id, now }: { payload: Payload; id: string | number; now: Date }): Promise<boolean> {
  const leaseUntil = new Date(now.getTime() + LEASE_MINUTES * MINUTE_MS)
  if (isMongoDatabase(payload)) return claimOnMongo({ payload, id, now, leaseUntil })
  const claimed = await payload.db.updateOne({
    collection: SLUGS.kotakKeluar,
    where: { and: [{ id: { equals: id } }, dueWhere(now)] },
    data: { sedangDikirimSampai: leaseUntil.toISOString() },
    options: { atomic: true },
    returning: true,
  })
  return Boolean(claimed)
}

/**
 * The same condition as `dueWhere`, written for the driver: a conditional
 * update through Payload's adapter is not atomic on FerretDB, the fenced
 * compare-and-set is (see src/storage/mongodb.ts).
 */
async function claimOnMongo({ payload, id, now, leaseUntil }: { payload: Payload; id: string | number; now: Date; leaseUntil: Date }): Promise<boolean> {
  if (!ObjectId.isValid(String(id))) return false
  const notAfterNow = (field: string) => ({ $or: [{ [field]: { $exists: false } }, { [field]: null }, { [field]: { $lte: now } }] })
  return compareAndSetDocument({
    payload,
    collection: SLUGS.kotakKeluar,
    filter: { _id: new ObjectId(String(id)), status: 'antre', $and: [notAfterNow('percobaanBerikut'), notAfterNow('sedangDikirimSampai')] },
    set: { sedangDikirimSampai: leaseUntil },
  })
}

export type FlushResult = { terkirim: number; gagal: number; ditunda: number }

export type FlushOutboxArgs = {
  payload: Payload
  now: Date
  transport: EmailTransport
  /** Most emails handled in this call; the rest wait for the next flush. */
  limit?: number
  /** Emails sent at the same time (the SMTP pool has five connections). */
  concurrency?: number
}

const BATCH = 100

/**
 * Straight to the adapter, like the claim: no hooks or validation to run on a
 * row only the system writes, and one statement instead of a transaction
 * (which SQLite would serialise across concurrent sends).
 */
async function record({ payload, id, data }: { payload: Payload; id: string | number; data: Record<string, unknown> }) {
  await payload.db.updateOne({
    collection: SLUGS.kotakKeluar,
    id,
    data: { ...data, updatedAt: new Date().toISOString() },
    returning: false,
  })
}

async function sendOne({
  payload,
  row,
  now,
  transport,
}: {
  payload: Payload
  row: OutboxRow
  now: Date
  transport: EmailTransport
}): Promise<keyof FlushResult> {
  const attempts = (row.percobaan ?? 0) + 1
  try {
    const result = await transport.send({
      to: row.kepada ?? [],
      subject: row.subjek,
      html: row.html,
      text: row.teks,
      headers: { [IDEMPOTENCY_HEADER]: row.kunci },
    })
    await record({
      payload,
      id: row.id,
      data: {
        status: 'terkirim',
        percobaan: attempts,
        terkirimPada: now.toISOString(),
        messageId: result.messageId,
        galatTerakhir: result.rejected?.length ? `Ditolak untuk sebagian penerima: ${result.rejected.join(', ')}` : null,
        sedangDikirimSampai: now.toISOString(),
      },
    })
    return 'terkirim'
  } catch (error) {
    const failure = classifySendError(error)
    const isGivenUp = !failure.isPermanent && attempts >= MAX_ATTEMPTS
    const isFailed = failure.isPermanent || isGivenUp
    const message = isGivenUp ? `Dihentikan setelah ${attempts} percobaan. ${failure.message}` : failure.message
    await record({
      payload,
      id: row.id,
      data: {
        status: isFailed ? 'gagal' : 'antre',
        percobaan: attempts,
        galatTerakhir: message.slice(0, 2000),
        percobaanBerikut: isFailed ? null : nextAttemptAt({ now, attempts }).toISOString(),
        sedangDikirimSampai: now.toISOString(),
      },
    })
    payload.logger.warn(`Email ${row.kunci} ${isFailed ? 'gagal' : 'ditunda'} (percobaan ${attempts}): ${failure.message}`)
    return isFailed ? 'gagal' : 'ditunda'
  }
}

/**
 * Sends every queued email whose next attempt has come and that no other
 * flusher holds. A row that another flusher claimed first is skipped, not
 * counted. Safe to run from several processes at once.
 */
export async function flushOutbox({ payload, now, transport, limit = 1000, concurrency = 5 }: FlushOutboxArgs): Promise<FlushResult> {
  const result: FlushResult = { terkirim: 0, gagal: 0, ditunda: 0 }
  const seen = new Set<string>()
  let handled = 0
  while (handled < limit) {
    const due = await payload.find({
      collection: SLUGS.kotakKeluar,
      where: dueWhere(now),
      sort: 'percobaanBerikut',
      limit: Math.min(BATCH, limit - handled),
      depth: 0,
      pagination: false,
    })
    const rows = (due.docs as unknown as OutboxRow[]).filter((row) => !seen.has(String(row.id)))
    if (rows.length === 0) break
    for (const row of rows) seen.add(String(row.id))
    let next = 0
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++]!
        if (!(await claim({ payload, id: row.id, now }))) continue
        handled++
        result[await sendOne({ payload, row, now, transport })]++
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  }
  return result
}
