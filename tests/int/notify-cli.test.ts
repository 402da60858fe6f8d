import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { NotifyReport } from '../../jobs/ringkasan-harian/cli'
import { TEST_SECRET } from '../helpers/payload'
import { runScript as run } from '../helpers/command'
import { startSmtpServer } from '../helpers/smtpServer'
import type { TestSmtpServer } from '../helpers/smtpServer'

const STUDY_MORNING = '2023-01-16T08:00:00+07:00'

// A SQLite file of its own, whatever database the suite uses: the command is run as an operator runs it.
describe('npm run notify (command line) on the 2023 study', () => {
  let dir: string
  let env: NodeJS.ProcessEnv
  let smtp: TestSmtpServer

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-notify-cli-'))
    smtp = await startSmtpServer()
    env = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'segar.db')}`,
      DATA_DIR: dir,
      PAYLOAD_SECRET: TEST_SECRET,
      SEGAR_SCHEMA_PUSH: '1',
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://segar.palembang.test',
      // Loud on purpose: every log line must still stay off stdout.
      LOG_LEVEL: 'info',
    }
    delete env.TEST_DATABASE_URL
    delete env.EMAIL_OVERRIDE_TO
    const seeded = await run({ script: 'seed/cli.ts', args: ['--scenario', 'kajian-2023'], env })
    expect(seeded.code, seeded.stderr).toBe(0)
  }, 300_000)

  afterAll(async () => {
    await smtp?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should list, with --dry-run --json, the offices the study found lagging, and send nothing', async () => {
    const result = await run({ script: 'jobs/ringkasan-harian/cli.ts', args: ['--now', STUDY_MORNING, '--dry-run', '--json'], env })
    expect(result.code, result.stderr).toBe(0)
    const report = JSON.parse(result.stdout) as NotifyReport
    expect(report.isDryRun).toBe(true)
    expect(report.pengiriman).toBeNull()
    const digests = report.email.filter((email) => email.jenis === 'ringkasan-harian')
    const offices = digests.map((email) => email.opd)
    expect(offices).toEqual(expect.arrayContaining(['DISDAG', 'DINKES', 'DISNAKER', 'DPMPTSP']))
    expect(new Set(offices).size).toBe(offices.length)
    const menusOf = (opd: string) => digests.find((email) => email.opd === opd)!.menu.map((menu) => menu.kode)
    expect(menusOf('DISDAG')).toContain('harga-pangan')
    expect(menusOf('DISNAKER')).toContain('lowongan-kerja')
    expect(menusOf('DPMPTSP')).toContain('peluang-investasi')
    expect(digests.find((email) => email.opd === 'DISDAG')!.kepada).toEqual(['disdag@opd.segar.example'])
    // Investment opportunities last dated 2021: the head of DPMPTSP and Diskominfo hear of it.
    const escalation = report.email.find((email) => email.jenis === 'eskalasi' && email.opd === 'DPMPTSP')
    expect(escalation?.kepada.sort()).toEqual(['diskominfo@opd.segar.example', 'kepala.dpmptsp@opd.segar.example'])
    expect(escalation?.kunci).toBe('eskalasi:DPMPTSP:2023-01-16')
    expect(escalation?.menu.map((menu) => menu.kode)).toEqual(['peluang-investasi'])
    expect(smtp.received).toHaveLength(0)
  }, 120_000)

  it('should queue and deliver them for real, and deliver nothing more when run again', async () => {
    const first = await run({ script: 'jobs/ringkasan-harian/cli.ts', args: ['--now', STUDY_MORNING, '--json'], env })
    expect(first.code, first.stderr).toBe(0)
    const report = JSON.parse(first.stdout) as NotifyReport
    expect(report.email.length).toBeGreaterThan(4)
    expect(report.pengiriman).toEqual({ terkirim: report.email.length, gagal: 0, ditunda: 0 })
    const received = await smtp.waitFor(report.email.length)
    const keys = received.map((mail) => mail.parsed.headers.get('x-segar-kunci'))
    expect(new Set(keys).size).toBe(report.email.length)

    const second = await run({ script: 'jobs/ringkasan-harian/cli.ts', args: ['--now', STUDY_MORNING, '--json'], env })
    expect(second.code, second.stderr).toBe(0)
    expect((JSON.parse(second.stdout) as NotifyReport).email).toEqual([])
    expect(smtp.received).toHaveLength(report.email.length)
  }, 120_000)

  it('should print a readable Indonesian summary without --json', async () => {
    const result = await run({ script: 'jobs/ringkasan-harian/cli.ts', args: ['--now', '2023-01-17T08:00:00+07:00', '--dry-run'], env })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Uji coba')
  }, 120_000)

  it('should refuse a bad --now with exit code 2', async () => {
    const result = await run({ script: 'jobs/ringkasan-harian/cli.ts', args: ['--now', 'besok pagi', '--json'], env })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('--now bukan waktu ISO-8601 yang sah')
  }, 120_000)
})
