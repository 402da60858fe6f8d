import type { Payload } from 'payload'

import { SLUGS } from '../src/slugs'
import { claimRun, newInstanceId, renewLease, runKey } from './runs'

const SLOT = 'tunggal'

/**
 * Runs `run` while no other process (on any instance sharing the database)
 * runs under the same name; the others wait their turn instead of failing.
 * Held as a job-runs row with a lease on the wall clock: a holder that dies
 * is taken over once its lease runs out. The row is removed when done, so
 * the next holder can claim it again.
 */
export async function withExclusiveLock<T>({
  payload,
  name,
  run,
  leaseMs = 60_000,
  waitMs = 10 * 60_000,
  clock = () => new Date(),
}: {
  payload: Payload
  name: string
  run: () => Promise<T>
  leaseMs?: number
  waitMs?: number
  clock?: () => Date
}): Promise<T> {
  const job = `kunci:${name}`
  const instanceId = newInstanceId()
  const startedAt = clock().getTime()
  let claimed = await claimRun({ payload, job, slot: SLOT, now: clock(), leaseMs, instanceId })
  while (!claimed) {
    if (clock().getTime() - startedAt > waitMs) {
      throw new Error(`${name} lain masih berjalan lebih dari ${Math.round(waitMs / 1000)} detik; coba lagi nanti.`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.floor(Math.random() * 150)))
    claimed = await claimRun({ payload, job, slot: SLOT, now: clock(), leaseMs, instanceId })
  }
  const held = claimed
  const heartbeat = setInterval(() => {
    renewLease({ payload, run: held, now: clock(), leaseMs }).catch((error: unknown) => {
      payload.logger.warn({ err: error, kunci: held.kunci }, 'Sewa kunci gagal diperpanjang.')
    })
  }, Math.max(Math.floor(leaseMs / 3), 50))
  heartbeat.unref()
  try {
    return await run()
  } finally {
    clearInterval(heartbeat)
    await payload.delete({
      collection: SLUGS.jobRuns,
      where: { and: [{ kunci: { equals: runKey({ job, slot: SLOT }) } }, { pemilik: { equals: instanceId } }] },
      overrideAccess: true,
    })
  }
}
