/**
 * npm run sweep -- [--now 2023-01-16T09:00:00+07:00] [--json]
 *
 * Judges every registry menu, stores the snapshots and status changes, and
 * prints the result: a table for people, or with --json exactly one JSON
 * array on stdout (the public /api/kesegaran shape) with every log on stderr.
 */
import { formatJakartaDate } from '../../src/domain/calendar'
import { closeDatabase } from '../../src/database'
import { toPublicFreshness } from '../../src/freshness/public'
import type { MenuFreshness } from '../../src/freshness/evaluate'
import { runSweep } from './handler'
import type { SweepSummary } from './handler'
import { openForCommand, optionalNow, parseCommandLine, runCommand } from '../../src/cli/common'

const USAGE = 'Pemakaian: npm run sweep -- [--now 2023-01-16T09:00:00+07:00] [--json]'

function parseOptions(argv: string[]): { now?: Date; isJson: boolean } {
  const { values } = parseCommandLine({ argv, usage: USAGE, options: { now: { type: 'string' }, json: { type: 'boolean', default: false } } })
  return { now: optionalNow({ text: values.now, example: '2023-01-16T09:00:00+07:00' }), isJson: values.json }
}

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length))

function dayOrDash(iso: string | null): string {
  return iso ? formatJakartaDate({ at: new Date(iso) }) : '—'
}

function printTable({ summary, isColoured }: { summary: SweepSummary; isColoured: boolean }) {
  const colour = (status: MenuFreshness['status'], text: string) => {
    if (!isColoured) return text
    const code = status === 'fresh' ? 32 : status === 'due' ? 33 : status === 'archived' || status === 'exempt' || status === 'unmonitored' ? 90 : 31
    return `\u001b[${code}m${text}\u001b[0m`
  }
  const rows = summary.hasil.map((result) => ({
    result,
    cells: [
      result.menu,
      result.pemilik.singkatan,
      result.label,
      result.terakhirDiperbarui ? `${dayOrDash(result.terakhirDiperbarui)}${result.umurHari === null ? '' : ` (${result.umurHari} hr)`}` : '—',
      dayOrDash(result.jatuhTempo),
      result.masalah.length === 0 ? '—' : result.masalah.map((problem) => problem.kode).join(', '),
    ],
  }))
  const header = ['Menu', 'Pemilik', 'Status', 'Terakhir diperbarui', 'Jatuh tempo', 'Masalah']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row.cells[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!)).join('  ')
  console.log(`Kesegaran menu portal pada ${formatJakartaDate({ at: new Date(summary.dijalankanPada) })} (${summary.dijalankanPada})\n`)
  console.log(line(header))
  console.log(widths.map((width) => '─'.repeat(width)).join('  '))
  for (const row of rows) {
    const text = line(row.cells)
    const statusStart = widths[0]! + widths[1]! + 4
    console.log(text.slice(0, statusStart) + colour(row.result.status, text.slice(statusStart, statusStart + widths[2]!)) + text.slice(statusStart + widths[2]!))
  }
  const withProblems = summary.hasil.filter((result) => result.masalah.length > 0)
  if (withProblems.length > 0) {
    console.log('\nRincian masalah:')
    for (const result of withProblems) {
      console.log(`  ${result.menu} (${result.pemilik.singkatan}):`)
      for (const problem of result.masalah) console.log(`    - ${problem.pesan}`)
    }
  }
  for (const result of summary.hasil) {
    if (result.catatanArsip) console.log(`\nCatatan arsip ${result.menu}: ${result.catatanArsip}`)
  }
  console.log(
    `\n${summary.jumlahMenu} menu, ${summary.snapshotDicatat} potret dicatat` +
      (summary.snapshotSudahAda > 0 ? ` (${summary.snapshotSudahAda} sudah ada untuk waktu ini)` : '') +
      `, ${summary.transisi.length} perubahan status, ${summary.gagal.length} gagal, ${summary.durasiMs} ms. Putaran ${summary.putaran}.`,
  )
  for (const change of summary.transisi) console.log(`  ${change.menu}: ${change.dari} → ${change.ke}`)
}

async function main(): Promise<number> {
  const { now: given, isJson } = parseOptions(process.argv.slice(2))
  const { env, payload, writeJson } = await openForCommand({ isJson })
  try {
    const summary = await runSweep({ payload, now: given })
    for (const failure of summary.gagal) console.error(`Menu ${failure.menu} gagal diperiksa: ${failure.pesan}`)
    if (writeJson) {
      writeJson(`${JSON.stringify(summary.hasil.map(toPublicFreshness))}\n`)
    } else {
      printTable({ summary, isColoured: Boolean(process.stdout.isTTY) && !env.isColourDisabled })
    }
    return summary.gagal.length > 0 ? 1 : 0
  } finally {
    await closeDatabase(payload)
  }
}

runCommand(main)
