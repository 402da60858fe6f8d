import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PublicFreshness } from '../../src/freshness/public'
import { runScript as run } from '../helpers/command'
import { TEST_SECRET } from '../helpers/payload'

// Always a SQLite file of its own: the command is exercised as an operator runs it, whatever database the suite uses.
describe('npm run sweep (command line)', () => {
  let dir: string
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-sweep-cli-'))
    env = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'segar.db')}`,
      DATA_DIR: dir,
      PAYLOAD_SECRET: TEST_SECRET,
      SEGAR_SCHEMA_PUSH: '1',
      // Loud on purpose: every log line must still stay off stdout.
      LOG_LEVEL: 'info',
    }
    delete env.TEST_DATABASE_URL
    const seeded = await run({ script: 'seed/cli.ts', args: ['--scenario', 'kajian-2023'], env })
    expect(seeded.code, seeded.stderr).toBe(0)
  }, 300_000)

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should print exactly one JSON array on stdout with --json, and the study findings in it', async () => {
    const result = await run({ script: 'jobs/sweep/cli.ts', args: ['--now', '2023-01-16T09:00:00+07:00', '--json'], env })
    expect(result.code, result.stderr).toBe(0)
    const body = JSON.parse(result.stdout) as PublicFreshness[]
    expect(Array.isArray(body)).toBe(true)
    expect(result.stdout.trim().startsWith('[')).toBe(true)
    const status = Object.fromEntries(body.map((item) => [item.menu, item.status]))
    expect(status['harga-pangan']).toBe('delinquent')
    expect(status['lowongan-kerja']).toBe('empty')
    expect(status['peluang-investasi']).toBe('delinquent')
    expect(body.find((item) => item.menu === 'harga-pangan')!.tanggalData).toBe('2020-04-13')
  }, 120_000)

  it('should print a readable Indonesian table without --json', async () => {
    const result = await run({ script: 'jobs/sweep/cli.ts', args: ['--now', '2023-01-16T10:00:00+07:00'], env })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Terakhir diperbarui')
    expect(result.stdout).toContain('Sangat terlambat')
    expect(result.stdout).toMatch(/harga-pangan\s+DISDAG/)
  }, 120_000)

  it('should refuse a bad --now with exit code 2 and an Indonesian message', async () => {
    const result = await run({ script: 'jobs/sweep/cli.ts', args: ['--now', 'kemarin sore', '--json'], env })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('--now bukan waktu ISO-8601 yang sah')
  }, 120_000)
})
