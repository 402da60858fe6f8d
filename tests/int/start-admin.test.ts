import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ADMIN = { email: 'admin.belakangan@start.segar.example', password: 'kata-sandi-admin-belakangan-1' }
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-start-admin-'))

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

type Started = { url: string; child: ChildProcess; output: () => string; stop: () => Promise<void> }

/** `npm start`, API only and without the demo portal, on this test's data folder. */
async function startSegar(env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/start.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_OPTIONS: '--conditions=production',
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, 'segar.db')}`,
      SEGAR_ADMIN: 'off',
      SCHEDULER: 'off',
      SEGAR_SEED_SCENARIO: 'none',
      PORT: String(port),
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += String(chunk)))
  child.stderr!.on('data', (chunk) => (output += String(chunk)))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Segar berhenti (kode ${child.exitCode}):\n${output}`)
    if (Date.now() > deadline) throw new Error(`Segar tidak siap dalam 90 dtk:\n${output}`)
    const response = await fetch(`${url}/healthz`).catch(() => null)
    if (response?.status === 200) break
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  return { url, child, output: () => output, stop }
}

const login = (url: string, body: { email: string; password: string }) =>
  fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('npm start on an existing database', () => {
  it('should create the SEED_ADMIN_EMAIL administrator, say so, and log a wrong password as one warning without a stack trace', async () => {
    const first = await startSegar()
    await first.stop()

    const second = await startSegar({ SEED_ADMIN_EMAIL: ADMIN.email, SEED_ADMIN_PASSWORD: ADMIN.password })
    try {
      expect(second.output()).toContain(`Admin ${ADMIN.email} dibuat dari SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD.`)
      expect((await login(second.url, ADMIN)).status).toBe(200)

      const before = second.output().length
      expect((await login(second.url, { email: ADMIN.email, password: 'bukan-kata-sandinya-sama-sekali' })).status).toBe(401)
      await expect.poll(() => second.output().slice(before), { timeout: 10_000 }).toContain('Login ditolak')
      const lines = second
        .output()
        .slice(before)
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; msg?: string; err?: unknown })
      // pino: 40 is warn, 50 error.
      expect(lines.filter((line) => line.msg?.includes('Login ditolak')).map((line) => line.level)).toEqual([40])
      expect(lines.filter((line) => line.level >= 50)).toEqual([])
      expect(lines.some((line) => line.err !== undefined)).toBe(false)
    } finally {
      await second.stop()
    }

    const third = await startSegar({ SEED_ADMIN_EMAIL: ADMIN.email, SEED_ADMIN_PASSWORD: 'kata-sandi-lain-yang-panjang-1' })
    try {
      expect(third.output()).toContain(`Admin ${ADMIN.email} sudah ada; SEED_ADMIN_PASSWORD tidak mengubah kata sandinya.`)
      expect((await login(third.url, ADMIN)).status).toBe(200)
    } finally {
      await third.stop()
    }
  }, 300_000)
})
