import os from 'node:os'
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { isUniqueViolation } from '../src/database'
import type { JobRun as JobRunDocument } from '../src/payload-types'
import { SLUGS } from '../src/slugs'
import { jobRunStorageOf } from './storage'
import type { JobRunStatus, RunChange, RunCondition } from './storage'

export type JobRun = {
  id: string | number
  kunci: string
  tugas: string
  slot: string
  status: JobRunStatus
  mulai: string
  /** The instance holding the run (stored as job-runs `pemilik`). */
  instanceId: string
  sewaSampai: string
  /** True when this instance took over a run whose owner stopped renewing its lease. */
  isTakeover: boolean
}

export const DEFAULT_LEASE_MS = 5 * 60 * 1000

/** Inserts tried when the unique key clashes with a row that cannot be read. */
const CLAIM_ATTEMPTS = 5

/** Unique per process and per start: two workers on one host, or one restarted with the same pid, never share an id. */
export function newInstanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
}

export function runKey({ job, slot }: { job: string; slot: string }): string {
  return `${job}:${slot}`
}

function compareAndSet({ payload, kunci, when, change }: { payload: Payload; kunci: string; when: RunCondition; change: RunChange }): Promise<boolean> {
  return jobRunStorageOf(payload).compareAndSet({ kunci, when, change })
}

/** A claim that the database contradicts: two instances could both run the slot, so the tick stops instead. */
export class ClaimError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ClaimError'
  }
}

function toRun(doc: Pick<JobRunDocument, 'id' | 'kunci' | 'tugas' | 'slot' | 'status' | 'mulai' | 'pemilik' | 'sewaSampai'>, isTakeover: boolean): JobRun {
  return {
    id: doc.id,
    kunci: doc.kunci,
    tugas: doc.tugas,
    slot: doc.slot,
    status: doc.status,
    mulai: doc.mulai,
    instanceId: doc.pemilik,
    sewaSampai: doc.sewaSampai,
    isTakeover,
  }
}

async function findRun({ payload, kunci }: { payload: Payload; kunci: string }): Promise<JobRunDocument | null> {
  const found = await payload.find({
    collection: SLUGS.jobRuns,
    where: { kunci: { equals: kunci } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] ?? null
}

/**
 * Claims (job, slot) for this instance. The unique key decides between
 * instances that tick together; a row left 'berjalan' by a process that died
 * is taken over once its lease has run out, and only by one instance.
 * Null: another instance has it, or it is already done.
 */
export async function claimRun({
  payload,
  job,
  slot,
  now,
  leaseMs = DEFAULT_LEASE_MS,
  instanceId,
}: {
  payload: Payload
  job: string
  slot: string
  now: Date
  leaseMs?: number
  instanceId: string
}): Promise<JobRun | null> {
  const kunci = runKey({ job, slot })
  const sewaSampai = new Date(now.getTime() + leaseMs)
  let existing: JobRunDocument | null = null
  // A clash with a row that is not there (yet, or any more: the other instance's insert was still
  // being committed, or rolled back) is tried again; the unique key still decides who runs.
  for (let attempt = 1; !existing; attempt += 1) {
    try {
      const created = await payload.create({
        collection: SLUGS.jobRuns,
        data: { kunci, tugas: job, slot, status: 'berjalan', mulai: now.toISOString(), pemilik: instanceId, sewaSampai: sewaSampai.toISOString() },
        depth: 0,
        overrideAccess: true,
      })
      return toRun(created, false)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
    existing = await findRun({ payload, kunci })
    if (!existing && attempt >= CLAIM_ATTEMPTS) {
      throw new ClaimError(`Putaran ${kunci} bentrok dengan kunci unik ${attempt} kali, tetapi barisnya tidak ditemukan.`)
    }
    if (!existing) await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
  }
  if (existing.status !== 'berjalan') return null
  const leaseEnd = new Date(existing.sewaSampai).getTime()
  if (Number.isNaN(leaseEnd)) throw new ClaimError(`Putaran ${kunci} tersimpan tanpa sewaSampai yang sah: "${existing.sewaSampai}".`)
  if (leaseEnd >= now.getTime()) return null
  const isTaken = await compareAndSet({
    payload,
    kunci,
    when: { status: 'berjalan', leaseExpiredBefore: now },
    change: { instanceId, sewaSampai, mulai: now, galat: `Diambil alih dari ${existing.pemilik} (sewa habis).` },
  })
  if (!isTaken) return null
  const taken = await findRun({ payload, kunci })
  if (!taken) throw new ClaimError(`Putaran ${kunci} diambil alih oleh ${instanceId}, tetapi barisnya tidak ditemukan lagi.`)
  // Our own lease may already have run out again and passed to a third instance: then it is that one's run.
  return taken.pemilik === instanceId ? toRun(taken, true) : null
}

/** Extends the lease; false when another instance has taken the run over meanwhile. */
export async function renewLease({ payload, run, now, leaseMs = DEFAULT_LEASE_MS }: { payload: Payload; run: JobRun; now: Date; leaseMs?: number }): Promise<boolean> {
  return compareAndSet({
    payload,
    kunci: run.kunci,
    when: { status: 'berjalan', instanceId: run.instanceId },
    change: { sewaSampai: new Date(now.getTime() + leaseMs) },
  })
}

/** Records the outcome; false when the run was taken over and so is no longer this instance's to finish. */
export async function finishRun({
  payload,
  run,
  now,
  hitungan,
  error,
}: {
  payload: Payload
  run: JobRun
  now: Date
  hitungan?: unknown
  error?: unknown
}): Promise<boolean> {
  const galat = error === undefined ? null : error instanceof Error ? (error.stack ?? error.message) : String(error)
  return compareAndSet({
    payload,
    kunci: run.kunci,
    when: { status: 'berjalan', instanceId: run.instanceId },
    change: { status: error === undefined ? 'selesai' : 'gagal', selesai: now, hitungan: hitungan ?? null, galat: galat ?? (run.isTakeover ? undefined : null) },
  })
}

/**
 * Claims, renews the lease every third of it while `run` works, records the
 * outcome. The lease runs on the wall clock (it is about whether a process is
 * alive), while the job itself gets the slot's time.
 */
export async function withClaimedRun<T>({
  payload,
  job,
  slot,
  instanceId,
  leaseMs = DEFAULT_LEASE_MS,
  clock = () => new Date(),
  run,
  countsOf,
}: {
  payload: Payload
  job: string
  slot: string
  instanceId: string
  leaseMs?: number
  clock?: () => Date
  run: () => Promise<T>
  countsOf?: (result: T) => unknown
}): Promise<{ isClaimed: false } | { isClaimed: true; run: JobRun; result?: T; error?: unknown }> {
  const claimed = await claimRun({ payload, job, slot, now: clock(), leaseMs, instanceId })
  if (!claimed) return { isClaimed: false }
  const heartbeat = setInterval(() => {
    renewLease({ payload, run: claimed, now: clock(), leaseMs }).catch((error: unknown) => {
      payload.logger.warn({ err: error, kunci: claimed.kunci }, 'Sewa tugas gagal diperpanjang.')
    })
  }, Math.max(Math.floor(leaseMs / 3), 50))
  heartbeat.unref()
  try {
    const result = await run()
    clearInterval(heartbeat)
    await finishRun({ payload, run: claimed, now: clock(), hitungan: countsOf ? countsOf(result) : result })
    return { isClaimed: true, run: claimed, result }
  } catch (error) {
    clearInterval(heartbeat)
    payload.logger.error({ err: error, kunci: claimed.kunci }, `Tugas ${job} untuk slot ${slot} gagal.`)
    await finishRun({ payload, run: claimed, now: clock(), error }).catch(() => false)
    return { isClaimed: true, run: claimed, error }
  }
}
