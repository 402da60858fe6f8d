import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slotOf, startScheduler } from '../../jobs/scheduler'
import type { AnyJobDefinition } from '../../jobs/scheduler'
import { parseEnv } from '../../src/env'
import { SLUGS } from '../../src/slugs'
import { startTestPayload, TEST_SECRET } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('scheduler: node-cron ticks, claimed once per slot', () => {
  let context: TestPayload
  let payload: Payload

  beforeAll(async () => {
    context = await startTestPayload({ isFile: true })
    payload = context.payload
  }, 120_000)

  afterAll(async () => {
    await context?.cleanup()
  })

  it('should name a slot by its scheduled Palembang time', () => {
    expect(slotOf({ scheduledAt: new Date('2026-01-05T01:00:00.412Z') })).toEqual({
      slot: '2026-01-05T08:00:00+07:00',
      at: new Date('2026-01-05T01:00:00.000Z'),
    })
  })

  it('should run each slot once when two instances tick on one database', async () => {
    const seen: { instance: string; now: string }[] = []
    const counting = (instance: string): AnyJobDefinition => ({
      id: 'hitung',
      cron: '* * * * * *',
      run: async ({ now }) => {
        seen.push({ instance, now: now.toISOString() })
        await wait(150)
        return { dihitung: 1 }
      },
    })
    const env = parseEnv({ PAYLOAD_SECRET: TEST_SECRET })
    const first = startScheduler({ payload, env, instanceId: 'satu', jobs: [{ definition: counting('satu'), cron: '* * * * * *' }] })
    const second = startScheduler({ payload, env, instanceId: 'dua', jobs: [{ definition: counting('dua'), cron: '* * * * * *' }] })
    await wait(3500)
    await Promise.all([first.stop(), second.stop()])

    const runs = await payload.find({ collection: SLUGS.jobRuns, where: { tugas: { equals: 'hitung' } }, pagination: false, overrideAccess: true })
    expect(runs.docs.length).toBeGreaterThanOrEqual(2)
    expect(new Set(runs.docs.map((run) => run.slot)).size).toBe(runs.docs.length)
    expect(seen).toHaveLength(runs.docs.length)
    expect(new Set(seen.map((call) => call.now)).size).toBe(seen.length)
    for (const run of runs.docs) {
      expect(run.status).toBe('selesai')
      expect(run.hitungan).toEqual({ dihitung: 1 })
      // The job was handed the slot's time, not the moment it happened to start.
      expect(seen.some((call) => slotOf({ scheduledAt: new Date(call.now) }).slot === run.slot)).toBe(true)
    }
  }, 20_000)

  it('should wire the sweep to its environment schedule and record the run', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-scheduler-'))
    const env = parseEnv({ PAYLOAD_SECRET: TEST_SECRET, SCHEDULE_SWEEP: '* * * * * *', DATA_DIR: dataDir })
    const scheduler = startScheduler({ payload, env, instanceId: 'web-1' })
    expect(scheduler.jobs.map((job) => job.id)).toEqual(['sweep', 'ringkasan-harian', 'laporan-mingguan', 'kirim-email', 'link-check'])
    await wait(2300)
    await scheduler.stop()
    const runs = await payload.find({ collection: SLUGS.jobRuns, where: { tugas: { equals: 'sweep' } }, pagination: false, overrideAccess: true })
    expect(runs.docs.length).toBeGreaterThanOrEqual(1)
    expect(runs.docs[0]?.status).toBe('selesai')
    expect(runs.docs[0]?.pemilik).toBe('web-1')
    expect(runs.docs[0]?.slot).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }, 20_000)

  it('should refuse a schedule node-cron cannot read', () => {
    const env = parseEnv({ PAYLOAD_SECRET: TEST_SECRET, SCHEDULE_DIGEST: '99 8 * * *' })
    expect(() => startScheduler({ payload, env, instanceId: 'x' })).toThrow(/ringkasan-harian/)
  })
})
