/**
 * npm run check-links -- [--menu layanan-publik] [--json] [--now 2026-11-28T02:00:00+07:00]
 *
 * Checks every outbound link of the portal's menus (or one menu), records the
 * verdicts, and prints them: a table for people with a progress bar on a
 * terminal, or with --json exactly one JSON array on stdout
 * ({ url, hasil, status, detail, menu, dokumen }) with every log on stderr.
 */
import cliProgress from 'cli-progress'

import { closeDatabase } from '../../src/database'
import { LINK_RESULT_LABELS, LINK_RESULTS } from '../../src/links/classify'
import { runLinkCheck } from './handler'
import type { LinkCheckSummary } from './handler'
import { openForCommand, optionalNow, parseCommandLine, runCommand, UsageError } from '../../src/cli/common'

const USAGE = 'Pemakaian: npm run check-links -- [--menu KODE] [--json] [--now 2026-11-28T02:00:00+07:00]'

function parseOptions(argv: string[]): { now?: Date; menu?: string; isJson: boolean } {
  const { values } = parseCommandLine({
    argv,
    usage: USAGE,
    options: { now: { type: 'string' }, menu: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  if (values.menu !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.menu)) {
    throw new UsageError(`--menu harus kode menu, mis. layanan-publik (bukan "${values.menu}").\n${USAGE}`)
  }
  return { now: optionalNow({ text: values.now, example: '2026-11-28T02:00:00+07:00' }), menu: values.menu, isJson: values.json }
}

function printSummary({ summary }: { summary: LinkCheckSummary }) {
  const problems = summary.hasil.filter((report) => report.hasil !== 'ok')
  if (problems.length > 0) {
    console.log('Tautan yang perlu perhatian:\n')
    for (const report of problems) {
      console.log(`  [${LINK_RESULT_LABELS[report.hasil]}] ${report.url}`)
      console.log(`      menu ${report.menu}, dokumen ${report.dokumen}: ${report.detail}`)
    }
    console.log('')
  }
  const counts = LINK_RESULTS.filter((hasil) => summary.perHasil[hasil] > 0)
    .map((hasil) => `${summary.perHasil[hasil]} ${LINK_RESULT_LABELS[hasil].toLowerCase()}`)
    .join(', ')
  console.log(
    `${summary.jumlahTautan} tautan (${summary.jumlahUrl} alamat berbeda) diperiksa dalam ${summary.durasiMs} ms: ${counts || 'tidak ada tautan'}. ` +
      `${summary.terkonfirmasi} terkonfirmasi rusak${summary.dihapus > 0 ? `, ${summary.dihapus} hasil lama dihapus` : ''}.`,
  )
}

async function main(): Promise<number> {
  const { now: given, menu, isJson } = parseOptions(process.argv.slice(2))
  const { env, payload, writeJson } = await openForCommand({ isJson })
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: 'Memeriksa tautan [{bar}] {value}/{total} {url}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  let isBarStarted = false
  try {
    const summary = await runLinkCheck({
      payload,
      now: given ?? new Date(),
      menu,
      settings: env.linkCheck,
      onProgress: ({ selesai, total, url }) => {
        if (!bar) return
        if (!isBarStarted) {
          bar.start(total, 0, { url: '' })
          isBarStarted = true
        }
        bar.update(selesai, { url: url.length > 60 ? `${url.slice(0, 57)}...` : url })
      },
    })
    if (isBarStarted) bar?.stop()
    for (const failure of summary.gagal) console.error(`Hasil ${failure.url} gagal disimpan: ${failure.pesan}`)
    if (writeJson) writeJson(`${JSON.stringify(summary.hasil)}\n`)
    else printSummary({ summary })
    return summary.gagal.length > 0 ? 1 : 0
  } finally {
    if (isBarStarted) bar?.stop()
    await closeDatabase(payload)
  }
}

runCommand(main)
