import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { AddressObject } from 'mailparser'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { BACKOFF_MINUTES, enqueueEmail, flushOutbox, IDEMPOTENCY_HEADER, LEASE_MINUTES } from '../../src/email/outbox'
import { payloadEmailAdapter } from '../../src/email/payloadAdapter'
import { createTransport, ORIGINAL_RECIPIENTS_HEADER } from '../../src/email/transport'
import type { EmailTransport, TransportEnv } from '../../src/email/transport'
import { parseEnv } from '../../src/env'
import { SLUGS } from '../../src/slugs'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'
import { closedPort, startSmtpServer } from '../helpers/smtpServer'
import type { TestSmtpServer } from '../helpers/smtpServer'

const MINUTE = 60_000
const NOW = new Date('2026-11-28T01:00:00.000Z')
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE)

let context: TestPayload
let smtp: TestSmtpServer
let dataDir: string
const transports: EmailTransport[] = []
const quiet = { info: () => {} }

function transportFor(env: Partial<TransportEnv> = {}): EmailTransport {
  const transport = createTransport({
    env: { smtpUrl: smtp.url, mailFrom: 'Segar Uji <segar@uji.segar.example>', dataDir, emailOverrideTo: undefined, ...env },
    logger: quiet,
  })
  transports.push(transport)
  return transport
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? ''))
}

async function queue(kunci: string, extra: { kepada?: string[]; now?: Date } = {}) {
  return enqueueEmail({
    payload: context.payload,
    kunci,
    jenis: 'ringkasan-harian',
    kepada: extra.kepada ?? ['disdag@uji.segar.example'],
    subjek: `Uji ${kunci}`,
    html: `<p>Isi <strong>${kunci}</strong></p>`,
    teks: `Isi ${kunci}`,
    now: extra.now ?? NOW,
  })
}

async function row(id: string | number) {
  return context.payload.findByID({ collection: SLUGS.kotakKeluar, id, depth: 0 })
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-outbox-'))
  context = await startTestPayload({ isFile: true, extraEnv: { SMTP_URL: smtp.url, DATA_DIR: dataDir } })
})

afterAll(async () => {
  for (const transport of transports) transport.close()
  await context?.cleanup()
  await smtp?.close()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

beforeEach(async () => {
  await context.payload.delete({ collection: SLUGS.kotakKeluar, where: { id: { exists: true } } })
  smtp.received.length = 0
  smtp.behaviour.rcptCode = undefined
  smtp.behaviour.dataCode = undefined
})

describe('enqueueEmail', () => {
  it('should store an email once per key, even when asked twice at the same moment', async () => {
    const first = await queue('ringkasan-harian:DISDAG:2026-11-28')
    const again = await queue('ringkasan-harian:DISDAG:2026-11-28')
    expect(first.isNew).toBe(true)
    expect(again).toEqual({ isNew: false, id: first.id })

    const racing = await Promise.all(Array.from({ length: 5 }, () => queue('ringkasan-harian:DINKES:2026-11-28')))
    expect(racing.filter((result) => result.isNew)).toHaveLength(1)
    expect(new Set(racing.map((result) => String(result.id))).size).toBe(1)

    const { totalDocs } = await context.payload.count({ collection: SLUGS.kotakKeluar })
    expect(totalDocs).toBe(2)
    const stored = await row(first.id)
    expect(stored).toMatchObject({ status: 'antre', percobaan: 0, kepada: ['disdag@uji.segar.example'] })
  })
})

describe('flushOutbox', () => {
  it('should deliver a queued email over SMTP once, with both parts, and mark it sent', async () => {
    const { id } = await queue('ringkasan-harian:DISDAG:2026-11-28', { kepada: ['a@uji.segar.example', 'b@uji.segar.example'] })
    const result = await flushOutbox({ payload: context.payload, now: NOW, transport: transportFor() })
    expect(result).toEqual({ terkirim: 1, gagal: 0, ditunda: 0 })

    expect(smtp.received).toHaveLength(1)
    const [email] = smtp.received
    expect(email!.envelopeTo.sort()).toEqual(['a@uji.segar.example', 'b@uji.segar.example'])
    expect(email!.parsed.subject).toBe('Uji ringkasan-harian:DISDAG:2026-11-28')
    expect(addresses(email!.parsed.to).sort()).toEqual(['a@uji.segar.example', 'b@uji.segar.example'])
    expect(email!.parsed.html).toContain('<strong>ringkasan-harian:DISDAG:2026-11-28</strong>')
    expect(email!.parsed.text?.trim()).toBe('Isi ringkasan-harian:DISDAG:2026-11-28')
    expect(email!.parsed.headers.get(IDEMPOTENCY_HEADER.toLowerCase())).toBe('ringkasan-harian:DISDAG:2026-11-28')
    expect(email!.envelopeFrom).toBe('segar@uji.segar.example')

    const stored = await row(id)
    expect(stored.status).toBe('terkirim')
    expect(stored.percobaan).toBe(1)
    expect(new Date(stored.terkirimPada!).toISOString()).toBe(NOW.toISOString())
    expect(stored.messageId).toBe(email!.parsed.messageId)
    // Released: the lease ends at the moment of sending.
    expect(new Date(stored.sedangDikirimSampai!).getTime()).toBeLessThanOrEqual(NOW.getTime())

    const again = await flushOutbox({ payload: context.payload, now: at(60), transport: transportFor() })
    expect(again).toEqual({ terkirim: 0, gagal: 0, ditunda: 0 })
    expect(smtp.received).toHaveLength(1)
  })

  it('should keep an email queued while SMTP is unreachable, back off, and deliver it exactly once when it is back', async () => {
    const { id } = await queue('eskalasi:DISDAG:2026-11-28')
    const down = transportFor({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}` })

    expect(await flushOutbox({ payload: context.payload, now: NOW, transport: down })).toEqual({ terkirim: 0, gagal: 0, ditunda: 1 })
    let stored = await row(id)
    expect(stored.status).toBe('antre')
    expect(stored.percobaan).toBe(1)
    expect(new Date(stored.percobaanBerikut!).toISOString()).toBe(at(BACKOFF_MINUTES[0]).toISOString())
    expect(stored.galatTerakhir).toMatch(/ECONNECTION|ECONNREFUSED/)

    // Not yet due: a flush in between does not touch it.
    expect(await flushOutbox({ payload: context.payload, now: at(0.5), transport: down })).toEqual({ terkirim: 0, gagal: 0, ditunda: 0 })
    // Still down at the next attempt: the wait grows.
    expect(await flushOutbox({ payload: context.payload, now: at(1), transport: down })).toEqual({ terkirim: 0, gagal: 0, ditunda: 1 })
    stored = await row(id)
    expect(stored.percobaan).toBe(2)
    expect(new Date(stored.percobaanBerikut!).toISOString()).toBe(at(1 + BACKOFF_MINUTES[1]).toISOString())

    const up = transportFor()
    expect(await flushOutbox({ payload: context.payload, now: at(6), transport: up })).toEqual({ terkirim: 1, gagal: 0, ditunda: 0 })
    expect(await flushOutbox({ payload: context.payload, now: at(120), transport: up })).toEqual({ terkirim: 0, gagal: 0, ditunda: 0 })
    expect(smtp.received).toHaveLength(1)
    stored = await row(id)
    expect(stored).toMatchObject({ status: 'terkirim', percobaan: 3 })
  })

  it('should retry later after a 4xx answer', async () => {
    const { id } = await queue('ringkasan-harian:DINKES:2026-11-28')
    smtp.behaviour.rcptCode = 451
    expect(await flushOutbox({ payload: context.payload, now: NOW, transport: transportFor() })).toEqual({ terkirim: 0, gagal: 0, ditunda: 1 })
    let stored = await row(id)
    expect(stored).toMatchObject({ status: 'antre', percobaan: 1 })
    expect(stored.galatTerakhir).toContain('451')
    expect(new Date(stored.percobaanBerikut!).getTime()).toBeGreaterThan(NOW.getTime())

    smtp.behaviour.rcptCode = undefined
    expect(await flushOutbox({ payload: context.payload, now: at(2), transport: transportFor() })).toEqual({ terkirim: 1, gagal: 0, ditunda: 0 })
    stored = await row(id)
    expect(stored).toMatchObject({ status: 'terkirim', percobaan: 2 })
    expect(smtp.received).toHaveLength(1)
  })

  it('should mark an email failed after a 5xx answer, show why, and never retry it', async () => {
    const { id } = await queue('ringkasan-harian:BAPPEDA:2026-11-28')
    smtp.behaviour.dataCode = 550
    expect(await flushOutbox({ payload: context.payload, now: NOW, transport: transportFor() })).toEqual({ terkirim: 0, gagal: 1, ditunda: 0 })
    smtp.behaviour.dataCode = undefined
    expect(await flushOutbox({ payload: context.payload, now: at(24 * 60), transport: transportFor() })).toEqual({
      terkirim: 0,
      gagal: 0,
      ditunda: 0,
    })
    const stored = await row(id)
    expect(stored).toMatchObject({ status: 'gagal', percobaan: 1 })
    expect(stored.galatTerakhir).toContain('550')
    expect(smtp.received).toHaveLength(0)
  })

  it('should send each email once when two flushers run at the same time', async () => {
    const keys = Array.from({ length: 12 }, (_, index) => `ringkasan-harian:OPD${index}:2026-11-28`)
    for (const key of keys) await queue(key)
    const [first, second] = await Promise.all([
      flushOutbox({ payload: context.payload, now: NOW, transport: transportFor() }),
      flushOutbox({ payload: context.payload, now: NOW, transport: transportFor() }),
    ])
    expect(first!.terkirim + second!.terkirim).toBe(keys.length)
    expect(first!.gagal + second!.gagal + first!.ditunda + second!.ditunda).toBe(0)
    expect(smtp.received).toHaveLength(keys.length)
    const delivered = smtp.received.map((email) => email.parsed.headers.get(IDEMPOTENCY_HEADER.toLowerCase()))
    expect(new Set(delivered).size).toBe(keys.length)
  })

  it('should leave an email leased by a dead sender alone until the lease expires, then send it', async () => {
    const { id } = await queue('ringkasan-harian:DISPORA:2026-11-28')
    // As a sender that claimed the row and died before recording anything.
    await context.payload.db.updateOne({
      collection: SLUGS.kotakKeluar,
      id,
      data: { sedangDikirimSampai: at(LEASE_MINUTES).toISOString() },
    })
    expect(await flushOutbox({ payload: context.payload, now: at(1), transport: transportFor() })).toEqual({ terkirim: 0, gagal: 0, ditunda: 0 })
    expect(smtp.received).toHaveLength(0)
    expect(await flushOutbox({ payload: context.payload, now: at(LEASE_MINUTES), transport: transportFor() })).toEqual({
      terkirim: 1,
      gagal: 0,
      ditunda: 0,
    })
    expect(smtp.received).toHaveLength(1)
    expect((await row(id)).status).toBe('terkirim')
  })

  it('should send everything to EMAIL_OVERRIDE_TO and name the real recipients in a header', async () => {
    expect(parseEnv({ EMAIL_OVERRIDE_TO: 'staging@uji.segar.example' }).emailOverrideTo).toBe('staging@uji.segar.example')
    const { id } = await queue('eskalasi:DINKES:2026-11-28', { kepada: ['kepala@uji.segar.example', 'kominfo@uji.segar.example'] })
    const result = await flushOutbox({
      payload: context.payload,
      now: NOW,
      transport: transportFor({ emailOverrideTo: 'staging@uji.segar.example' }),
    })
    expect(result.terkirim).toBe(1)
    const [email] = smtp.received
    expect(email!.envelopeTo).toEqual(['staging@uji.segar.example'])
    expect(addresses(email!.parsed.to)).toEqual(['staging@uji.segar.example'])
    expect(email!.parsed.headers.get(ORIGINAL_RECIPIENTS_HEADER.toLowerCase())).toBe('kepala@uji.segar.example, kominfo@uji.segar.example')
    expect((await row(id)).kepada).toEqual(['kepala@uji.segar.example', 'kominfo@uji.segar.example'])
  })

  it('should write a real .eml file into DATA_DIR/email when there is no SMTP_URL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-eml-'))
    try {
      const logged: string[] = []
      const transport = createTransport({
        env: { smtpUrl: undefined, mailFrom: 'Segar Uji <segar@uji.segar.example>', dataDir: dir },
        logger: { info: (message) => logged.push(message) },
      })
      const { id } = await queue('laporan-mingguan:2026-11-23', { kepada: ['kominfo@uji.segar.example'] })
      expect(await flushOutbox({ payload: context.payload, now: NOW, transport })).toEqual({ terkirim: 1, gagal: 0, ditunda: 0 })
      const files = fs.readdirSync(path.join(dir, 'email')).filter((name) => name.endsWith('.eml'))
      expect(files).toHaveLength(1)
      const file = path.join(dir, 'email', files[0]!)
      expect(logged.join('\n')).toContain(file)
      const parsed = await simpleParser(fs.readFileSync(file))
      expect(parsed.subject).toBe('Uji laporan-mingguan:2026-11-23')
      expect(addresses(parsed.to)).toEqual(['kominfo@uji.segar.example'])
      expect(parsed.html).toContain('<strong>laporan-mingguan:2026-11-23</strong>')
      expect(parsed.text?.trim()).toBe('Isi laporan-mingguan:2026-11-23')
      expect((await row(id)).status).toBe('terkirim')
      expect(smtp.received).toHaveLength(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("Payload's own email", () => {
  it('should go through SMTP_URL when it is set', async () => {
    await context.payload.sendEmail({ to: 'editor@uji.segar.example', subject: 'Atur ulang kata sandi', text: 'Tautan uji' })
    const [email] = await smtp.waitFor(1)
    expect(email!.parsed.subject).toBe('Atur ulang kata sandi')
    expect(email!.envelopeTo).toEqual(['editor@uji.segar.example'])
  })

  it('should be written as an .eml file without SMTP_URL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-eml-'))
    try {
      const adapter = await payloadEmailAdapter({
        env: { smtpUrl: undefined, mailFrom: 'Segar Uji <segar@uji.segar.example>', dataDir: dir, emailOverrideTo: undefined },
      })
      const instance = adapter({ payload: context.payload })
      expect(instance.defaultFromAddress).toBe('segar@uji.segar.example')
      await instance.sendEmail({ to: 'editor@uji.segar.example', subject: 'Atur ulang kata sandi', text: 'Tautan uji' })
      const files = fs.readdirSync(path.join(dir, 'email'))
      expect(files).toHaveLength(1)
      const parsed = await simpleParser(fs.readFileSync(path.join(dir, 'email', files[0]!)))
      expect(parsed.subject).toBe('Atur ulang kata sandi')
      expect(addresses(parsed.from)).toEqual(['segar@uji.segar.example'])
      expect(addresses(parsed.to)).toEqual(['editor@uji.segar.example'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
