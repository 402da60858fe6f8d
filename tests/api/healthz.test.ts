import fs from 'node:fs'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteFilePath } from '../../src/database'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

// One server for the file: Payload keeps one instance per process, and each test below breaks the database for good.
let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.close()
})

const databaseKind = process.env.TEST_DATABASE_URL ? (/^postgres/.test(process.env.TEST_DATABASE_URL) ? 'postgres' : 'mongodb') : 'sqlite'

describe('/healthz reads the database for real', () => {
  it('should answer 200, never to be cached, while the database answers', async () => {
    for (let call = 0; call < 3; call++) {
      const response = await server.api('/healthz')
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.json()).toMatchObject({ status: 'ok', database: server.database.kind })
    }
  })

  it.runIf(databaseKind === 'sqlite')('should answer 503 once the SQLite file is overwritten while the server runs', async () => {
    expect((await server.api('/healthz')).status).toBe(200)
    // Everything into the main file first, so that overwriting it leaves no good copy in the write-ahead log.
    const db = server.payload.db as unknown as { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }
    await db.execute({ drizzle: db.drizzle, raw: 'PRAGMA wal_checkpoint(TRUNCATE)' })
    const file = sqliteFilePath(server.database.url)!
    const size = fs.statSync(file).size
    const fd = fs.openSync(file, 'r+')
    fs.writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, 0)
    fs.closeSync(fd)
    const response = await server.api('/healthz')
    expect(response.status).toBe(503)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'error', pesan: 'Basis data tidak dapat dihubungi.' })
  })

  it.runIf(databaseKind === 'postgres')('should answer 503 once PostgreSQL refuses the server its connections', async () => {
    expect((await server.api('/healthz')).status).toBe(200)
    const name = new URL(server.database.url).pathname.slice(1)
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    await admin.connect()
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`)
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])
    } finally {
      await admin.end()
    }
    const response = await server.api('/healthz')
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 'error' })

    // The dropped connections were logged, not thrown: the same process answers again once the server lets it in.
    const again = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    await again.connect()
    try {
      await again.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`)
    } finally {
      await again.end()
    }
    const recovered = await server.api('/healthz')
    expect(recovered.status).toBe(200)
    expect(await recovered.json()).toMatchObject({ status: 'ok', database: 'postgres' })
  })
})
