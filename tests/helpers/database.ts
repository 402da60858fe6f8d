import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabase = {
  url: string
  kind: 'sqlite' | 'postgres' | 'mongodb'
  drop: () => Promise<void>
}

/**
 * A database of its own for one test file. Without TEST_DATABASE_URL it is
 * SQLite (in memory, or a real file in a temporary folder); with a
 * postgres:// or mongodb:// URL it is a fresh database on that server,
 * dropped afterwards.
 */
export async function createTestDatabase({ isFile = false }: { isFile?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL
  const name = `segar_t_${process.pid}_${randomBytes(4).toString('hex')}`
  if (!serverUrl) {
    if (!isFile) return { url: 'file::memory:', kind: 'sqlite', drop: async () => {} }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-test-'))
    return {
      url: `file:${path.join(dir, 'segar.db')}`,
      kind: 'sqlite',
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  if (/^postgres(ql)?:\/\//.test(serverUrl)) {
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      kind: 'postgres',
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl })
        await client.connect()
        try {
          // Let closing pools finish first: killing a connection that is still
          // open raises an error inside the process that owns it.
          const deadline = Date.now() + 10_000
          while (Date.now() < deadline) {
            const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name])
            if (rows[0].n === 0) break
            await new Promise((resolve) => setTimeout(resolve, 100))
          }
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        } finally {
          await client.end()
        }
      },
    }
  }
  if (/^mongodb(\+srv)?:\/\//.test(serverUrl)) {
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      kind: 'mongodb',
      drop: async () => {
        const { default: mongoose } = await import('mongoose')
        const connection = await mongoose.createConnection(url.toString()).asPromise()
        await connection.dropDatabase()
        await connection.close()
      },
    }
  }
  throw new Error(`TEST_DATABASE_URL tidak dikenal: ${serverUrl}`)
}

/**
 * An id of the shape this database gives its documents that no document has:
 * a large integer on SQL, an ObjectId of zeros on MongoDB. Tests that use
 * only a number there would test a malformed id, not a missing document.
 */
export function absentId(kind: TestDatabase['kind']): string | number {
  return kind === 'mongodb' ? '000000000000000000000000' : 999999
}
