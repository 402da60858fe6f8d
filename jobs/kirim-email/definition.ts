import { flushOutbox } from '../../src/email/outbox'
import type { EmailTransport } from '../../src/email/transport'
import type { JobDefinition } from '../types'

/** At most this many emails per tick; the rest wait for the next one. */
const FLUSH_LIMIT = 1000

/** Sends what the outbox holds and retries what failed for a while; the transport is opened once by the scheduler. */
export function outboxFlushJob({ transport }: { transport: EmailTransport }): JobDefinition {
  return {
    id: 'kirim-email',
    cron: '*/5 * * * *',
    run: ({ payload, now }) => flushOutbox({ payload, now, transport, limit: FLUSH_LIMIT }),
  }
}
