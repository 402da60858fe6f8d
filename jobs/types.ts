import type { Payload } from 'payload'
import type { z } from 'zod'

/**
 * A scheduled job: an id, the input it accepts (checked with zod before it
 * runs) and when it runs. The scheduler is the only caller that reads the
 * clock; it hands the moment in as `now`, so every run can be replayed.
 */
export type JobDefinition<TSchema extends z.ZodType> = {
  id: string
  input: TSchema
  /** Default schedule, cron syntax in Asia/Jakarta. */
  cron: string
  run: (args: { payload: Payload; input: z.infer<TSchema>; now: Date }) => Promise<unknown>
}
