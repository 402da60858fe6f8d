/**
 * npm run notify -- [--now 2023-01-16T08:00:00+07:00] [--dry-run] [--json]
 *
 * What the 08:00 tick does, at any moment: sweep, queue the office digests
 * and escalations due then, and send the outbox. --dry-run only judges and
 * prints who would receive what; nothing is stored, queued or sent. --json:
 * exactly one JSON document on stdout, every log on stderr.
 */
import { closeDatabase } from '../../src/database'
import { formatJakartaDate } from '../../src/domain/calendar'
import { flushOutbox } from '../../src/email/outbox'
import { createTransport } from '../../src/email/transport'
import type { FlushResult } from '../../src/email/outbox'
import { runDigests } from './handler'
import type { DigestSummary } from './handler'
import { openForCommand, optionalNow, parseCommandLine, runCommand } from '../../src/cli/common'

const USAGE = 'Pemakaian: npm run notify -- [--now 2023-01-16T08:00:00+07:00] [--dry-run] [--json]'

type Options = { now?: Date; isDryRun: boolean; isJson: boolean }

export type NotifyReport = DigestSummary & { pengiriman: FlushResult | null }

function parseOptions(argv: string[]): Options {
  const { values } = parseCommandLine({
    argv,
    usage: USAGE,
    options: { now: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  })
  return { now: optionalNow({ text: values.now, example: '2023-01-16T08:00:00+07:00' }), isDryRun: values['dry-run'], isJson: values.json }
}

function printSummary({ report }: { report: NotifyReport }) {
  const title = report.isDryRun ? 'Uji coba (tidak ada yang diantrekan atau dikirim)' : 'Notifikasi'
  console.log(`${title}: ${formatJakartaDate({ at: new Date(report.dijalankanPada) })} (${report.dijalankanPada})\n`)
  if (report.email.length === 0) console.log('Tidak ada yang perlu diberitahukan pada waktu ini.')
  for (const email of report.email) {
    const kind = email.jenis === 'eskalasi' ? 'Eskalasi' : 'Ringkasan harian'
    const state = email.isNew === false ? ' (sudah diantrekan sebelumnya)' : ''
    console.log(`${kind} ${email.opd}${state}`)
    console.log(`  Kepada : ${email.kepada.join(', ')}`)
    console.log(`  Subjek : ${email.subjek}`)
    console.log(`  Menu   : ${email.menu.map((menu) => `${menu.kode} (${menu.keadaan.join(', ')})`).join('; ')}`)
  }
  for (const missing of report.tanpaPenerima) console.log(`Tanpa penerima: ${missing.opd} (${missing.jenis}) punya masalah tetapi tidak punya alamat email.`)
  for (const failure of report.gagal) console.log(`Gagal: ${failure.opd}: ${failure.pesan}`)
  if (report.pengiriman) {
    const { terkirim, gagal, ditunda } = report.pengiriman
    console.log(`\nKotak keluar: ${terkirim} terkirim, ${ditunda} ditunda (dicoba lagi nanti), ${gagal} gagal.`)
  }
}

async function main(): Promise<number> {
  const { now: given, isDryRun, isJson } = parseOptions(process.argv.slice(2))
  const { env, payload, writeJson } = await openForCommand({ isJson })
  try {
    const now = given ?? new Date()
    const summary = await runDigests({ payload, now, env, isDryRun })
    let pengiriman: FlushResult | null = null
    if (!isDryRun) {
      const transport = createTransport({ env, logger: { info: (message) => console.error(message) } })
      try {
        pengiriman = await flushOutbox({ payload, now, transport })
      } finally {
        transport.close()
      }
    }
    const report: NotifyReport = { ...summary, pengiriman }
    if (writeJson) writeJson(`${JSON.stringify(report)}\n`)
    else printSummary({ report })
    return report.gagal.length > 0 || (pengiriman?.gagal ?? 0) > 0 ? 1 : 0
  } finally {
    await closeDatabase(payload)
  }
}

runCommand(main)
