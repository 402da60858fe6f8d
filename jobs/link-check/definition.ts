import { z } from 'zod'

import type { JobDefinition } from '../types'
import { runLinkCheck } from './handler'

const linkCheckInput = z.object({
  /** Replays another moment; the scheduler's clock otherwise. */
  now: z.iso.datetime({ offset: true, message: 'now harus waktu ISO-8601, mis. 2023-01-16T02:00:00+07:00' }).optional(),
  /** Only this menu's links (registry kode). */
  menu: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'menu harus kode menu, mis. layanan-publik').optional(),
})

export const linkCheckJob: JobDefinition<typeof linkCheckInput> = {
  id: 'link-check',
  input: linkCheckInput,
  // Once a day at night: two consecutive failing runs then mean a link dead for a day, not a blip.
  cron: '0 2 * * *',
  run: ({ payload, input, now }) => runLinkCheck({ payload, now: input.now ? new Date(input.now) : now, menu: input.menu }),
}
