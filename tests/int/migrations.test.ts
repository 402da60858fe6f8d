import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { openPayload } from '../../src/bootstrap'
import { closeDatabase } from '../../src/database'
import { parseEnv } from '../../src/env'
import { segarConfig } from '../../src/segar-config'
import { SLUGS } from '../../src/slugs'
import { mongoCollectionOf } from '../../src/storage/mongodb'
import { createTestDatabase } from '../helpers/database'
import { TEST_SECRET } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown> | unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

describe.each([
  { kind: 'sqlite', url: 'file::memory:' },
  { kind: 'postgres', url: 'postgres://segar@127.0.0.1:1/segar' },
])('migrations for $kind', ({ kind, url }) => {
  it('should describe exactly the schema the collections need (run `npm run migrate:create` after changing a collection)', async () => {
    const env = parseEnv({ DATABASE_URL: url, PAYLOAD_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' })
    const config = await segarConfig(env)
    const payload = await getPayload({ config, key: `migration-check-${kind}`, disableDBConnect: true, disableOnInit: true })
    const db = payload.db as unknown as { migrationDir: string; schema: unknown; requireDrizzleKit: () => DrizzleKit }
    const snapshots = fs.readdirSync(db.migrationDir).filter((file) => file.endsWith('.json')).sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const latest = JSON.parse(fs.readFileSync(path.join(db.migrationDir, snapshots.at(-1)!), 'utf8'))
    const kit = db.requireDrizzleKit()
    const current = await kit.generateDrizzleJson(db.schema)
    const missing = await kit.generateMigration(latest, current)
    expect(missing).toEqual([])
  })
})

describe('a database kept between starts', () => {
  // On MongoDB there are no migrations: the adapter builds the collections' indexes at start.
  it('should get its schema from migrations (or its indexes on MongoDB), keep its data, and change nothing when seeded twice', async () => {
    const database = await createTestDatabase({ isFile: true })
    const env = parseEnv({ DATABASE_URL: database.url, PAYLOAD_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' })
    try {
      const first = await openPayload({ env, key: 'kept-first' })
      const report = await seed({ payload: first.payload })
      expect(report.created[SLUGS.opd]).toBe(29)
      if (database.kind === 'mongodb') {
        const indexes = await mongoCollectionOf({ payload: first.payload, collection: SLUGS.jobRuns }).indexes()
        expect(indexes.some((index) => index.unique === true && index.key.kunci === 1)).toBe(true)
      }
      await closeDatabase(first.payload)

      const second = await openPayload({ env, key: 'kept-second' })
      const again = await seed({ payload: second.payload })
      expect(again.created[SLUGS.opd] ?? 0).toBe(0)
      expect(again.unchanged[SLUGS.opd]).toBe(29)
      const offices = await second.payload.count({ collection: SLUGS.opd })
      expect(offices.totalDocs).toBe(29)
      await closeDatabase(second.payload)
    } finally {
      await database.drop()
    }
  })
})
