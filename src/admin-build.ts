import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const INPUTS = ['src', 'collections', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const IGNORED = new Set(['node_modules', '.next', 'data', 'migrations'])
const STAMP = path.join(ROOT_DIR, '.next', 'segar-build-stamp')
const PROGRESS_INTERVAL_MS = 15_000

function listFiles(entry: string): string[] {
  const full = path.join(ROOT_DIR, entry)
  if (!fs.existsSync(full)) return []
  const stat = fs.statSync(full)
  if (stat.isFile()) return [entry]
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((child) => !IGNORED.has(child.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)))
}

/** A fingerprint of everything the admin bundle is built from. */
export function sourceFingerprint(): string {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(listFiles).sort()) {
    hash.update(file)
    hash.update(fs.readFileSync(path.join(ROOT_DIR, file)))
  }
  return hash.digest('hex')
}

export function isAdminBuildCurrent(): boolean {
  if (!fs.existsSync(path.join(ROOT_DIR, '.next', 'BUILD_ID'))) return false
  if (!fs.existsSync(STAMP)) return false
  return fs.readFileSync(STAMP, 'utf8').trim() === sourceFingerprint()
}

/** Builds the admin panel (Next) when it is missing or older than the sources. */
export async function ensureAdminBuild({ isForced = false, log = console.error }: { isForced?: boolean; log?: (line: string) => void } = {}) {
  if (!isForced && isAdminBuildCurrent()) return false
  log('Membangun panel admin (next build); hanya saat pertama kali atau setelah kode berubah. Sekitar 3 menit pada dua inti, memori puncak sekitar 2 GB...')
  const startedAt = Date.now()
  const seconds = () => Math.round((Date.now() - startedAt) / 1000)
  // Next is silent for minutes between its first lines and the route table: say it is still alive.
  const ticker = setInterval(() => log(`  panel admin masih dibangun (${seconds()} dtk)...`), PROGRESS_INTERVAL_MS)
  const fingerprint = sourceFingerprint()
  const nextBin = path.join(ROOT_DIR, 'node_modules', 'next', 'dist', 'bin', 'next')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: ROOT_DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build gagal (kode keluar ${code})`))))
  }).finally(() => clearInterval(ticker))
  log(`Panel admin selesai dibangun dalam ${seconds()} dtk.`)
  fs.writeFileSync(STAMP, fingerprint + '\n')
  return true
}
