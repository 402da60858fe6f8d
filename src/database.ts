import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseKind } from './env'
import { segarMongooseAdapter } from './storage/mongooseAdapter'
import { segarPostgresAdapter } from './storage/postgresAdapter'

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
    return segarPostgresAdapter({
      // Without a connect timeout a server that accepts and never answers would hang every query.
      pool: { connectionString: url, max: 10, connectionTimeoutMillis: 5000 },
      push: isSchemaPushed,
      migrationDir: MIGRATION_DIRS.postgres,
    })
  }
  if (kind === 'mongodb') {
    return segarMongooseAdapter({ url, migrationDir: path.join(rootDir, 'src/migrations/mongodb') })
  }
  const filePath = sqliteFilePath(url)
  if (filePath) ensureDirectory(path.dirname(filePath))
  return sqliteAdapter({
    client: { url },
    push: isSchemaPushed,
    migrationDir: MIGRATION_DIRS.sqlite,
    busyTimeout: 5000,
    // One writer and many readers (the server's instance and the admin's) share the file.
    wal: filePath ? true : undefined,
  })
}

/**
 * One level at a time: Node's recursive mkdirSync spins without end (and
 * without an error) under a path the kernel refuses, such as one in /proc,
 * which made a start with such a DATABASE_URL hang.
 */
function ensureDirectory(dir: string): void {
  if (fs.existsSync(dir)) return
  const parent = path.dirname(dir)
  if (parent !== dir) ensureDirectory(parent)
  try {
    fs.mkdirSync(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new Error(`folder ${dir} tidak dapat dibuat (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error })
    }
  }
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

/**
 * A real read of the database for /healthz. SQLite keeps pages it has read
 * in its connection's cache (and in WAL mode does not look at the file again
 * while the write-ahead index is unchanged), so a count answers from memory
 * even once the file on disk is garbage: the cache is released first, then
 * the header, the schema and one table page are read from disk.
 */
export async function probeDatabase(payload: { db: unknown }): Promise<void> {
  const db = payload.db as {
    name?: string
    drizzle?: unknown
    execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
    connection?: { db?: { admin: () => { command: (command: Record<string, unknown>) => Promise<unknown> } } }
  }
  if (db.name === 'mongoose') {
    const admin = db.connection?.db?.admin()
    if (!admin) throw new Error('koneksi MongoDB belum terbuka')
    await admin.command({ ping: 1 })
    return
  }
  if (!db.execute) throw new Error(`adapter ${db.name ?? '?'} tidak dapat diperiksa`)
  const run = (raw: string) => db.execute!({ drizzle: db.drizzle, raw })
  if (db.name === 'sqlite') {
    await run('PRAGMA shrink_memory')
    await run('SELECT count(*) FROM sqlite_schema')
    await run('SELECT id FROM opd LIMIT 1')
    return
  }
  await run('SELECT 1')
}

/**
 * A database that opens but cannot be written (a read-only file or folder)
 * would start and then fail every save; a start refuses it instead. SQLite
 * only: a write is tried inside a transaction that is rolled back.
 */
export async function assertDatabaseWritable(payload: { db: unknown }): Promise<void> {
  const db = payload.db as { name?: string; drizzle?: unknown; execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
  if (db.name !== 'sqlite' || !db.execute) {
    await probeDatabase(payload)
    return
  }
  const run = (raw: string) => db.execute!({ drizzle: db.drizzle, raw })
  await run('BEGIN IMMEDIATE')
  try {
    await run('CREATE TABLE segar_write_probe (x)')
  } catch (error) {
    throw new Error(`tidak dapat ditulis (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  } finally {
    await run('ROLLBACK')
  }
}

/** A write refused by a unique index, on any of the three adapters (Payload reports some as a ValidationError). */
export function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown }
    if (code === '23505' || code === 11000 || code === 'SQLITE_CONSTRAINT' || code === 'SQLITE_CONSTRAINT_UNIQUE') return true
    if (name === 'ValidationError' && typeof message === 'string') return true
    if (typeof message === 'string' && /unique|duplicate key|E11000/i.test(message)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}
