import { and, eq, lt } from '@payloadcms/db-sqlite/drizzle'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { RUN_FIELDS, storedChange } from './types'
import type { JobRunStorage } from './types'

type Column = Parameters<typeof eq>[0]

/** The one Drizzle call used here; LibSQL's and node-postgres' builders both have it, with different types. */
type UpdateReturning = {
  update: (table: unknown) => { set: (values: unknown) => { where: (where: unknown) => { returning: (fields: unknown) => Promise<{ id: string | number }[]> } } }
}

/** SQLite and PostgreSQL adapters both expose their Drizzle instance and tables (the DrizzleAdapter contract). */
type DrizzleDatabase = Pick<SQLiteAdapter, 'tables' | 'tableNameMap'> & { drizzle: unknown }

/**
 * SQLite and PostgreSQL: one UPDATE ... WHERE, which the database applies
 * atomically. Payload's own update-by-where reads the ids first and writes
 * them afterwards, so two instances could both "win" a takeover in between.
 */
export function sqlJobRunStorage(payload: Payload): JobRunStorage {
  const db = payload.db as unknown as DrizzleDatabase
  const drizzle = db.drizzle as UpdateReturning
  return {
    compareAndSet: async ({ kunci, when, change }) => {
      const table = db.tables[db.tableNameMap.get('job_runs') ?? 'job_runs'] as Record<string, Column> | undefined
      if (!table) throw new Error('Tabel job_runs tidak ditemukan: skema basis data tidak cocok dengan koleksi job-runs.')
      const column = (name: string) => {
        const found = table[name]
        if (!found) throw new Error(`Kolom ${name} tidak ada di tabel job_runs.`)
        return found
      }
      const values: Record<string, unknown> = {}
      for (const [key, value] of Object.entries({ ...storedChange(change), updatedAt: new Date() })) {
        values[key] = value instanceof Date ? value.toISOString() : value
      }
      const conditions = [eq(column('kunci'), kunci)]
      if (when.status) conditions.push(eq(column(RUN_FIELDS.status), when.status))
      if (when.instanceId) conditions.push(eq(column(RUN_FIELDS.instanceId), when.instanceId))
      if (when.leaseExpiredBefore) conditions.push(lt(column(RUN_FIELDS.sewaSampai), when.leaseExpiredBefore.toISOString()))
      const changed = await drizzle
        .update(table)
        .set(values)
        .where(and(...conditions))
        .returning({ id: column('id') })
      return changed.length > 0
    },
  }
}
