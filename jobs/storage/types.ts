import type { JobRun as JobRunDocument } from '../../src/payload-types'

export type JobRunStatus = JobRunDocument['status']

/** What a run's row must still look like for a change to apply. */
export type RunCondition = { status?: JobRunStatus; instanceId?: string; leaseExpiredBefore?: Date }

export type RunChange = Partial<{
  status: JobRunStatus
  instanceId: string
  sewaSampai: Date
  mulai: Date
  selesai: Date
  galat: string | null
  hitungan: unknown
}>

/**
 * The one write the claim and lease logic needs from a database: change the
 * row of `kunci` only if it still matches `when`, decided by the server, so
 * that of two instances only one gets true. Inserting a claim and reading
 * rows go through Payload's Local API on every adapter.
 */
export type JobRunStorage = {
  compareAndSet: (args: { kunci: string; when: RunCondition; change: RunChange }) => Promise<boolean>
}

/** The stored field of each condition and change; `pemilik` in job-runs is the instance that holds the run. */
export const RUN_FIELDS = {
  status: 'status',
  instanceId: 'pemilik',
  sewaSampai: 'sewaSampai',
  mulai: 'mulai',
  selesai: 'selesai',
  galat: 'galat',
  hitungan: 'hitungan',
} as const satisfies Record<keyof RunChange, keyof JobRunDocument>

/** The change as stored fields, without the keys left undefined. */
export function storedChange(change: RunChange): Record<string, unknown> {
  const stored: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(change)) {
    if (value !== undefined) stored[RUN_FIELDS[key as keyof RunChange]] = value
  }
  return stored
}
