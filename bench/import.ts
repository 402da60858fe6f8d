/**
 * `npm run bench:import`: imports BENCH_ROWS (20000) price rows as one CSV
 * through the same code as `npm run import`, on a real SQLite file (or the
 * server in TEST_DATABASE_URL), and prints rows per second for checking and
 * for writing. The database is thrown away afterwards.
 */
import { createLocalReq } from 'payload'

import { seedKomoditas } from '../seed/dataMenus'
import { seed } from '../seed'
import { PASAR_OPTIONS } from '../src/domain/pangan'
import { runImport } from '../src/import/core'
import { SLUGS } from '../src/slugs'
import { startTestPayload } from '../tests/helpers/payload'

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000)
const NOW = new Date('2026-11-30T02:00:00.000Z')

function priceCsv({ rows, komoditas }: { rows: number; komoditas: string[] }): string {
  const lines = ['komoditas,pasar,harga,tanggal']
  const perDay = komoditas.length * PASAR_OPTIONS.length
  for (let index = 0; index < rows; index++) {
    const day = new Date(NOW.getTime() - (1 + Math.floor(index / perDay)) * 86_400_000).toISOString().slice(0, 10)
    const within = index % perDay
    const nama = komoditas[Math.floor(within / PASAR_OPTIONS.length)]!
    const pasar = PASAR_OPTIONS[within % PASAR_OPTIONS.length]!.label
    lines.push(`${nama},${pasar},${10_000 + (index % 500) * 50},${day}`)
  }
  return lines.join('\n') + '\n'
}

async function main() {
  const context = await startTestPayload({ isFile: true })
  try {
    const { payload } = context
    await seed({ payload })
    await seedKomoditas({ payload })
    const komoditas = (await payload.find({ collection: SLUGS.komoditas, limit: 0, pagination: false, depth: 0 })).docs.map((doc) => doc.nama)
    const text = priceCsv({ rows: ROWS, komoditas })
    const req = await createLocalReq({ context: { now: NOW } }, payload)
    const phases: Record<string, number> = {}
    const startedAt = performance.now()
    const result = await runImport({
      payload,
      req,
      koleksi: SLUGS.hargaPangan,
      input: { kind: 'csv', text },
      now: NOW,
      onProgress: ({ fase }) => {
        phases[fase] ??= performance.now()
      },
    })
    const endedAt = performance.now()
    if (!result.isOk) throw new Error(`impor gagal: ${JSON.stringify(result.errors.slice(0, 3))}`)
    const writingFrom = phases.menyimpan ?? startedAt
    const seconds = (endedAt - startedAt) / 1000
    console.log(
      JSON.stringify({
        database: context.database.kind,
        rows: result.dibuat,
        totalSeconds: Number(seconds.toFixed(1)),
        rowsPerSecond: Math.round(result.dibuat / seconds),
        checkingSeconds: Number(((writingFrom - startedAt) / 1000).toFixed(1)),
        writingRowsPerSecond: Math.round(result.dibuat / ((endedAt - writingFrom) / 1000)),
      }),
    )
  } finally {
    await context.cleanup()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
