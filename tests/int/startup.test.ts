import { execFileSync, spawn, spawnSync } from 'node:child_process'
import net from 'node:net'
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

  it('should exit non-zero naming PUBLIC_URL in production without it', () => {
    const result = start({ NODE_ENV: 'production', PAYLOAD_SECRET: 'r'.repeat(40) })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/PUBLIC_URL: wajib diisi di produksi/)
  })
})

/** `npm start` (API only) without blocking this process, so that a fake database server in it can run. */
function startAsync(env: Record<string, string>): Promise<{ status: number | null; stderr: string; seconds: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-start-'))
  const startedAt = performance.now()
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/start.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_OPTIONS: '--conditions=production',
      DATA_DIR: dataDir,
      SEGAR_ADMIN: 'off',
      SCHEDULER: 'off',
      PORT: '0',
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)))
  // Far past the promise, so that a start that hangs shows as a failure here rather than a test timeout.
  const killer = setTimeout(() => child.kill('SIGKILL'), 40_000)
  return new Promise((resolve) => {
    child.on('exit', (status) => {
      clearTimeout(killer)
      fs.rmSync(dataDir, { recursive: true, force: true })
      resolve({ status, stderr, seconds: (performance.now() - startedAt) / 1000 })
    })
  })
}

/** Unwritable even for root: the immutable attribute where the file system has it, else plain permissions. */
function makeUnwritable(file: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', file])
    return () => execFileSync('chattr', ['-i', file])
  }
  fs.chmodSync(file, 0o444)
  fs.chmodSync(path.dirname(file), 0o555)
  return () => fs.chmodSync(path.dirname(file), 0o755)
}

// Node itself takes a few seconds to load Segar on a loaded machine; the 10 s are Segar's own deadline.
const WITHIN_SECONDS = 25

describe('npm start with a database that cannot be opened', () => {
  it('should fail naming DATABASE_URL when the SQLite folder cannot be created', async () => {
    const result = await startAsync({ DATABASE_URL: 'file:/proc/segar-tidak-ada/segar.db' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/DATABASE_URL: basis data file:\/proc\/segar-tidak-ada\/segar\.db tidak dapat dibuka/)
    expect(result.seconds).toBeLessThan(WITHIN_SECONDS)
  })

  it('should fail naming DATABASE_URL when the SQLite file cannot be written, rather than serve read-only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-ro-'))
    const file = path.join(dir, 'segar.db')
    fs.writeFileSync(file, '')
    const restore = makeUnwritable(file)
    try {
      const result = await startAsync({ DATABASE_URL: `file:${file}` })
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(`DATABASE_URL: basis data file:${file} tidak dapat dibuka`)
      expect(result.stderr).toMatch(/readonly|tidak dapat ditulis/)
      expect(result.seconds).toBeLessThan(WITHIN_SECONDS)
    } finally {
      restore()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('should fail naming DATABASE_URL within 10 s when PostgreSQL accepts the connection and never answers', async () => {
    const sockets: net.Socket[] = []
    const silent = net.createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    try {
      const result = await startAsync({ DATABASE_URL: `postgres://segar:rahasia-sekali@127.0.0.1:${port}/segar` })
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('DATABASE_URL: basis data postgres://segar:***@127.0.0.1')
      // Either Segar's own deadline or the pool's connect timeout, whichever a loaded machine reaches first.
      expect(result.stderr).toMatch(/tidak dapat dibuka( dalam 8 detik|: .*timeout)/)
      expect(result.stderr).not.toContain('rahasia-sekali')
      expect(result.seconds).toBeLessThan(WITHIN_SECONDS)
    } finally {
      sockets.forEach((socket) => socket.destroy())
      silent.close()
    }
  })

  it('should fail naming DATABASE_URL when nothing listens on the PostgreSQL port', async () => {
    const probe = net.createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const { port } = probe.address() as net.AddressInfo
    await new Promise((resolve) => probe.close(resolve))
    const result = await startAsync({ DATABASE_URL: `postgres://segar@127.0.0.1:${port}/segar` })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/DATABASE_URL: basis data postgres:\/\/segar@127\.0\.0\.1:\d+\/segar tidak dapat dibuka: .*ECONNREFUSED/)
    expect(result.seconds).toBeLessThan(WITHIN_SECONDS)
  })
})
