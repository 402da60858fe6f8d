import type { Payload } from 'payload'

/**
 * A scheduled job: an id (also its folder under jobs/ and its rows in
 * job-runs) and when it runs. The scheduler is the only caller that reads the
 * clock; it hands the slot's moment in as `now`, so every run can be replayed
 * (the commands take --now for the same).
 */
export type JobDefinition = {
  id: string
  /** Default schedule, cron syntax in Asia/Jakarta. */
  cron: string
  run: (args: { payload: Payload; now: Date }) => Promise<unknown>
}
