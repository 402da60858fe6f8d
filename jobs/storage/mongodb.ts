import type { Document, Filter } from 'mongodb'
import type { Payload } from 'payload'

import { SLUGS } from '../../src/slugs'
import { compareAndSetDocument } from '../../src/storage/mongodb'
import type { JobRunStorage } from './types'

/** MongoDB (and FerretDB): the driver, with the unique-fence compare-and-set that holds on both. */
export function mongoJobRunStorage(payload: Payload): JobRunStorage {
  return {
    compareAndSet: async ({ kunci, when, change }) => {
      const filter: Filter<Document> = { kunci }
      if (when.status) filter.status = when.status
      if (when.pemilik) filter.pemilik = when.pemilik
      if (when.leaseExpiredBefore) filter.sewaSampai = { $lt: when.leaseExpiredBefore }
      const set = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined))
      return compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter, set })
    },
  }
}
