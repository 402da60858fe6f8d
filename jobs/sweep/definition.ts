import type { JobDefinition } from '../types'
import { runSweep } from './handler'

export const sweepJob: JobDefinition = {
  id: 'sweep',
  // Hourly: a menu's status changes at a Jakarta midnight at the earliest, so the history stays fine-grained enough for trends.
  cron: '0 * * * *',
  run: ({ payload, now }) => runSweep({ payload, now }),
}
