import { z } from 'zod'

import type { Env } from '../../src/env'
import type { JobDefinition } from '../types'
import { runWeeklyReport } from './handler'

const weeklyInput = z.object({
  now: z.iso.datetime({ offset: true, message: 'now harus waktu ISO-8601, mis. 2023-01-16T07:00:00+07:00' }).optional(),
  isDryRun: z.boolean().default(false),
})

export function weeklyReportJob({ env }: { env: Pick<Env, 'publicUrl'> }): JobDefinition<typeof weeklyInput> {
  return {
    id: 'laporan-mingguan',
    input: weeklyInput,
    // Monday 07:00 WIB: Diskominfo has last week's figures before the offices' digests arrive at 08:00.
    cron: '0 7 * * 1',
    run: ({ payload, input, now }) => runWeeklyReport({ payload, now: input.now ? new Date(input.now) : now, env, isDryRun: input.isDryRun }),
  }
}
