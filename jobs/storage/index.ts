import type { Payload } from 'payload'

import { isMongoDatabase } from '../../src/storage/mongodb'
import { mongoJobRunStorage } from './mongodb'
import { sqlJobRunStorage } from './sql'
import type { JobRunStorage } from './types'

export type { JobRunStorage, RunChange, RunCondition } from './types'

/** One implementation per kind of adapter: SQL through Drizzle, MongoDB through its driver. */
export function jobRunStorageOf(payload: Payload): JobRunStorage {
  return isMongoDatabase(payload) ? mongoJobRunStorage(payload) : sqlJobRunStorage(payload)
}
