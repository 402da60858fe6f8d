import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

function start(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-start-'))
  const result = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/start.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_OPTIONS: '--conditions=production', DATA_DIR: dataDir, SEGAR_ADMIN: 'off', ...env } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  })
  fs.rmSync(dataDir, { recursive: true, force: true })
  return result
}

describe('npm start with a bad configuration', () => {
  it('should exit non-zero naming DATABASE_URL for an unknown scheme', () => {
    const result = start({ DATABASE_URL: 'ftp://x' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('DATABASE_URL')
  })

  it('should exit non-zero naming PAYLOAD_SECRET in production without a secret', () => {
    const result = start({ NODE_ENV: 'production' })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('PAYLOAD_SECRET')
  })
})
