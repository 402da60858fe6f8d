import type { Payload } from 'payload'

import { holidayLookup, INDONESIAN_HOLIDAYS } from '../src/domain/holidays'
import { SLUGS } from '../src/slugs'
import { tally } from './ensure'
import type { SeedReport } from './ensure'

/**
 * The decreed holidays of 2025-2027, one row per day. A day already in the
 * calendar is left as it is: Diskominfo may have corrected it since.
 */
export async function seedHolidays({ payload, report }: { payload: Payload; report?: SeedReport }): Promise<{ created: number; unchanged: number }> {
  const existing = await payload.find({
    collection: SLUGS.hariLibur,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { tanggal: true },
  })
  const known = new Set(existing.docs.map((doc) => doc.tanggal))
  let created = 0
  let unchanged = 0
  // Two decrees can name one day (a holiday and a leave day); the calendar keeps one row per day.
  for (const holiday of holidayLookup({ holidays: INDONESIAN_HOLIDAYS }).values()) {
    const isNew = !known.has(holiday.tanggal)
    if (isNew) {
      await payload.create({ collection: SLUGS.hariLibur, data: { ...holiday }, depth: 0, overrideAccess: true })
      created += 1
    } else {
      unchanged += 1
    }
    if (report) tally(report, SLUGS.hariLibur, isNew)
  }
  return { created, unchanged }
}
