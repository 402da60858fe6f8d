import { and, eq, lt } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { JobRunStorage } from './types'

type SqlTable = Record<string, unknown>
type DrizzleLike = {
  update: (table: unknown) => { set: (values: unknown) => { where: (where: unknown) => { returning: (fields: unknown) => Promise<{ id: string | number }[]> } } }
}

/**
 * SQLite and PostgreSQL: one UPDATE ... WHERE, which the database applies
 * atomically. Payload's own update-by-where reads the ids first and writes
 * them afterwards, so two instances could both "win" a takeover in between.
 */
export function sqlJobRunStorage(payload: Payload): JobRunStorage {
  const db = payload.db as unknown as { drizzle: DrizzleLike; tables: Record<string, SqlTable>; tableNameMap?: Map<string, string> }
  return {
    compareAndSet: async ({ kunci, when, change }) => {
      const table = db.tables[db.tableNameMap?.get('job_runs') ?? 'job_runs']
      if (!table) throw new Error('Tabel job_runs tidak ditemukan.')
      const column = (name: string) => table[name] as Parameters<typeof eq>[0]
      const values: Record<string, unknown> = {}
      for (const [key, value] of Object.entries({ ...change, updatedAt: new Date() })) {
        if (value === undefined) continue
        values[key] = value instanceof Date ? value.toISOString() : value
      }
      const conditions = [eq(column('kunci'), kunci)]
      if (when.status) conditions.push(eq(column('status'), when.status))
      if (when.pemilik) conditions.push(eq(column('pemilik'), when.pemilik))
      if (when.leaseExpiredBefore) conditions.push(lt(column('sewaSampai'), when.leaseExpiredBefore.toISOString()))
      const changed = await db.drizzle
        .update(table)
        .set(values)
        .where(and(...conditions))
        .returning({ id: column('id') })
      return changed.length > 0
    },
  }
}
