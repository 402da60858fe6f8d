import type { Env } from '../../src/env'
import type { JobDefinition } from '../types'
import { runWeeklyReport } from './handler'

export function weeklyReportJob({ env }: { env: Pick<Env, 'publicUrl'> }): JobDefinition {
  return {
    id: 'laporan-mingguan',
    // Monday 07:00 WIB: Diskominfo has last week's figures before the offices' digests arrive at 08:00.
    cron: '0 7 * * 1',
    run: ({ payload, now }) => runWeeklyReport({ payload, now, env, isDryRun: false }),
  }
}
