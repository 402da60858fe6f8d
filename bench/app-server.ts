/**
 * The benchmarked app, in a process of its own so that autocannon does not
 * share its event loop and its memory can be read alone. Seeds a SQLite file
 * with the price rows, then serves two apps on the same Payload: one with the
 * response cache, one without (every read reaches the database).
 */
import { seed } from '../seed'
import { PASAR_OPTIONS } from '../src/domain/pangan'
import { createApp, listen } from '../src/server'
import { SLUGS } from '../src/slugs'
import { startTestPayload } from '../tests/helpers/payload'
import type { TestPayload } from '../tests/helpers/payload'

export type AppReady = {
  type: 'ready'
  cachedUrl: string
  uncachedUrl: string
  day: string
  documentId: string | number
  rows: number
  rowsPerDay: number
  seedSeconds: number
}
export type AppPeak = { type: 'peak'; peakRss: number; overallPeakRss: number }
export type AppCommand = { type: 'reset-peak' } | { type: 'report-peak' } | { type: 'stop' }

const KOMODITAS_COUNT = 40
const BATCH_ROWS = 1_000

let overallPeakRss = 0
let peakRss = 0
const sampleRss = () => {
  const rss = process.memoryUsage().rss
  if (rss > peakRss) peakRss = rss
  if (rss > overallPeakRss) overallPeakRss = rss
}
const sampler = setInterval(sampleRss, 50)

function isoDay(start: Date, offset: number): string {
  return new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
}

type DrizzleInsert = { insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> } }
type LibsqlClient = { execute: (sql: string) => Promise<unknown> }

/** Straight into the table through the adapter's drizzle instance: Payload's per-document path would take minutes. */
async function seedPrices({ context, rows }: { context: TestPayload; rows: number }) {
  const { payload } = context
  const komoditasIds: (string | number)[] = []
  for (let index = 0; index < KOMODITAS_COUNT; index++) {
    const komoditas: { id: string | number } = await payload.create({
      collection: SLUGS.komoditas as never,
      data: { nama: `Komoditas uji ${index + 1}`, satuan: 'kg', kategori: 'lainnya' } as never,
      overrideAccess: true,
    })
    komoditasIds.push(komoditas.id)
  }
  const db = payload.db as unknown as { drizzle: DrizzleInsert; tables: Record<string, unknown>; client: LibsqlClient }
  const table = db.tables.harga_pangan
  if (!table) throw new Error('Tabel harga_pangan tidak ada: koleksi harga-pangan belum terdaftar di collections/index.ts')
  const markets = PASAR_OPTIONS.map((option) => option.value)
  const rowsPerDay = komoditasIds.length * markets.length
  const days = Math.ceil(rows / rowsPerDay)
  const start = new Date(Date.UTC(2026, 0, 1) - days * 86_400_000)
  const now = new Date().toISOString()
  let batch: Record<string, unknown>[] = []
  let written = 0
  for (let day = 0; day < days && written < rows; day++) {
    const tanggal = `${isoDay(start, day)}T00:00:00.000Z`
    for (const pasar of markets) {
      for (const [index, komoditas] of komoditasIds.entries()) {
        if (written >= rows) break
        batch.push({
          komoditas,
          pasar,
          satuan: 'kg',
          harga: 5_000 + ((index * 997 + day * 31) % 90) * 500,
          tanggal,
          ringkasan: `Komoditas uji ${index + 1} · ${pasar} · ${tanggal.slice(0, 10)}`,
          _status: 'published',
          createdAt: now,
          updatedAt: now,
        })
        written++
        if (batch.length === BATCH_ROWS) {
          await db.drizzle.insert(table).values(batch)
          batch = []
        }
      }
    }
  }
  if (batch.length > 0) await db.drizzle.insert(table).values(batch)
  // Without statistics SQLite answers `tanggal = ? AND _status = ?` through the _status index, i.e. by
  // scanning every published row (about 50 ms a query at 100,000 rows). BENCH_ANALYZE=0 measures that.
  if (process.env.BENCH_ANALYZE !== '0') await db.client.execute('ANALYZE')
  return { rowsPerDay, day: isoDay(start, Math.floor(days / 2)) }
}

async function main() {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000)
  const context = await startTestPayload({ isFile: true })
  const seedStarted = performance.now()
  const { rowsPerDay, day } = await seedPrices({ context, rows })
  const seedSeconds = (performance.now() - seedStarted) / 1000
  const { payload, config } = context
  // The offices and the menu registry: the public page judges all 14 menus, one of them on these prices.
  await seed({ payload })
  const count = await payload.count({ collection: SLUGS.hargaPangan as never, overrideAccess: true })
  const one = await payload.find({
    collection: SLUGS.hargaPangan as never,
    where: { tanggal: { equals: `${day}T00:00:00.000Z` } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const documentId = (one.docs as { id: string | number }[])[0]?.id
  if (documentId === undefined) throw new Error(`tidak ada harga untuk ${day}`)

  const cached = await listen({ app: createApp({ payload, config }), payload, port: 0, host: '127.0.0.1' })
  const uncached = await listen({
    app: createApp({ payload, config, httpCache: { isResponseCached: false } }),
    payload,
    port: 0,
    host: '127.0.0.1',
  })

  const send = (message: AppReady | AppPeak) => process.send?.(message)
  process.on('message', async (command: AppCommand) => {
    if (command.type === 'reset-peak') {
      peakRss = 0
      sampleRss()
    } else if (command.type === 'report-peak') {
      sampleRss()
      send({ type: 'peak', peakRss, overallPeakRss })
    } else if (command.type === 'stop') {
      clearInterval(sampler)
      cached.server.closeAllConnections()
      uncached.server.closeAllConnections()
      cached.server.close()
      uncached.server.close()
      await context.cleanup()
      process.exit(0)
    }
  })
  send({
    type: 'ready',
    cachedUrl: cached.url,
    uncachedUrl: uncached.url,
    day,
    documentId,
    rows: count.totalDocs,
    rowsPerDay,
    seedSeconds,
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
