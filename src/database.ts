import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseKind } from './env'
import { segarMongooseAdapter } from './storage/mongooseAdapter'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const MIGRATION_DIRS: Record<Exclude<DatabaseKind, 'mongodb'>, string> = {
  sqlite: path.join(rootDir, 'src/migrations/sqlite'),
  postgres: path.join(rootDir, 'src/migrations/postgres'),
}

/**
 * The schema is pushed straight from the collections only for throwaway test
 * databases; every database a person keeps gets its schema from migrations,
 * in development as in production, so that both take the same path.
 */
export function databaseAdapter({
  url,
  kind,
  isSchemaPushed,
}: {
  url: string
  kind: DatabaseKind
  isSchemaPushed: boolean
}): DatabaseAdapterObj {
  if (kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: url, max: 10 },
      push: isSchemaPushed,
      migrationDir: MIGRATION_DIRS.postgres,
    })
  }
  if (kind === 'mongodb') {
    return segarMongooseAdapter({ url, migrationDir: path.join(rootDir, 'src/migrations/mongodb') })
  }
  const filePath = sqliteFilePath(url)
  if (filePath) fs.mkdirSync(path.dirname(filePath), { recursive: true })
  return sqliteAdapter({
    client: { url },
    push: isSchemaPushed,
    migrationDir: MIGRATION_DIRS.sqlite,
    busyTimeout: 5000,
    // One writer and many readers (the server's instance and the admin's) share the file.
    wal: filePath ? true : undefined,
  })
}

/** The file behind a `file:` URL, or undefined for an in-memory database. */
export function sqliteFilePath(url: string): string | undefined {
  const rest = url.replace(/^file:/, '').split('?')[0] ?? ''
  if (rest === '' || rest === ':memory:') return undefined
  return path.resolve(rest.replace(/^\/\//, ''))
}

/**
 * Closes the connections for good. Payload's own `destroy()` drops the SQL
 * adapters' schema state but leaves the pool (PostgreSQL) or client (SQLite)
 * open, which keeps a process alive and a test database busy.
 */
export async function closeDatabase(payload: { db: unknown; destroy: () => Promise<void> }): Promise<void> {
  const db = payload.db as {
    pool?: { end: () => Promise<void>; ended?: boolean; _clients?: { release?: () => void }[]; _idle?: { client: unknown }[] }
    client?: { close: () => void; closed?: boolean }
  }
  await payload.destroy().catch(() => {})
  if (db.pool && !db.pool.ended) {
    // The PostgreSQL adapter keeps one client checked out for its reconnect
    // logic and never hands it back; pool.end() would wait for it forever.
    const idle = new Set((db.pool._idle ?? []).map((item) => item.client))
    for (const client of db.pool._clients ?? []) {
      if (!idle.has(client)) client.release?.()
    }
    await db.pool.end().catch(() => {})
  }
  if (db.client && typeof db.client.close === 'function' && !db.client.closed) {
    try {
      db.client.close()
    } catch {
      // already closed
    }
  }
}

/**
 * Gives SQLite's planner table statistics. Without them it may prefer the
 * `_status` index and sort every price row to find the newest one.
 */
export async function refreshPlannerStatistics(payload: { db: unknown }): Promise<void> {
  const db = payload.db as { name?: string; drizzle?: unknown; execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
  if (db.name !== 'sqlite' || !db.execute) return
  await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
}
