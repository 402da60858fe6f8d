import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimRun, finishRun, renewLease, withClaimedRun } from '../../jobs/runs'
import { SLUGS } from '../../src/slugs'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

describe('job-runs: one run per slot across instances', () => {
  let context: TestPayload
  let payload: Payload

  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
  }, 120_000)

  afterAll(async () => {
    await context?.cleanup()
  })

  it('should let only one of two instances claim the same slot', async () => {
    const now = new Date('2026-01-05T01:00:00Z')
    const slot = '2026-01-05T08:00:00+07:00'
    const [a, b] = await Promise.all([
      claimRun({ payload, job: 'ringkasan-harian', slot, now, instanceId: 'host-a:1:aa' }),
      claimRun({ payload, job: 'ringkasan-harian', slot, now, instanceId: 'host-b:2:bb' }),
    ])
    expect([a, b].filter(Boolean)).toHaveLength(1)
    const rows = await payload.find({ collection: SLUGS.jobRuns, where: { slot: { equals: slot } }, overrideAccess: true })
    expect(rows.docs).toHaveLength(1)
    expect(rows.docs[0]?.kunci).toBe(`ringkasan-harian:${slot}`)
    expect(rows.docs[0]?.status).toBe('berjalan')
  })

  it('should not claim a slot again once its run finished, even after the lease', async () => {
    const now = new Date('2026-01-05T02:00:00Z')
    const slot = '2026-01-05T09:00:00+07:00'
    const run = await claimRun({ payload, job: 'sweep', slot, now, leaseMs: 1000, instanceId: 'a' })
    expect(run).not.toBeNull()
    expect(await finishRun({ payload, run: run!, now, hitungan: { menu: 3 } })).toBe(true)
    const later = new Date(now.getTime() + 60_000)
    expect(await claimRun({ payload, job: 'sweep', slot, now: later, instanceId: 'b' })).toBeNull()
    const row = await payload.findByID({ collection: SLUGS.jobRuns, id: run!.id, overrideAccess: true })
    expect(row.status).toBe('selesai')
    expect(row.hitungan).toEqual({ menu: 3 })
  })

  it('should take over a run whose lease expired, once, and refuse the old owner afterwards', async () => {
    const now = new Date('2026-01-05T03:00:00Z')
    const slot = '2026-01-05T10:00:00+07:00'
    const dead = await claimRun({ payload, job: 'sweep', slot, now, leaseMs: 60_000, instanceId: 'mati' })
    expect(dead).not.toBeNull()

    const tooEarly = new Date(now.getTime() + 30_000)
    expect(await claimRun({ payload, job: 'sweep', slot, now: tooEarly, instanceId: 'b' })).toBeNull()

    const expired = new Date(now.getTime() + 61_000)
    // Eight at once: a check-then-write takeover lets several through (measured on FerretDB).
    const racers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => claimRun({ payload, job: 'sweep', slot, now: expired, instanceId: `pengambil-${index}` })),
    )
    const winners = racers.filter((run) => run !== null)
    expect(winners).toHaveLength(1)
    expect(winners[0]!.isTakeover).toBe(true)

    expect(await renewLease({ payload, run: dead!, now: expired })).toBe(false)
    expect(await finishRun({ payload, run: dead!, now: expired })).toBe(false)
    expect(await finishRun({ payload, run: winners[0]!, now: expired, hitungan: { ok: 1 } })).toBe(true)
    const row = await payload.findByID({ collection: SLUGS.jobRuns, id: dead!.id, overrideAccess: true })
    expect(row.status).toBe('selesai')
    expect(row.pemilik).toBe(winners[0]!.instanceId)
    expect(row.galat).toContain('mati')
  })

  it('should record a failing run with its error and keep the lease alive while it works', async () => {
    const slot = '2026-01-05T11:00:00+07:00'
    const outcome = await withClaimedRun({
      payload,
      job: 'laporan-mingguan',
      slot,
      instanceId: 'a',
      leaseMs: 300,
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 700))
        throw new Error('SMTP mati')
      },
    })
    expect(outcome.isClaimed).toBe(true)
    const row = (await payload.find({ collection: SLUGS.jobRuns, where: { slot: { equals: slot } }, overrideAccess: true })).docs[0]!
    expect(row.status).toBe('gagal')
    expect(row.galat).toContain('SMTP mati')
    // Renewed while it ran: the lease ends well after the start plus one lease.
    expect(new Date(row.sewaSampai as string).getTime()).toBeGreaterThan(new Date(row.mulai as string).getTime() + 300)
  })

  it('should keep job runs away from anonymous REST readers', async () => {
    await expect(payload.find({ collection: SLUGS.jobRuns, overrideAccess: false })).rejects.toThrow()
  })
})
