import { z } from 'zod'

import { flushOutbox } from '../../src/email/outbox'
import type { EmailTransport } from '../../src/email/transport'
import type { JobDefinition } from '../types'

const flushInput = z.object({
  now: z.iso.datetime({ offset: true, message: 'now harus waktu ISO-8601' }).optional(),
  limit: z.number().int().min(1).max(10_000).default(1000),
})

/** Sends what the outbox holds and retries what failed for a while; the transport is opened once by the scheduler. */
export function outboxFlushJob({ transport }: { transport: EmailTransport }): JobDefinition<typeof flushInput> {
  return {
    id: 'kirim-email',
    input: flushInput,
    cron: '*/5 * * * *',
    run: ({ payload, input, now }) => flushOutbox({ payload, now: input.now ? new Date(input.now) : now, transport, limit: input.limit }),
  }
}
