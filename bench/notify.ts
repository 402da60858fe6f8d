/**
 * `npm run bench:notify`: 500 offices, each with a menu in trouble, get their
 * morning digest: the sweep, the decisions, rendering, queueing (compute),
 * then delivery through the pooled SMTP transport to a real SMTP server on
 * loopback (deliver). The same number of ready-made messages sent straight
 * through nodemailer's pool, in the same run, is the ceiling to compare with.
 *
 *   BENCH_OFFICES  offices, one digest each (500)
 *   BENCH_TARGET   emails per second to reach, compute and delivery together (50)
 *
 * SQLite file by default; PostgreSQL when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is postgres:// (scripts/with-postgres.sh npm run bench:notify).
 */
import nodemailer from 'nodemailer'
import { SMTPServer } from 'smtp-server'
import type net from 'node:net'

import { runDigests } from '../jobs/ringkasan-harian/handler'
import { runSweep } from '../jobs/sweep/handler'
import { flushOutbox } from '../src/email/outbox'
import { createTransport } from '../src/email/transport'
import { SLUGS } from '../src/slugs'
import { startTestPayload } from '../tests/helpers/payload'

const OFFICES = Number(process.env.BENCH_OFFICES ?? 500)
const TARGET = Number(process.env.BENCH_TARGET ?? 50)
const NOW = new Date('2031-03-03T01:00:00.000Z')

let peakRss = 0
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}

async function startSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('data', () => {})
      stream.on('end', () => {
        count += 1
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = (server as unknown as { server: net.Server }).server.address() as net.AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, received: () => count, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

const seconds = (from: number) => (performance.now() - from) / 1000
const rate = (count: number, secs: number) => (secs > 0 ? count / secs : Infinity)

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (databaseUrl) process.env.TEST_DATABASE_URL = databaseUrl
  const sink = await startSink()
  const context = await startTestPayload({ isFile: true, extraEnv: { SMTP_URL: sink.url, PUBLIC_URL: 'https://segar.palembang.test' } })
  const { payload, env } = context
  const timer = setInterval(sampleRss, 50)
  try {
    const loadStart = performance.now()
    for (let index = 0; index < OFFICES; index += 1) {
      const singkatan = `OPD${String(index).padStart(4, '0')}`
      const office = await payload.create({
        collection: SLUGS.opd,
        data: { nama: `Dinas Uji ${index}`, singkatan, jenis: 'dinas', emailNotifikasi: [`${singkatan.toLowerCase()}@opd.segar.example`], aktif: true },
        depth: 0,
      })
      // A document list with nothing published: `empty` on every sweep, so every office has something to hear.
      await payload.create({
        collection: SLUGS.menuPortal,
        data: { kode: `dokumen-uji-${index}`, koleksi: SLUGS.dokumen, judul: `Dokumen Dinas Uji ${index}`, pemilik: office.id, kadensi: 'MONTHLY', status: 'aktif' },
        depth: 0,
      })
    }
    console.log(`${OFFICES} OPD dan menu dimuat dalam ${seconds(loadStart).toFixed(1)} s (${env.databaseKind}).`)

    const computeStart = performance.now()
    const sweepStart = performance.now()
    const swept = await runSweep({ payload, now: NOW })
    const sweepSeconds = seconds(sweepStart)
    const summary = await runDigests({ payload, now: NOW, env, results: swept.hasil })
    const computeSeconds = seconds(computeStart)
    const queued = summary.email.filter((email) => email.isNew).length

    const transport = createTransport({ env, logger: { info: () => {} } })
    const deliverStart = performance.now()
    const flushed = await flushOutbox({ payload, now: NOW, transport, limit: queued + 10, concurrency: Number(process.env.BENCH_CONCURRENCY ?? 5) })
    const deliverSeconds = seconds(deliverStart)
    transport.close()

    // The ceiling: the same messages, already rendered, straight into nodemailer's pool.
    const rows = await payload.find({ collection: SLUGS.kotakKeluar, pagination: false, depth: 0, select: { kepada: true, subjek: true, html: true, teks: true } })
    const pool = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5 } as unknown as string)
    const ceilingStart = performance.now()
    await Promise.all(
      rows.docs.map((row) =>
        pool.sendMail({ from: env.mailFrom, to: (row.kepada ?? []) as string[], subject: String(row.subjek), html: String(row.html), text: String(row.teks) }),
      ),
    )
    const ceilingSeconds = seconds(ceilingStart)
    pool.close()
    sampleRss()

    const total = computeSeconds + deliverSeconds
    const overall = rate(flushed.terkirim, total)
    console.log(`\nRingkasan harian untuk ${OFFICES} OPD`)
    console.log(`  hitung (sweep, keputusan, render, antre): ${computeSeconds.toFixed(2)} s, ${queued} email diantrekan (${rate(queued, computeSeconds).toFixed(0)} email/s); sweep saja ${sweepSeconds.toFixed(2)} s`)
    console.log(`  kirim (kotak keluar -> SMTP loopback, pool 5): ${deliverSeconds.toFixed(2)} s, ${flushed.terkirim} terkirim, ${flushed.ditunda} ditunda, ${flushed.gagal} gagal (${rate(flushed.terkirim, deliverSeconds).toFixed(0)} email/s)`)
    console.log(`  pembanding: nodemailer pool langsung, ${rows.docs.length} pesan jadi: ${ceilingSeconds.toFixed(2)} s (${rate(rows.docs.length, ceilingSeconds).toFixed(0)} email/s)`)
    console.log(`  keseluruhan: ${overall.toFixed(0)} email/s (target >= ${TARGET}) ${overall >= TARGET ? 'TERCAPAI' : 'TIDAK TERCAPAI'}`)
    console.log(`  puncak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB; diterima server SMTP: ${sink.received()}`)
    process.exitCode = overall >= TARGET && flushed.terkirim === queued ? 0 : 1
  } finally {
    clearInterval(timer)
    await context.cleanup()
    await sink.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
