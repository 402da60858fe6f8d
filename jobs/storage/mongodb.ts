import type { Document, Filter } from 'mongodb'
import type { Payload } from 'payload'

import { SLUGS } from '../../src/slugs'
import { compareAndSetDocument } from '../../src/storage/mongodb'
import { RUN_FIELDS, storedChange } from './types'
import type { JobRunStorage } from './types'

/** MongoDB (and FerretDB): the driver, with the unique-fence compare-and-set that holds on both. */
export function mongoJobRunStorage(payload: Payload): JobRunStorage {
  return {
    compareAndSet: async ({ kunci, when, change }) => {
      const filter: Filter<Document> = { kunci }
      if (when.status) filter[RUN_FIELDS.status] = when.status
      if (when.instanceId) filter[RUN_FIELDS.instanceId] = when.instanceId
      if (when.leaseExpiredBefore) filter[RUN_FIELDS.sewaSampai] = { $lt: when.leaseExpiredBefore }
      return compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter, set: storedChange(change) })
    },
  }
}
