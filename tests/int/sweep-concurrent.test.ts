import { spawn } from 'node:child_process'

import { getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../../src/database'
import { parseEnv } from '../../src/env'
import { segarConfig } from '../../src/segar-config'
import { SLUGS } from '../../src/slugs'
import { createTestDatabase } from '../helpers/database'
import type { TestDatabase } from '../helpers/database'
import { TEST_SECRET } from '../helpers/payload'

type Run = { code: number | null; stderr: string }

function run({ script, args, env }: { script: string; args: string[]; env: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', script, ...args], { env, cwd: process.cwd() })
    let stderr = ''
    child.stdout.resume()
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

// Seeding the demo through spawned commands: minutes on FerretDB, which scans where SQL uses an index.
const SLOW_HOOK_MS = process.env.TEST_DATABASE_URL?.startsWith('mongodb') ? 900_000 : 300_000

// Two `npm run sweep` processes at once on one database: a real SQLite file, or the suite's PostgreSQL.
describe('two sweeps at once', () => {
  let database: TestDatabase
  let env: NodeJS.ProcessEnv
  let payload: Payload

  beforeAll(async () => {
    database = await createTestDatabase({ isFile: true })
    env = { ...process.env, DATABASE_URL: database.url, DATA_DIR: process.env.TMPDIR ?? '/tmp', PAYLOAD_SECRET: TEST_SECRET, SEGAR_SCHEMA_PUSH: '1', LOG_LEVEL: 'warn' }
    delete env.TEST_DATABASE_URL
    const seeded = await run({ script: 'seed/cli.ts', args: ['--scenario', 'demo', '--now', '2026-01-05T09:00:00+07:00'], env })
    expect(seeded.code, seeded.stderr).toBe(0)
    const baseline = await run({ script: 'jobs/sweep/cli.ts', args: ['--now', '2026-01-05T09:00:00+07:00', '--json'], env })
    expect(baseline.code, baseline.stderr).toBe(0)
    const config = await segarConfig(parseEnv({ DATABASE_URL: database.url, PAYLOAD_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' }), { isSchemaPushed: true })
    payload = await getPayload({ config, key: 'sweep-concurrent' })
  }, SLOW_HOOK_MS)

  afterAll(async () => {
    if (payload) await closeDatabase(payload)
    await database?.drop()
  })

  const history = async () => {
    const snapshots = await payload.find({ collection: SLUGS.riwayatKesegaran, pagination: false, depth: 0, sort: 'dijalankanPada' })
    const transitions = await payload.find({ collection: SLUGS.transisiKesegaran, pagination: false, depth: 0, sort: 'pada' })
    return { snapshots: snapshots.docs, transitions: transitions.docs }
  }

  it('should let both finish with exit 0 and keep one snapshot per menu and instant, each change recorded once', async () => {
    const menus = (await payload.count({ collection: SLUGS.menuPortal })).totalDocs
    // The same slot on two instances (the scheduler's case), then two replays of a later day at once.
    for (const now of ['2026-03-02T09:00:00+07:00', '2026-06-01T09:00:00+07:00']) {
      const [first, second] = await Promise.all([
        run({ script: 'jobs/sweep/cli.ts', args: ['--now', now, '--json'], env }),
        run({ script: 'jobs/sweep/cli.ts', args: ['--now', now, '--json'], env }),
      ])
      expect(first.code, first.stderr).toBe(0)
      expect(second.code, second.stderr).toBe(0)
    }
    const { snapshots, transitions } = await history()
    expect(snapshots).toHaveLength(3 * menus)
    const perInstant = new Map<string, number>()
    for (const snapshot of snapshots) {
      const key = `${snapshot.kode}@${new Date(String(snapshot.dijalankanPada)).toISOString()}`
      perInstant.set(key, (perInstant.get(key) ?? 0) + 1)
    }
    expect([...perInstant.values()].every((count) => count === 1)).toBe(true)

    // Every change between consecutive snapshots of a menu is exactly one transition, and there is no other.
    const expected: string[] = []
    const byMenu = new Map<string, typeof snapshots>()
    for (const snapshot of snapshots) byMenu.set(String(snapshot.kode), [...(byMenu.get(String(snapshot.kode)) ?? []), snapshot])
    for (const [kode, rows] of byMenu) {
      for (let index = 1; index < rows.length; index++) {
        if (rows[index]!.status !== rows[index - 1]!.status) {
          expected.push(`${kode}:${rows[index - 1]!.status}>${rows[index]!.status}@${new Date(String(rows[index]!.dijalankanPada)).toISOString()}`)
        }
      }
    }
    const recorded = transitions.map((row) => `${row.kode}:${row.dari}>${row.ke}@${new Date(String(row.pada)).toISOString()}`)
    expect(recorded.sort()).toEqual(expected.sort())
    expect(expected.length).toBeGreaterThan(0)
  }, SLOW_HOOK_MS)

  it('should let two sweeps without --now both finish, the later one comparing with the earlier', async () => {
    const before = await history()
    const [first, second] = await Promise.all([
      run({ script: 'jobs/sweep/cli.ts', args: ['--json'], env }),
      run({ script: 'jobs/sweep/cli.ts', args: ['--json'], env }),
    ])
    expect(first.code, first.stderr).toBe(0)
    expect(second.code, second.stderr).toBe(0)
    const after = await history()
    const menus = (await payload.count({ collection: SLUGS.menuPortal })).totalDocs
    expect(after.snapshots.length - before.snapshots.length).toBe(2 * menus)
    // Today's second run finds the first run's status unchanged: whatever changed since June is recorded once.
    const added = after.transitions.slice(before.transitions.length)
    expect(new Set(added.map((row) => row.kode)).size).toBe(added.length)
  }, SLOW_HOOK_MS)
})
