import type { JobRunStatus } from '../../collections/JobRuns'

/** What a run's row must still look like for a change to apply. */
export type RunCondition = { status?: JobRunStatus; pemilik?: string; leaseExpiredBefore?: Date }

export type RunChange = Partial<{
  status: JobRunStatus
  pemilik: string
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
