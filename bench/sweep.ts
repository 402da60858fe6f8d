/**
 * `npm run bench:sweep`: the freshness sweep over one million price rows plus
 * the demo portal, against one hand-written SQL statement that computes the
 * same newest dates and counts (the lower bound), in the same run. SQLite
 * always; PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is a
 * postgres:// URL (scripts/with-postgres.sh npm run bench:sweep); MongoDB
 * when one of them is a mongodb:// URL, and both through
 * scripts/with-ferretdb.sh npm run bench:sweep (there the MongoDB column is
 * FerretDB, and labelled so). On MongoDB the lower bound is the same facts
 * read straight through the driver, one query per fact, all at once:
 * FerretDB has no $lookup to make them a single aggregate.
 *
 *   BENCH_ROWS     price rows bulk-inserted (1000000)
 *   BENCH_REPEATS  measured repetitions, median reported (7)
 *   BENCH_ANALYZE  0: skip ANALYZE after the bulk load, to see the plans a never-analysed database gets (1)
 *   BENCH_ONLY     sqlite | postgres | mongodb: run one database only
 *
 * Each database runs in a child process: Payload keeps one instance per process.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { KONTAK_JENIS } from '../src/domain/kontak'
import { runSweep } from '../jobs/sweep/handler'
import { seed } from '../seed'
import { PASAR_OPTIONS } from '../src/domain/pangan'
import { evaluateAllMenus } from '../src/freshness/evaluate'
import { SLUGS } from '../src/slugs'
import { mongoCollectionOf, mongoDbOf } from '../src/storage/mongodb'
import { startTestPayload } from '../tests/helpers/payload'

type Kind = 'sqlite' | 'postgres' | 'mongodb'

type Figures = {
  kind: Kind
  label: string
  rows: number
  menus: number
  loadSeconds: number
  evaluateMs: number
  sweepMs: number
  lowerBoundMs: number
  plans: { label: string; plan: string }[]
}

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000)
const REPEATS = Number(process.env.BENCH_REPEATS ?? 7)
// A fixed moment two weeks after the demo content's day, so figures are comparable between runs.
const DEMO_NOW = new Date('2026-11-27T02:00:00.000Z')
const SWEEP_NOW = new Date('2026-11-30T02:00:00.000Z')

type Sql = { all: (text: string) => Promise<Record<string, unknown>[]> }

function sqlOf({ payload, kind }: { payload: Payload; kind: Exclude<Kind, 'mongodb'> }): Sql {
  if (kind === 'sqlite') {
    const client = (payload.db as unknown as { client: { execute: (text: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    return { all: async (text) => (await client.execute(text)).rows }
  }
  const pool = (payload.db as unknown as { pool: { query: (text: string) => Promise<{ rows: Record<string, unknown>[] }> } }).pool
  return { all: async (text) => (await pool.query(text)).rows }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function timed(repeats: number, task: (index: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = []
  for (let index = 0; index < repeats; index++) {
    const startedAt = performance.now()
    await task(index)
    samples.push(performance.now() - startedAt)
  }
  return median(samples)
}

/** Rows dated before the demo's 30 days, one per commodity, market and day, so the natural key stays unique. */
async function bulkLoadPrices({ payload, sql, kind }: { payload: Payload; sql: Sql; kind: Exclude<Kind, 'mongodb'> }): Promise<number> {
  const komoditas = await payload.find({ collection: SLUGS.komoditas, pagination: false, depth: 0, select: { id: true } as never })
  const ids = komoditas.docs.map((doc) => Number((doc as { id: unknown }).id))
  const markets = PASAR_OPTIONS.map((option) => option.value)
  const days = Math.ceil(ROWS / (ids.length * markets.length))
  const before = await sql.all('SELECT count(*) AS n FROM harga_pangan')
  if (kind === 'sqlite') {
    const marketRows = markets.map((market) => `('${market}')`).join(', ')
    await sql.all(`
      WITH RECURSIVE hari(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM hari WHERE n < ${days}),
      pasar(nama) AS (VALUES ${marketRows})
      INSERT INTO harga_pangan (komoditas_id, pasar, harga, satuan, tanggal, ringkasan, _status, isi_diubah_pada, created_at, updated_at)
      SELECT k.id, pasar.nama, 5000 + ((hari.n * 31 + k.id * 7) % 90) * 500, 'kg',
             strftime('%Y-%m-%dT00:00:00.000Z', '2026-09-01', '-' || hari.n || ' days'), 'bench', 'published',
             '2026-09-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z', '2026-09-01T00:00:00.000Z'
      FROM hari CROSS JOIN komoditas k CROSS JOIN pasar
      LIMIT ${ROWS}`)
    if (process.env.BENCH_ANALYZE !== '0') await sql.all('ANALYZE')
  } else {
    const types = Object.fromEntries(
      (await sql.all(`SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = 'harga_pangan'`)).map((row) => [
        String(row.column_name),
        String(row.udt_name),
      ]),
    )
    const cast = (column: string) => (types[column]?.startsWith('enum_') ? `::"${types[column]}"` : '')
    await sql.all(`
      INSERT INTO harga_pangan (komoditas_id, pasar, harga, satuan, tanggal, ringkasan, _status, isi_diubah_pada, created_at, updated_at)
      SELECT k.id, p.nama${cast('pasar')}, 5000 + ((hari * 31 + k.id * 7) % 90) * 500, 'kg'${cast('satuan')},
             ((date '2026-09-01' - hari)::timestamp AT TIME ZONE 'UTC'), 'bench', 'published'${cast('_status')},
             timestamptz '2026-09-01T00:00:00Z', timestamptz '2026-09-01T00:00:00Z', timestamptz '2026-09-01T00:00:00Z'
      FROM generate_series(1, ${days}) AS hari
      CROSS JOIN komoditas k
      CROSS JOIN unnest(ARRAY[${markets.map((market) => `'${market}'`).join(', ')}]) AS p(nama)
      LIMIT ${ROWS}`)
    await sql.all(process.env.BENCH_ANALYZE !== '0' ? 'VACUUM ANALYZE' : 'VACUUM')
  }
  const after = await sql.all('SELECT count(*) AS n FROM harga_pangan')
  return Number(after[0]!.n) - Number(before[0]!.n)
}

/**
 * What evaluateAllMenus reads, as one statement: per registry row, the newest
 * date its clock counts, its published and still-valid counts, its newest
 * verification, its exceptions in force and its open reports.
 */
function lowerBoundQuery({ now, kind }: { now: Date; kind: Exclude<Kind, 'mongodb'> }): string {
  const at = `'${now.toISOString()}'`
  const jakarta = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  const tomorrow = `'${new Date(Date.parse(`${jakarta}T00:00:00.000Z`) + 86_400_000).toISOString()}'`
  const dayStart = `'${new Date(Date.parse(`${jakarta}T00:00:00.000Z`) - 7 * 3_600_000).toISOString()}'`
  const year = jakarta.slice(0, 4)
  const text = kind === 'postgres' ? '::text' : ''
  // PostgreSQL gives each select field its own enum type; compared across tables they meet as text.
  const sameJenis = ` AND jenis${text} = m.jenis_kontak${text}`
  const pub = `_status = 'published'`
  const newestChange = (table: string, extra = '') => `(SELECT max(isi_diubah_pada)${text} FROM ${table} WHERE ${pub}${extra} AND isi_diubah_pada <= ${at})`
  const published = (table: string, extra = '') => `(SELECT count(*) FROM ${table} WHERE ${pub}${extra})`
  return `
    SELECT m.kode,
      CASE m.koleksi
        WHEN 'harga-pangan' THEN (SELECT max(tanggal)${text} FROM harga_pangan WHERE ${pub} AND tanggal < ${tomorrow})
        WHEN 'statistik-covid' THEN (SELECT max(tanggal)${text} FROM statistik_covid WHERE ${pub} AND tanggal < ${tomorrow})
        WHEN 'peluang-investasi' THEN (SELECT max(tahun_data)${text} FROM peluang_investasi WHERE ${pub} AND tahun_data <= ${year})
        WHEN 'lowongan-kerja' THEN ${newestChange('lowongan_kerja')}
        WHEN 'agenda' THEN ${newestChange('agenda')}
        WHEN 'berita' THEN (SELECT max(tanggal_terbit)${text} FROM berita WHERE ${pub} AND tanggal_terbit <= ${at})
        WHEN 'kontak-layanan' THEN ${newestChange('kontak_layanan', sameJenis)}
        WHEN 'layanan-publik' THEN ${newestChange('layanan_publik')}
        WHEN 'formulir' THEN ${newestChange('formulir')}
        WHEN 'dokumen' THEN ${newestChange('dokumen')}
        WHEN 'opd' THEN (SELECT max(updated_at)${text} FROM opd WHERE updated_at <= ${at})
      END AS terbaru,
      CASE m.koleksi
        WHEN 'lowongan-kerja' THEN ${published('lowongan_kerja')}
        WHEN 'agenda' THEN ${published('agenda')}
        WHEN 'berita' THEN (SELECT count(*) FROM berita WHERE ${pub} AND tanggal_terbit <= ${at})
        WHEN 'kontak-layanan' THEN ${published('kontak_layanan', sameJenis)}
        WHEN 'layanan-publik' THEN ${published('layanan_publik')}
        WHEN 'formulir' THEN ${published('formulir')}
        WHEN 'dokumen' THEN ${published('dokumen')}
        WHEN 'opd' THEN (SELECT count(*) FROM opd)
      END AS terbit,
      CASE m.koleksi
        WHEN 'lowongan-kerja' THEN ${published('lowongan_kerja', ` AND batas_lamaran >= ${dayStart}`)}
        WHEN 'agenda' THEN ${published('agenda', ` AND selesai >= ${at}`)}
      END AS berlaku,
      (SELECT max(v.pada)${text} FROM verifikasi v WHERE v.menu_id = m.id AND v.pada <= ${at}) AS diverifikasi,
      (SELECT count(*) FROM pengecualian p WHERE p.menu_id = m.id AND p.mulai <= ${at} AND p.selesai > ${at}) AS pengecualian,
      (SELECT count(*) FROM laporan_warga l WHERE l.menu_id = m.id AND l.status = 'baru') AS laporan
    FROM menu_portal m
    ORDER BY m.kode`
}

/** The sweep's one query that could touch a million rows, as the adapter builds it (newest published price not after today). */
function newestPriceQuery({ now }: { now: Date }): string {
  const jakarta = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  const tomorrow = new Date(Date.parse(`${jakarta}T00:00:00.000Z`) + 86_400_000).toISOString()
  return `SELECT id, tanggal FROM harga_pangan WHERE _status = 'published' AND tanggal < '${tomorrow}' AND tanggal IS NOT NULL ORDER BY tanggal DESC LIMIT 1`
}

async function explain({ sql, kind, query }: { sql: Sql; kind: Exclude<Kind, 'mongodb'>; query: string }): Promise<string> {
  if (kind === 'sqlite') {
    const rows = await sql.all(`EXPLAIN QUERY PLAN ${query}`)
    return rows.map((row) => `${'  '.repeat(Number(row.parent) === 0 ? 0 : 1)}${String(row.detail)}`).join('\n')
  }
  const rows = await sql.all(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${query}`)
  return rows.map((row) => String(row['QUERY PLAN'])).join('\n')
}

/** The same rows as the SQL bulk load, as documents shaped like one the seed stored (so every field Payload reads is there). */
async function bulkLoadPricesMongo({ payload }: { payload: Payload }): Promise<number> {
  const prices = mongoCollectionOf({ payload, collection: SLUGS.hargaPangan })
  const template = await prices.findOne({ _status: 'published' })
  if (!template) throw new Error('Seed demo tidak menulis harga pangan.')
  const komoditas = await mongoCollectionOf({ payload, collection: SLUGS.komoditas }).find({}, { projection: { _id: 1 } }).toArray()
  const markets = PASAR_OPTIONS.map((option) => option.value)
  const days = Math.ceil(ROWS / (komoditas.length * markets.length))
  const before = await prices.countDocuments()
  const { _id: _unused, ...shape } = template
  const stamp = new Date('2026-09-01T00:00:00.000Z')
  let batch: Record<string, unknown>[] = []
  let made = 0
  outer: for (let day = 1; day <= days; day++) {
    for (const [index, item] of komoditas.entries()) {
      for (const pasar of markets) {
        if (made >= ROWS) break outer
        batch.push({
          ...shape,
          komoditas: item._id,
          pasar,
          harga: 5000 + ((day * 31 + (index + 1) * 7) % 90) * 500,
          satuan: 'kg',
          tanggal: new Date(stamp.getTime() - day * 86_400_000),
          ringkasan: 'bench',
          isiDiubahPada: stamp,
          createdAt: stamp,
          updatedAt: stamp,
        })
        made++
        if (batch.length === 10_000) {
          await prices.insertMany(batch, { ordered: false })
          batch = []
        }
      }
    }
  }
  if (batch.length > 0) await prices.insertMany(batch, { ordered: false })
  return (await prices.countDocuments()) - before
}

/**
 * What evaluateAllMenus reads, straight through the driver with the fewest
 * round trips FerretDB allows: per collection its newest date (an index walk
 * with limit 1) and its counts, and the verifications, exceptions and open
 * reports grouped by menu, all sent at once.
 */
async function lowerBoundMongo({ payload, now }: { payload: Payload; now: Date }): Promise<number> {
  const jakarta = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  const tomorrow = new Date(Date.parse(`${jakarta}T00:00:00.000Z`) + 86_400_000)
  const dayStart = new Date(Date.parse(`${jakarta}T00:00:00.000Z`) - 7 * 3_600_000)
  const year = Number(jakarta.slice(0, 4))
  const of = (collection: (typeof SLUGS)[keyof typeof SLUGS]) => mongoCollectionOf({ payload, collection })
  const published = { _status: 'published' }
  const newest = (collection: (typeof SLUGS)[keyof typeof SLUGS], field: string, bound: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    of(collection).find({ ...published, ...extra, [field]: bound }, { projection: { [field]: 1 } }).sort({ [field]: -1 }).limit(1).toArray()
  const count = (collection: (typeof SLUGS)[keyof typeof SLUGS], filter: Record<string, unknown>) => of(collection).countDocuments(filter)
  const byMenu = (collection: (typeof SLUGS)[keyof typeof SLUGS], filter: Record<string, unknown>) =>
    of(collection).aggregate([{ $match: filter }, { $group: { _id: '$menu', n: { $sum: 1 } } }]).toArray()
  const kinds = KONTAK_JENIS.map((option) => option.value)
  const answers = await Promise.all([
    of(SLUGS.menuPortal).find({}, { projection: { kode: 1, koleksi: 1, jenisKontak: 1 } }).toArray(),
    newest(SLUGS.hargaPangan, 'tanggal', { $lt: tomorrow }),
    newest(SLUGS.statistikCovid, 'tanggal', { $lt: tomorrow }),
    newest(SLUGS.peluangInvestasi, 'tahunData', { $lte: year }),
    newest(SLUGS.berita, 'tanggalTerbit', { $lte: now }),
    count(SLUGS.berita, { ...published, tanggalTerbit: { $lte: now } }),
    ...[SLUGS.lowonganKerja, SLUGS.agenda, SLUGS.layananPublik, SLUGS.formulir, SLUGS.dokumen].flatMap((collection) => [
      newest(collection, 'isiDiubahPada', { $lte: now }),
      count(collection, published),
    ]),
    ...kinds.flatMap((jenis) => [newest(SLUGS.kontakLayanan, 'isiDiubahPada', { $lte: now }, { jenis }), count(SLUGS.kontakLayanan, { ...published, jenis })]),
    count(SLUGS.lowonganKerja, { ...published, batasLamaran: { $gte: dayStart } }),
    count(SLUGS.agenda, { ...published, selesai: { $gte: now } }),
    of(SLUGS.opd).find({ updatedAt: { $lte: now } }, { projection: { updatedAt: 1 } }).sort({ updatedAt: -1 }).limit(1).toArray(),
    count(SLUGS.opd, {}),
    // FerretDB's $group knows only $sum and $count: the (few) verifications newest first, the first per menu taken here.
    of(SLUGS.verifikasi).find({ pada: { $lte: now } }, { projection: { menu: 1, pada: 1 } }).sort({ pada: -1 }).toArray(),
    byMenu(SLUGS.pengecualian, { mulai: { $lte: now }, selesai: { $gt: now } }),
    byMenu(SLUGS.laporanWarga, { status: 'baru' }),
  ])
  return answers.length
}

async function explainMongo({ payload, now }: { payload: Payload; now: Date }): Promise<string> {
  const jakarta = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  const tomorrow = new Date(Date.parse(`${jakarta}T00:00:00.000Z`) + 86_400_000)
  const plan = await mongoCollectionOf({ payload, collection: SLUGS.hargaPangan })
    .find({ _status: 'published', tanggal: { $lt: tomorrow } })
    .sort({ tanggal: -1 })
    .limit(1)
    .explain()
  const { queryPlanner, pushdown, sortingPushdown, limitPushdown } = plan as Record<string, unknown>
  return JSON.stringify({ queryPlanner, pushdown, sortingPushdown, limitPushdown }, null, 2)
}

async function serverLabel(payload: Payload): Promise<string> {
  const build = await mongoDbOf(payload).admin().command({ buildInfo: 1 })
  return build.ferretdbVersion ? `FerretDB ${String(build.ferretdbVersion)} (MongoDB protocol, PostgreSQL backend)` : `MongoDB ${String(build.version)}`
}

async function measureMongo(): Promise<Figures> {
  const context = await startTestPayload({ isFile: true })
  const { payload } = context
  try {
    const label = await serverLabel(payload)
    const loadStarted = performance.now()
    await seed({ payload, scenario: 'demo', now: DEMO_NOW })
    const rows = await bulkLoadPricesMongo({ payload })
    const loadSeconds = (performance.now() - loadStarted) / 1000
    const menus = (await evaluateAllMenus({ payload, now: SWEEP_NOW })).length
    await lowerBoundMongo({ payload, now: SWEEP_NOW })
    const evaluateMs = await timed(REPEATS, () => evaluateAllMenus({ payload, now: SWEEP_NOW }))
    const lowerBoundMs = await timed(REPEATS, () => lowerBoundMongo({ payload, now: SWEEP_NOW }))
    const sweepMs = await timed(REPEATS, (index) => runSweep({ payload, now: new Date(SWEEP_NOW.getTime() + index * 60_000) }))
    const plans = [{ label: 'Sweep: harga pangan terbaru (sort tanggal -1, limit 1), explain', plan: await explainMongo({ payload, now: SWEEP_NOW }) }]
    return { kind: 'mongodb', label, rows, menus, loadSeconds, evaluateMs, sweepMs, lowerBoundMs, plans }
  } finally {
    await context.cleanup().catch(() => {})
  }
}

async function measure(kind: Exclude<Kind, 'mongodb'>): Promise<Figures> {
  const context = await startTestPayload({ isFile: true })
  const { payload } = context
  // Dropping the throwaway database ends its remaining connections; that is expected, not a crash.
  ;(payload.db as unknown as { pool?: { on: (event: string, listener: () => void) => void } }).pool?.on('error', () => {})
  try {
    const sql = sqlOf({ payload, kind })
    const loadStarted = performance.now()
    await seed({ payload, scenario: 'demo', now: DEMO_NOW })
    const rows = await bulkLoadPrices({ payload, sql, kind })
    const loadSeconds = (performance.now() - loadStarted) / 1000

    const menus = (await evaluateAllMenus({ payload, now: SWEEP_NOW })).length
    await sql.all(lowerBoundQuery({ now: SWEEP_NOW, kind }))
    const evaluateMs = await timed(REPEATS, () => evaluateAllMenus({ payload, now: SWEEP_NOW }))
    const lowerBoundMs = await timed(REPEATS, () => sql.all(lowerBoundQuery({ now: SWEEP_NOW, kind })))
    // Each sweep a minute apart: every run writes its full set of snapshots.
    const sweepMs = await timed(REPEATS, (index) => runSweep({ payload, now: new Date(SWEEP_NOW.getTime() + index * 60_000) }))

    const plans = [
      { label: 'Sweep: harga pangan terbaru (ORDER BY tanggal DESC LIMIT 1)', plan: await explain({ sql, kind, query: newestPriceQuery({ now: SWEEP_NOW }) }) },
      { label: 'Batas bawah: satu kueri tulisan tangan', plan: await explain({ sql, kind, query: lowerBoundQuery({ now: SWEEP_NOW, kind }) }) },
    ]
    return { kind, label: kind === 'sqlite' ? 'SQLite' : 'PostgreSQL', rows, menus, loadSeconds, evaluateMs, sweepMs, lowerBoundMs, plans }
  } finally {
    await context.cleanup().catch(() => {})
  }
}

function report(figures: Figures) {
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(`\n== ${figures.label}: ${figures.rows.toLocaleString('id-ID')} baris harga + demo, ${figures.menus} menu ==`)
  console.log(`muat data                 ${figures.loadSeconds.toFixed(1)} s`)
  console.log(`evaluasi (baca saja)      ${ms(figures.evaluateMs)}   median dari ${REPEATS}`)
  console.log(`sweep (baca + tulis)      ${ms(figures.sweepMs)}`)
  console.log(`${figures.kind === 'mongodb' ? 'batas bawah (driver)    ' : 'batas bawah (satu SQL)  '}  ${ms(figures.lowerBoundMs)}`)
  console.log(`rasio evaluasi / batas    ${(figures.evaluateMs / figures.lowerBoundMs).toFixed(1)}×`)
  console.log(`rasio sweep / batas       ${(figures.sweepMs / figures.lowerBoundMs).toFixed(1)}×`)
  console.log(`target sweep < 2 s        ${figures.sweepMs < 2000 ? 'ya' : 'TIDAK'}`)
  for (const { label, plan } of figures.plans) console.log(`\n${label}:\n${plan}`)
}

async function child(kind: Kind) {
  const figures = kind === 'mongodb' ? await measureMongo() : await measure(kind)
  process.send?.(figures)
}

function runChild(kind: Kind, env: Record<string, string | undefined>): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), ['--child', kind], {
      execArgv: ['--conditions=production', '--import', 'tsx'],
      env: { ...process.env, LOG_LEVEL: 'silent', PAYLOAD_DISABLE_ADMIN: 'true', TZ: 'Asia/Jakarta', ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let figures: Figures | undefined
    worker.on('message', (message) => (figures = message as Figures))
    worker.on('error', reject)
    worker.on('exit', (code) => (figures ? resolve(figures) : reject(new Error(`${kind}: proses anak berhenti dengan kode ${code}`))))
  })
}

async function main() {
  const childIndex = process.argv.indexOf('--child')
  if (childIndex >= 0) {
    await child(process.argv[childIndex + 1] as Kind)
    process.exit(0)
  }
  const urls = [process.env.BENCH_DATABASE_URL, process.env.TEST_DATABASE_URL, process.env.TEST_POSTGRES_URL]
  const postgresUrl = urls.find((url) => url && /^postgres(ql)?:\/\//.test(url))
  const mongoUrl = urls.find((url) => url && /^mongodb(\+srv)?:\/\//.test(url))
  const kinds = ['SQLite', postgresUrl && 'PostgreSQL', mongoUrl && 'MongoDB'].filter(Boolean).join(', ')
  console.log(`bench:sweep: ${ROWS.toLocaleString('id-ID')} baris harga, ${REPEATS} pengulangan, ${kinds} (PostgreSQL: scripts/with-postgres.sh; PostgreSQL dan FerretDB: scripts/with-ferretdb.sh)`)
  const only = process.env.BENCH_ONLY
  if (!only || only === 'sqlite') report(await runChild('sqlite', { TEST_DATABASE_URL: undefined }))
  if (postgresUrl && (!only || only === 'postgres')) report(await runChild('postgres', { TEST_DATABASE_URL: postgresUrl }))
  if (mongoUrl && (!only || only === 'mongodb')) report(await runChild('mongodb', { TEST_DATABASE_URL: mongoUrl }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
