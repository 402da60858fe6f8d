import type { Payload } from 'payload'

import { HOLIDAY_KINDS } from '../domain/holidays'
import type { Holiday, HolidayKind } from '../domain/holidays'
import { SLUGS } from '../slugs'

const isHolidayKind = (value: unknown): value is HolidayKind => HOLIDAY_KINDS.includes(value as HolidayKind)

/** The holiday calendar Diskominfo maintains, in the shape the freshness rule takes. */
export async function loadHolidays({ payload }: { payload: Payload }): Promise<Holiday[]> {
  const result = await payload.find({
    collection: SLUGS.hariLibur,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'tanggal',
    overrideAccess: true,
  })
  return result.docs.flatMap((doc) =>
    isHolidayKind(doc.jenis) ? [{ tanggal: doc.tanggal, nama: doc.nama, jenis: doc.jenis }] : [],
  )
}
