/**
 * The 2023 study replayed on every database, as an operator runs it:
 * `npm run seed -- --scenario kajian-2023`, then `npm run sweep -- --now
 * 2023-01-16T09:00:00+07:00 --json`, each on a fresh database. Fails unless
 * every menu gets the same status, data date and problems everywhere.
 *
 *   scripts/with-ferretdb.sh npx tsx --conditions=production scripts/replay-kajian.ts
 *
 * SQLite always (a file of its own); PostgreSQL on TEST_POSTGRES_URL's
 * server and MongoDB on TEST_DATABASE_URL's (in CI: FerretDB), each in a
 * database created for the run and dropped afterwards.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { MongoClient } from 'mongodb'
import pg from 'pg'

const NOW = '2023-01-16T09:00:00+07:00'
const SECRET = 'segar-replay-secret-that-is-long-enough-0123456789'

type Finding = { menu: string; status: string; tanggalData?: string | null; masalah?: { kode: string }[] }
type Database = { label: string; url: string; drop: () => Promise<void> }

function npm({ args, env }: { args: string[]; env: NodeJS.ProcessEnv }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { env, cwd: process.cwd() })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function withDatabaseName({ serverUrl, name }: { serverUrl: string; name: string }): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function databases(): Promise<Database[]> {
  const name = `segar_replay_${randomBytes(4).toString('hex')}`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-replay-'))
  const list: Database[] = [
    { label: 'SQLite', url: `file:${path.join(dir, 'segar.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) },
  ]
  const postgresUrl = process.env.TEST_POSTGRES_URL
  if (postgresUrl) {
    const admin = new pg.Client({ connectionString: postgresUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    list.push({
      label: 'PostgreSQL',
      url: withDatabaseName({ serverUrl: postgresUrl, name }),
      drop: async () => {
        const client = new pg.Client({ connectionString: postgresUrl })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await client.end()
      },
    })
  }
  const mongoUrl = process.env.TEST_DATABASE_URL
  if (mongoUrl && /^mongodb(\+srv)?:\/\//.test(mongoUrl)) {
    const url = withDatabaseName({ serverUrl: mongoUrl, name })
    const client = await MongoClient.connect(url)
    const build = await client.db().admin().command({ buildInfo: 1 })
    await client.close()
    list.push({
      label: build.ferretdbVersion ? `FerretDB ${String(build.ferretdbVersion)} (MongoDB protocol)` : `MongoDB ${String(build.version)}`,
      url,
      drop: async () => {
        const dropper = await MongoClient.connect(url)
        await dropper.db().dropDatabase()
        await dropper.close()
      },
    })
  }
  return list
}

async function replay(database: Database): Promise<Map<string, Finding>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-replay-data-'))
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, DATA_DIR: dataDir, PAYLOAD_SECRET: SECRET, LOG_LEVEL: 'warn' }
  delete env.TEST_DATABASE_URL
  try {
    const seeded = await npm({ args: ['seed', '--', '--scenario', 'kajian-2023'], env })
    if (seeded.code !== 0) throw new Error(`${database.label}: seed gagal (${seeded.code})\n${seeded.stderr}`)
    const swept = await npm({ args: ['sweep', '--', '--now', NOW, '--json'], env })
    if (swept.code !== 0) throw new Error(`${database.label}: sweep gagal (${swept.code})\n${swept.stderr}`)
    const findings = JSON.parse(swept.stdout) as Finding[]
    return new Map(findings.map((finding) => [finding.menu, finding]))
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const summaryOf = (finding: Finding | undefined) =>
  finding ? [finding.status, finding.tanggalData ?? '-', (finding.masalah ?? []).map((problem) => problem.kode).sort().join('+') || '-'].join(' ') : '(tidak ada)'

async function main() {
  const list = await databases()
  const results: Map<string, Finding>[] = []
  try {
    for (const database of list) {
      const startedAt = performance.now()
      results.push(await replay(database))
      console.error(`${database.label}: ${results.at(-1)!.size} menu dalam ${((performance.now() - startedAt) / 1000).toFixed(1)} s`)
    }
  } finally {
    for (const database of list) await database.drop().catch((error: unknown) => console.error(`${database.label}: gagal dihapus`, error))
  }
  const menus = [...new Set(results.flatMap((result) => [...result.keys()]))].sort()
  let differences = 0
  console.log(['menu', ...list.map((database) => database.label)].join('\t'))
  for (const menu of menus) {
    const cells = results.map((result) => summaryOf(result.get(menu)))
    const isSame = cells.every((cell) => cell === cells[0])
    if (!isSame) differences++
    console.log([menu, ...cells].join('\t') + (isSame ? '' : '\t<- BERBEDA'))
  }
  // The study's own findings, so that agreement on nothing cannot pass.
  const sqlite = results[0]!
  const expected: Record<string, string> = { 'harga-pangan': 'delinquent', 'lowongan-kerja': 'empty', 'peluang-investasi': 'delinquent' }
  const missed = Object.entries(expected).filter(([menu, status]) => sqlite.get(menu)?.status !== status)
  if (missed.length > 0) {
    console.error(`Temuan kajian 2023 tidak muncul di SQLite: ${missed.map(([menu, status]) => `${menu} bukan ${status}`).join(', ')}`)
    process.exit(1)
  }
  if (differences > 0) {
    console.error(`${differences} menu berbeda antar basis data.`)
    process.exit(1)
  }
  console.error(`Sama di ${list.map((database) => database.label).join(', ')}: ${menus.length} menu.`)
}

await main()
