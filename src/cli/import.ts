/**
 * npm run import -- <harga-pangan|statistik-covid> FILE [--format csv|json] [--oleh EMAIL] [--now ISO]
 *
 * The same all-or-nothing import as POST /api/<menu>/import. With --oleh the
 * rows are recorded as that person's and only allowed if that person could
 * import them over HTTP; without it they are the system's. Exit 0 when every
 * row went in, 1 with the list of problems when any row is wrong (nothing is
 * stored), 2 for a wrong command line.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import cliProgress from 'cli-progress'
import { createLocalReq } from 'payload'

import { editorScope } from '../access/menuAccess'
import { openPayload } from '../bootstrap'
import { EnvError, loadEnv } from '../env'
import { IMPORTABLE, isImportable, runImport } from '../import/core'
import type { ImportError, ImportInput, ImportProgress, Importable } from '../import/core'
import { SLUGS } from '../slugs'
import { optionalNow, UsageError } from './common'

const USAGE = `Pemakaian: npm run import -- <${IMPORTABLE.join('|')}> BERKAS [--format csv|json] [--oleh EMAIL] [--now 2026-11-28T09:00:00+07:00]`

type Options = { koleksi: Importable; file: string; format: 'csv' | 'json'; oleh?: string; now: Date }

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      oleh: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) throw new UsageError(USAGE)
  const [koleksi, file, ...rest] = positionals
  if (!koleksi || !file || rest.length > 0) throw new UsageError(USAGE)
  if (!isImportable(koleksi)) throw new UsageError(`Menu tidak dapat diimpor: ${koleksi}. Pilihan: ${IMPORTABLE.join(', ')}.`)
  const format = values.format ?? (path.extname(file).toLowerCase() === '.json' ? 'json' : 'csv')
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format harus csv atau json, bukan ${format}.`)
  const now = optionalNow({ text: values.now, example: '2026-11-28T09:00:00+07:00' }) ?? new Date()
  return { koleksi, file, format, oleh: values.oleh, now }
}

async function readInput({ file, format }: { file: string; format: 'csv' | 'json' }): Promise<ImportInput> {
  const text = await readFile(file, 'utf8')
  if (format === 'csv') return { kind: 'csv', text }
  try {
    return { kind: 'json', rows: JSON.parse(text) as unknown }
  } catch {
    throw new UsageError(`${file} bukan JSON yang sah.`)
  }
}

/** A bar on a terminal; one line per phase and per tenth otherwise (logs, CI). */
function progressReporter(): { report: (progress: ImportProgress) => void; stop: () => void } {
  if (process.stdout.isTTY) {
    const bars = new Map<string, cliProgress.SingleBar>()
    let active: cliProgress.SingleBar | undefined
    return {
      report: ({ fase, selesai, total }) => {
        let bar = bars.get(fase)
        if (!bar) {
          active?.stop()
          bar = new cliProgress.SingleBar(
            { format: `${fase.padEnd(10)} [{bar}] {percentage}% | {value}/{total} baris | {duration_formatted}`, hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
          bar.start(total, 0)
          bars.set(fase, bar)
          active = bar
        }
        bar.update(selesai)
      },
      stop: () => active?.stop(),
    }
  }
  let lastTenth = -1
  let lastFase = ''
  return {
    report: ({ fase, selesai, total }) => {
      const tenth = total === 0 ? 10 : Math.floor((selesai / total) * 10)
      if (fase === lastFase && tenth === lastTenth) return
      if (fase !== lastFase || tenth > lastTenth) console.log(`${fase}: ${selesai}/${total} baris`)
      lastFase = fase
      lastTenth = tenth
    },
    stop: () => {},
  }
}

function describeError({ baris, kolom, pesan }: ImportError): string {
  const where = baris === 0 ? 'judul/berkas' : `baris ${baris}`
  return `  ${where}${kolom ? `, kolom ${kolom}` : ''}: ${pesan}`
}

async function main(): Promise<number> {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    return 2
  }
  const input = await readInput(options)
  const env = loadEnv()
  const { payload } = await openPayload({ env, isSchemaPushed: env.isSchemaPushed })
  try {
    let user: Record<string, unknown> | undefined
    if (options.oleh) {
      const found = await payload.find({ collection: SLUGS.users, where: { email: { equals: options.oleh.toLowerCase() } }, limit: 1, depth: 0 })
      if (!found.docs[0]) throw new UsageError(`Pengguna ${options.oleh} tidak ada.`)
      user = { ...found.docs[0], collection: SLUGS.users }
    }
    const req = await createLocalReq({ user: user as never, context: { now: options.now } }, payload)
    if (user && (await editorScope({ req, koleksi: options.koleksi })).kind === 'none') {
      throw new UsageError(`${options.oleh} tidak berhak mengimpor ke ${options.koleksi}: menu ini dikelola OPD lain.`)
    }
    const progress = progressReporter()
    const result = await runImport({ payload, req, koleksi: options.koleksi, input, now: options.now, onProgress: progress.report })
    progress.stop()
    if (!result.isOk) {
      console.error(`Impor dibatalkan, tidak ada yang disimpan. ${result.errors.length} masalah:`)
      for (const error of result.errors) console.error(describeError(error))
      return 1
    }
    console.log(`Selesai: ${result.dibuat} baris ${options.koleksi} dibuat dan diterbitkan.`)
    return 0
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    return error instanceof UsageError ? 2 : 1
  } finally {
    await payload.destroy().catch(() => {})
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError || error instanceof UsageError ? error.message : error)
    process.exit(error instanceof UsageError ? 2 : 1)
  },
)
