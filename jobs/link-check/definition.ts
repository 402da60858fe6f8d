import type { JobDefinition } from '../types'
import { runLinkCheck } from './handler'

export const linkCheckJob: JobDefinition = {
  id: 'link-check',
  // Once a day at night: two consecutive failing runs then mean a link dead for a day, not a blip.
  cron: '0 2 * * *',
  run: ({ payload, now }) => runLinkCheck({ payload, now }),
}
