import type { Env } from '../../src/env'
import type { JobDefinition } from '../types'
import { runDigests } from './handler'

/** Office digests and escalations; the env carries the public address, the link secret and the re-reminder interval. */
export function digestJob({ env }: { env: Pick<Env, 'publicUrl' | 'payloadSecret' | 'reminderIntervalDays'> }): JobDefinition {
  return {
    id: 'ringkasan-harian',
    // 08:00 WIB: offices read it when the working day starts, after the night's link check and the 08:00 sweep.
    cron: '0 8 * * *',
    run: ({ payload, now }) => runDigests({ payload, now, env, isDryRun: false }),
  }
}
