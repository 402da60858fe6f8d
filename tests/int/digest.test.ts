import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDigests } from '../../jobs/ringkasan-harian/handler'
import type { DigestSummary } from '../../jobs/ringkasan-harian/handler'
import { runWeeklyReport } from '../../jobs/laporan-mingguan/handler'
import { seed } from '../../seed'
import { flushOutbox } from '../../src/email/outbox'
import { createTransport } from '../../src/email/transport'
import type { EmailTransport } from '../../src/email/transport'
import { parseEnv } from '../../src/env'
import type { Env } from '../../src/env'
import { evaluateAllMenus } from '../../src/freshness/evaluate'
import { isProblemStatus } from '../../jobs/ringkasan-harian/decide'
import { SLUGS } from '../../src/slugs'
import { startTestPayload, TEST_SECRET } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'
import { startSmtpServer } from '../helpers/smtpServer'
import type { TestSmtpServer } from '../helpers/smtpServer'

const DAY_MS = 24 * 60 * 60 * 1000
const wib = (iso: string) => new Date(`${iso}+07:00`)
/** 08:00 WIB on the day `days` after the fire service's contact was last changed. */
const morningAfter = (days: number) => new Date(wib('2031-01-06T08:00:00').getTime() + days * DAY_MS)

const DAMKAR = 'damkar@opd.segar.example'
const DAMKAR_HEAD = 'kepala.damkar@opd.segar.example'
const DISKOMINFO = 'diskominfo@opd.segar.example'

const forOffice = (summary: DigestSummary, opd: string, jenis = 'ringkasan-harian') =>
  summary.email.filter((email) => email.opd === opd && email.jenis === jenis)

describe('daily digests: who is told what, and once', () => {
  let context: TestPayload
  let payload: Payload
  let smtp: TestSmtpServer
  let transport: EmailTransport
  let env: Env
  let dataDir: string

  const digestAt = async (now: Date) => {
    const summary = await runDigests({ payload, now, env })
    await flushOutbox({ payload, now, transport })
    return summary
  }

  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
    smtp = await startSmtpServer()
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-digest-'))
    env = parseEnv({ PAYLOAD_SECRET: TEST_SECRET, PUBLIC_URL: 'https://segar.palembang.test', SMTP_URL: smtp.url, DATA_DIR: dataDir })
    transport = createTransport({ env, logger: { info: () => {} } })
    await seed({ payload })
    // The fire service's only menu: a QUARTERLY contact list (due after 90 days, overdue 120, delinquent 150).
    await payload.create({
      collection: SLUGS.kontakLayanan,
      data: { jenis: 'pemadam-kebakaran', wilayah: 'Pos Damkar Uji', telepon: '0711 350001', _status: 'published' },
      draft: false,
      context: { now: wib('2031-01-06T10:00:00') },
    })
  }, 300_000)

  afterAll(async () => {
    transport?.close()
    await smtp?.close()
    await context?.cleanup()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('should send one digest per office listing exactly its problem menus, to its notification address', async () => {
    const now = morningAfter(10)
    const results = await evaluateAllMenus({ payload, now })
    const summary = await digestAt(now)
    const digests = summary.email.filter((email) => email.jenis === 'ringkasan-harian')

    const expected = new Map<string, string[]>()
    for (const result of results) {
      if (!isProblemStatus(result.status)) continue
      expected.set(result.pemilik.singkatan, [...(expected.get(result.pemilik.singkatan) ?? []), result.menu].sort())
    }
    expect(expected.size).toBeGreaterThan(1)
    expect(new Set(digests.map((email) => email.opd)).size).toBe(digests.length)
    expect(Object.fromEntries(digests.map((email) => [email.opd, email.menu.map((menu) => menu.kode).sort()]))).toEqual(Object.fromEntries(expected))
    // The fire service's contact is fresh and not due tomorrow: nothing to say to it.
    expect(forOffice(summary, 'DAMKAR')).toEqual([])

    await smtp.waitFor(summary.email.length)
    expect(smtp.received).toHaveLength(summary.email.length)
    for (const email of digests) {
      const mail = smtp.received.find((received) => received.parsed.headers.get('x-segar-kunci') === email.kunci)
      expect(mail, email.kunci).toBeDefined()
      expect(mail!.envelopeTo).toEqual([`${email.opd.toLowerCase()}@opd.segar.example`])
      expect(email.kunci).toBe(`ringkasan-harian:${email.opd}:2031-01-16`)
    }
  })

  it('should send nothing when the digest runs again the same day', async () => {
    const before = smtp.received.length
    const summary = await digestAt(morningAfter(10))
    expect(summary.email).toEqual([])
    const again = await runDigests({ payload, now: new Date(morningAfter(10).getTime() + 6 * 60 * 60 * 1000), env })
    expect(again.email).toEqual([])
    await flushOutbox({ payload, now: morningAfter(10), transport })
    expect(smtp.received.length).toBe(before)
  })

  it('should not repeat yesterday\'s problems the next day', async () => {
    const summary = await digestAt(morningAfter(11))
    expect(summary.email.filter((email) => email.jenis === 'ringkasan-harian')).toEqual([])
  })

  it('should remind an office the day before its menu falls due, once', async () => {
    const summary = await digestAt(morningAfter(89))
    const [reminder] = forOffice(summary, 'DAMKAR')
    expect(reminder?.menu).toEqual([{ kode: 'kontak-pemadam-kebakaran', judul: expect.any(String), status: 'fresh', keadaan: ['jatuh-tempo-besok'] }])
    expect(reminder?.kepada).toEqual([DAMKAR])
    const mail = (await smtp.waitFor(1)).find((received) => received.parsed.headers.get('x-segar-kunci') === reminder?.kunci)
    expect(mail?.envelopeTo).toEqual([DAMKAR])
    // A later run the same evening finds it already said.
    expect(forOffice(await digestAt(new Date(morningAfter(89).getTime() + 10 * 60 * 60 * 1000)), 'DAMKAR')).toEqual([])
  })

  it('should tell a problem once, again when it gets worse, and again after the re-reminder interval', async () => {
    const due = forOffice(await digestAt(morningAfter(90)), 'DAMKAR')
    expect(due.map((email) => email.menu.map((menu) => menu.keadaan))).toEqual([[['due']]])

    expect(forOffice(await digestAt(morningAfter(91)), 'DAMKAR')).toEqual([])
    expect(forOffice(await digestAt(morningAfter(92)), 'DAMKAR')).toEqual([])
    // REMINDER_INTERVAL_DAYS (3) after it was told.
    const reminded = forOffice(await digestAt(morningAfter(93)), 'DAMKAR')
    expect(reminded.map((email) => email.menu.map((menu) => menu.keadaan))).toEqual([[['due']]])

    const overdue = forOffice(await digestAt(morningAfter(120)), 'DAMKAR')
    expect(overdue.map((email) => email.menu.map((menu) => menu.keadaan))).toEqual([[['overdue']]])
    expect(forOffice(await digestAt(morningAfter(121)), 'DAMKAR')).toEqual([])
  })

  it('should escalate a delinquent menu to the office head and to Diskominfo', async () => {
    const now = morningAfter(150)
    const before = smtp.received.length
    const summary = await digestAt(now)
    const [digest] = forOffice(summary, 'DAMKAR')
    const [escalation] = forOffice(summary, 'DAMKAR', 'eskalasi')
    expect(digest?.menu.map((menu) => menu.keadaan)).toEqual([['delinquent']])
    expect(digest?.kepada).toEqual([DAMKAR])
    expect(escalation?.kunci).toBe('eskalasi:DAMKAR:2031-06-05')
    expect(escalation?.kepada.sort()).toEqual([DAMKAR_HEAD, DISKOMINFO].sort())
    expect(escalation?.menu.map((menu) => menu.kode)).toEqual(['kontak-pemadam-kebakaran'])

    const received = await smtp.waitFor(before + summary.email.length)
    const mail = received.find((item) => item.parsed.headers.get('x-segar-kunci') === escalation?.kunci)
    expect(mail?.envelopeTo.sort()).toEqual([DAMKAR_HEAD, DISKOMINFO].sort())
    // Offices whose menus are only overdue or empty are never escalated.
    expect(summary.email.filter((email) => email.jenis === 'eskalasi').map((email) => email.opd)).not.toContain('DISDAG')

    expect(forOffice(await digestAt(morningAfter(151)), 'DAMKAR', 'eskalasi')).toEqual([])
  })

  it('should tell the office again once the problem was fixed and came back', async () => {
    await payload.create({
      collection: SLUGS.kontakLayanan,
      data: { jenis: 'pemadam-kebakaran', wilayah: 'Pos Damkar Baru', telepon: '0711 350002', _status: 'published' },
      draft: false,
      context: { now: morningAfter(152) },
    })
    expect(forOffice(await digestAt(morningAfter(153)), 'DAMKAR')).toEqual([])
    // 90 days after the fix it is due again: a new problem, told although the last email was about a worse one.
    const again = forOffice(await digestAt(new Date(morningAfter(152).getTime() + 90 * DAY_MS)), 'DAMKAR')
    expect(again.map((email) => email.menu.map((menu) => menu.keadaan))).toEqual([[['due']]])
  })

  it('should send the weekly report to Diskominfo once per ISO week', async () => {
    const now = new Date(morningAfter(153).getTime() + 60 * 60 * 1000)
    const before = smtp.received.length
    const first = await runWeeklyReport({ payload, now, env })
    expect(first.kunci).toBe('laporan-mingguan:2031-W23')
    expect(first.kepada).toEqual([DISKOMINFO])
    expect(first.isNew).toBe(true)
    const damkar = first.laporan.offices.find((office) => office.singkatan === 'DAMKAR')
    expect(damkar).toMatchObject({ segar: 1, sangatTerlambat: 0, persenSegar: 100 })
    // Seen overdue by the day-120 sweep, fresh again by the day-153 one (the fix on day 152 had no sweep of its own).
    expect(damkar?.medianHariPerbaikan).toBe(33)
    expect(first.laporan.worst.length).toBeGreaterThan(0)

    const again = await runWeeklyReport({ payload, now: new Date(now.getTime() + 3 * 60 * 60 * 1000), env })
    expect(again.isNew).toBe(false)
    await flushOutbox({ payload, now: new Date(now.getTime() + 3 * 60 * 60 * 1000), transport })
    const received = await smtp.waitFor(before + 1)
    expect(received.filter((mail) => mail.parsed.headers.get('x-segar-kunci') === first.kunci).map((mail) => mail.envelopeTo)).toEqual([[DISKOMINFO]])
  })

  it('should send nothing to an inactive office', async () => {
    const office = (await payload.find({ collection: SLUGS.opd, where: { singkatan: { equals: 'DISDAG' } }, limit: 1 })).docs[0]!
    await payload.update({ collection: SLUGS.opd, id: office.id, data: { aktif: false } })
    const summary = await runDigests({ payload, now: morningAfter(400), env, isDryRun: true })
    expect(summary.email.some((email) => email.opd === 'DISDAG')).toBe(false)
    expect(summary.email.length).toBeGreaterThan(0)
  })
})
