import { z } from 'zod'

import type { JobDefinition } from '../types'
import { runSweep } from './handler'

const sweepInput = z.object({
  /** Replays another moment; the scheduler's clock otherwise. */
  now: z.iso.datetime({ offset: true, message: 'now harus waktu ISO-8601, mis. 2023-01-16T09:00:00+07:00' }).optional(),
})

export const sweepJob: JobDefinition<typeof sweepInput> = {
  id: 'sweep',
  input: sweepInput,
  // Hourly: a menu's status changes at a Jakarta midnight at the earliest, so the history stays fine-grained enough for trends.
  cron: '0 * * * *',
  run: ({ payload, input, now }) => runSweep({ payload, now: input.now ? new Date(input.now) : now }),
}
