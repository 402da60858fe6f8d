import type { Payload } from 'payload'

import { mongoJobRunStorage } from './mongodb'
import { sqlJobRunStorage } from './sql'
import type { JobRunStorage } from './types'

export type { JobRunStatus, JobRunStorage, RunChange, RunCondition } from './types'

/** One implementation per kind of adapter: SQL through Drizzle, MongoDB through its driver; any other adapter is refused, not guessed at. */
export function jobRunStorageOf(payload: Payload): JobRunStorage {
  switch (payload.db.name) {
    case 'mongoose':
      return mongoJobRunStorage(payload)
    case 'sqlite':
    case 'postgres':
      return sqlJobRunStorage(payload)
    default:
      throw new Error(`Penyimpanan putaran tugas tidak tersedia untuk adapter basis data "${payload.db.name}".`)
  }
}
