import { z } from 'zod'

import type { Env } from '../../src/env'
import type { JobDefinition } from '../types'
import { runDigests } from './handler'

const digestInput = z.object({
  /** Replays another moment; the scheduler's slot otherwise. */
  now: z.iso.datetime({ offset: true, message: 'now harus waktu ISO-8601, mis. 2023-01-16T08:00:00+07:00' }).optional(),
  isDryRun: z.boolean().default(false),
})

/** Office digests and escalations; the env carries the public address, the link secret and the re-reminder interval. */
export function digestJob({ env }: { env: Pick<Env, 'publicUrl' | 'payloadSecret' | 'reminderIntervalDays'> }): JobDefinition<typeof digestInput> {
  return {
    id: 'ringkasan-harian',
    input: digestInput,
    // 08:00 WIB: offices read it when the working day starts, after the night's link check and the 08:00 sweep.
    cron: '0 8 * * *',
    run: ({ payload, input, now }) => runDigests({ payload, now: input.now ? new Date(input.now) : now, env, isDryRun: input.isDryRun }),
  }
}
