import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots')
export const ADMIN = { email: 'admin@e2e.segar.example', password: 'kata-sandi-admin-e2e-1' }

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

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

/** The child decides its own mode; vitest sets NODE_ENV=test, which Segar must not inherit. */
function withoutNodeEnv(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const { NODE_ENV: _ignored, ...rest } = env
  return rest
}

export type RunningSegar = { url: string; process: ChildProcess; dataDir: string; stop: () => Promise<void> }

/** Starts Segar the way a person does (`npm start`), on a fresh SQLite file. */
export async function startSegar(extraEnv: Record<string, string> = {}): Promise<RunningSegar> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-e2e-'))
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/start.ts'], {
    cwd: ROOT,
    env: {
      ...withoutNodeEnv(process.env),
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, 'segar.db')}`,
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  }) as ChildProcess
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 480_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Segar berhenti saat mulai (kode ${child.exitCode})`)
    try {
      const response = await fetch(`${url}/healthz`)
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  return { url, process: child, dataDir, stop }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

export async function apiLogin(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
