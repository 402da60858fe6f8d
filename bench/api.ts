/**
 * `npm run bench:api`: the public REST API and the public freshness page (`/`)
 * under autocannon, against a bare node:http server answering the same bytes
 * (the ceiling), in the same run.
 *
 *   BENCH_SECONDS   length of each measured run (10)
 *   BENCH_WARMUP    warm-up seconds before each run, not measured (2)
 *   BENCH_ROWS      harga-pangan rows seeded (100000)
 *   BENCH_CONNECTIONS  (10)
 *   BENCH_ANALYZE   0: skip ANALYZE after the bulk load (1)
 */
import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import type { AppCommand, AppPeak, AppReady } from './app-server'
import type { CeilingCommand, CeilingReady, Fixture } from './ceiling-server'

const here = path.dirname(fileURLToPath(import.meta.url))
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 2)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

type Measured = { requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number }

function start(file: string, env: Record<string, string | undefined> = {}): ChildProcess {
  return fork(path.join(here, file), [], {
    execArgv: ['--conditions=production', '--import', 'tsx'],
    env: { ...process.env, TEST_DATABASE_URL: undefined, LOG_LEVEL: 'silent', PAYLOAD_DISABLE_ADMIN: 'true', TZ: 'Asia/Jakarta', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
}

function nextMessage<T extends { type: string }>(child: ChildProcess, type: T['type']): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (message.type !== type) return
      child.off('message', onMessage)
      child.off('exit', onExit)
      resolve(message)
    }
    const onExit = (code: number | null) => reject(new Error(`proses anak berhenti (${code}) sebelum "${type}"`))
    child.on('message', onMessage)
    child.once('exit', onExit)
  })
}

async function hammer({ url, duration }: { url: string; duration: number }): Promise<Measured> {
  const result = await autocannon({ url, connections, duration })
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

async function measure({ url }: { url: string }): Promise<Measured> {
  if (warmupSeconds > 0) await hammer({ url, duration: warmupSeconds })
  return hammer({ url, duration: seconds })
}

async function fixtureOf({ base, path: urlPath }: { base: string; path: string }): Promise<Fixture> {
  const response = await fetch(`${base}${urlPath}`)
  if (response.status !== 200) throw new Error(`${urlPath}: ${response.status} ${await response.text()}`)
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date'].includes(name)) headers[name] = value
  })
  return { path: urlPath, headers, body: Buffer.from(await response.arrayBuffer()).toString('base64') }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

async function main() {
  console.log(`Menyiapkan basis data SQLite (berkas) dan ${process.env.BENCH_ROWS ?? 100_000} baris harga-pangan...`)
  const app = start('app-server.ts')
  const ready = await nextMessage<AppReady>(app, 'ready')
  console.log(
    `${ready.rows} baris (${ready.rowsPerDay} per hari) terisi dalam ${ready.seedSeconds.toFixed(1)} s` +
      `${process.env.BENCH_ANALYZE === '0' ? ' (tanpa ANALYZE)' : ' lalu ANALYZE'}; hari uji ${ready.day}, dokumen ${ready.documentId}`,
  )
  const listPath = `/api/harga-pangan?where[tanggal][equals]=${ready.day}&limit=50`
  const documentPath = `/api/harga-pangan/${ready.documentId}`
  const pagePath = '/'
  const fixtures = [
    await fixtureOf({ base: ready.cachedUrl, path: listPath }),
    await fixtureOf({ base: ready.cachedUrl, path: documentPath }),
    await fixtureOf({ base: ready.cachedUrl, path: pagePath }),
  ]
  const listBody = Buffer.from(fixtures[0]!.body, 'base64')
  const listDocs = (JSON.parse(listBody.toString()) as { docs: unknown[] }).docs.length
  console.log(
    `daftar: ${listDocs} dokumen, ${listBody.length} byte; dokumen: ${Buffer.from(fixtures[1]!.body, 'base64').length} byte; ` +
      `halaman publik: ${Buffer.from(fixtures[2]!.body, 'base64').length} byte`,
  )

  const ceiling = start('ceiling-server.ts')
  const ceilingReady = nextMessage<CeilingReady>(ceiling, 'ready')
  ceiling.send({ type: 'serve', fixtures } satisfies CeilingCommand)
  const ceilingUrl = (await ceilingReady).url

  const scenarios = [
    { name: 'daftar per tanggal, tembolok', app: `${ready.cachedUrl}${listPath}`, ceiling: `${ceilingUrl}${listPath}` },
    { name: 'daftar per tanggal, tanpa tembolok', app: `${ready.uncachedUrl}${listPath}`, ceiling: `${ceilingUrl}${listPath}` },
    { name: 'satu dokumen, tembolok', app: `${ready.cachedUrl}${documentPath}`, ceiling: `${ceilingUrl}${documentPath}` },
    { name: 'satu dokumen, tanpa tembolok', app: `${ready.uncachedUrl}${documentPath}`, ceiling: `${ceilingUrl}${documentPath}` },
    // Every menu judged live: what a citizen's first visit after a write costs.
    { name: 'halaman publik /, tembolok', app: `${ready.cachedUrl}${pagePath}`, ceiling: `${ceilingUrl}${pagePath}` },
    { name: 'halaman publik /, tanpa tembolok', app: `${ready.uncachedUrl}${pagePath}`, ceiling: `${ceilingUrl}${pagePath}` },
  ]
  const ceilings = new Map<string, Measured>()
  const rows: Record<string, string | number>[] = []
  for (const scenario of scenarios) {
    process.stdout.write(`${scenario.name}... `)
    app.send({ type: 'reset-peak' } satisfies AppCommand)
    const measured = await measure({ url: scenario.app })
    const peakReply = nextMessage<AppPeak>(app, 'peak')
    app.send({ type: 'report-peak' } satisfies AppCommand)
    const peak = await peakReply
    let top = ceilings.get(scenario.ceiling)
    if (!top) {
      top = await measure({ url: scenario.ceiling })
      ceilings.set(scenario.ceiling, top)
    }
    console.log('selesai')
    rows.push({
      skenario: scenario.name,
      'app req/s': Math.round(measured.requestsPerSecond),
      'app p50 ms': measured.p50,
      'app p99 ms': measured.p99,
      'plafon req/s': Math.round(top.requestsPerSecond),
      'plafon p50 ms': top.p50,
      'plafon p99 ms': top.p99,
      'app/plafon': Number((measured.requestsPerSecond / top.requestsPerSecond).toFixed(2)),
      'RSS puncak app': mib(peak.peakRss),
      'bukan 2xx': measured.non2xx + measured.errors,
    })
  }
  const finalPeakReply = nextMessage<AppPeak>(app, 'peak')
  app.send({ type: 'report-peak' } satisfies AppCommand)
  const finalPeak = await finalPeakReply

  console.log(`\n${connections} koneksi, ${seconds} s per run (pemanasan ${warmupSeconds} s); ${os.cpus().length} inti, ${os.cpus()[0]?.model ?? ''}`)
  console.table(rows)
  console.log(`RSS puncak proses app (termasuk pengisian data): ${mib(finalPeak.overallPeakRss)}`)

  const [cachedList, uncachedList, cachedDoc, uncachedDoc, cachedPage] = rows
  const verdict = (label: string, isMet: boolean) => console.log(`${isMet ? 'TERCAPAI' : 'TIDAK tercapai'}: ${label}`)
  for (const cachedRow of [cachedList!, cachedDoc!, cachedPage!]) {
    verdict(
      `${cachedRow.skenario}: >= 0,5 x plafon dan p99 < 50 ms`,
      Number(cachedRow['app/plafon']) >= 0.5 && Number(cachedRow['app p99 ms']) < 50,
    )
  }
  for (const uncachedRow of [uncachedList!, uncachedDoc!]) {
    verdict(`${uncachedRow.skenario}: >= 1.000 req/s`, Number(uncachedRow['app req/s']) >= 1_000)
  }

  app.send({ type: 'stop' } satisfies AppCommand)
  ceiling.send({ type: 'stop' } satisfies CeilingCommand)
  await Promise.all([new Promise((resolve) => app.once('exit', resolve)), new Promise((resolve) => ceiling.once('exit', resolve))])
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
