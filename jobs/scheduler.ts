/**
 * The only place that reads the clock for a decision and the only node-cron
 * import. Each tick turns its scheduled time into a slot, claims (job, slot)
 * in job-runs, and runs the job with `now` = the slot, so a late tick or a
 * replay judges exactly the moment it was scheduled for.
 */
import cron from 'node-cron'
import type { ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'

import { createTransport } from '../src/email/transport'
import type { EmailTransport } from '../src/email/transport'
import type { Env } from '../src/env'
import { JAKARTA_TIME_ZONE, jakartaDateTime } from '../src/domain/calendar'
import { digestJob } from './ringkasan-harian/definition'
import { linkCheckJob } from './link-check/definition'
import { outboxFlushJob } from './kirim-email/definition'
import { DEFAULT_LEASE_MS, newInstanceId, withClaimedRun } from './runs'
import { sweepJob } from './sweep/definition'
import type { JobDefinition } from './types'
import { weeklyReportJob } from './laporan-mingguan/definition'

export type AnyJobDefinition = JobDefinition

export type ScheduledJob = { definition: AnyJobDefinition; cron: string }

export type SchedulerEnv = Pick<Env, 'scheduler' | 'publicUrl' | 'payloadSecret' | 'reminderIntervalDays' | 'smtpUrl' | 'mailFrom' | 'dataDir' | 'emailOverrideTo'>

export type RunningScheduler = {
  instanceId: string
  jobs: { id: string; cron: string }[]
  /** Stops ticking and waits for the runs in progress to finish. */
  stop: () => Promise<void>
}

/** The scheduled instant as Palembang wall-clock time, e.g. 2026-01-05T08:00:00+07:00 (WIB has no daylight saving). */
export function slotOf({ scheduledAt }: { scheduledAt: Date }): { slot: string; at: Date } {
  const at = new Date(Math.floor(scheduledAt.getTime() / 1000) * 1000)
  return { slot: jakartaDateTime({ at }), at }
}

/** What job-runs keeps of a job's result: its numbers, and the length of its lists. */
export function countsOf(result: unknown): Record<string, number | boolean | null> | null {
  if (!result || typeof result !== 'object') return null
  const counts: Record<string, number | boolean | null> = {}
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number' || typeof value === 'boolean') counts[key] = value
    else if (Array.isArray(value)) counts[key] = value.length
  }
  return counts
}

/** The standard jobs with the schedules from the environment. */
export function defaultJobs({ env, transport }: { env: SchedulerEnv; transport: EmailTransport }): ScheduledJob[] {
  return [
    { definition: sweepJob, cron: env.scheduler.sweep },
    { definition: digestJob({ env }), cron: env.scheduler.digest },
    { definition: weeklyReportJob({ env }), cron: env.scheduler.weekly },
    { definition: outboxFlushJob({ transport }), cron: env.scheduler.outbox },
    { definition: linkCheckJob, cron: linkCheckJob.cron },
  ]
}

/**
 * Starts ticking. Several instances may run it on one database: the claim
 * lets one of them run each slot. `extraJobs` adds jobs beyond the standard
 * set, each at its own default cron.
 */
export function startScheduler({
  payload,
  env,
  instanceId = newInstanceId(),
  jobs,
  extraJobs = [],
  leaseMs = DEFAULT_LEASE_MS,
}: {
  payload: Payload
  env: SchedulerEnv
  instanceId?: string
  /** Replaces the standard set (tests). */
  jobs?: ScheduledJob[]
  extraJobs?: AnyJobDefinition[]
  leaseMs?: number
}): RunningScheduler {
  const transport = jobs ? null : createTransport({ env, logger: { info: (message) => payload.logger.info(message) } })
  const scheduled = [...(jobs ?? defaultJobs({ env, transport: transport! })), ...extraJobs.map((definition) => ({ definition, cron: definition.cron }))]
  for (const job of scheduled) {
    if (!cron.validate(job.cron)) throw new Error(`Jadwal tugas ${job.definition.id} tidak sah: "${job.cron}".`)
  }

  const inFlight = new Set<Promise<unknown>>()
  const tick = async (job: ScheduledJob, scheduledAt: Date) => {
    const { slot, at } = slotOf({ scheduledAt })
    const outcome = await withClaimedRun({
      payload,
      job: job.definition.id,
      slot,
      instanceId,
      leaseMs,
      run: () => job.definition.run({ payload, now: at }),
      countsOf,
    })
    if (outcome.isClaimed && !outcome.error) payload.logger.debug(`Tugas ${job.definition.id} slot ${slot} selesai.`)
  }
  const tasks: ScheduledTask[] = scheduled.map((job) =>
    cron.schedule(
      job.cron,
      (context) => {
        const running = tick(job, context.date).catch((error: unknown) => {
          payload.logger.error({ err: error, tugas: job.definition.id }, `Tugas ${job.definition.id} tidak dapat dijalankan.`)
        })
        inFlight.add(running)
        void running.finally(() => inFlight.delete(running))
        return running
      },
      { timezone: JAKARTA_TIME_ZONE, name: `segar:${job.definition.id}:${instanceId}`, noOverlap: true },
    ),
  )
  payload.logger.info(
    `Penjadwal berjalan (${instanceId}): ${scheduled.map((job) => `${job.definition.id} "${job.cron}"`).join(', ')}.`,
  )

  let isStopped = false
  return {
    instanceId,
    jobs: scheduled.map((job) => ({ id: job.definition.id, cron: job.cron })),
    stop: async () => {
      if (isStopped) return
      isStopped = true
      await Promise.all(tasks.map((task) => task.destroy()))
      await Promise.allSettled([...inFlight])
      transport?.close()
    },
  }
}
