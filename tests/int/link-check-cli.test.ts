import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LinkReport } from '../../jobs/link-check/handler'
import { seed } from '../../seed'
import { closeDatabase } from '../../src/database'
import { parseEnv } from '../../src/env'
import { segarConfig } from '../../src/segar-config'
import { SLUGS } from '../../src/slugs'
import { runScript as run } from '../helpers/command'
import { startLinkFixture } from '../helpers/linkFixture'
import type { LinkFixture } from '../helpers/linkFixture'
import { TEST_SECRET } from '../helpers/payload'

// A SQLite file of its own, whatever database the suite uses: the command is run as an operator runs it.
describe('npm run check-links (command line)', () => {
  let dir: string
  let env: NodeJS.ProcessEnv
  let site: LinkFixture

  beforeAll(async () => {
    site = await startLinkFixture()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-links-cli-'))
    const databaseUrl = `file:${path.join(dir, 'segar.db')}`
    const payload = await getPayload({
      config: await segarConfig(parseEnv({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: dir, LOG_LEVEL: 'silent' }), { isSchemaPushed: true }),
    })
    await seed({ payload })
    const office = (await payload.find({ collection: SLUGS.opd, where: { singkatan: { equals: 'DISKOMINFO' } }, limit: 1 })).docs[0]!
    for (const [nama, url] of [
      ['Layanan Domisili', `${site.base}/layanan`],
      ['SIM Online', `${site.base}/hilang`],
    ]) {
      await payload.create({
        collection: SLUGS.layananPublik,
        data: { nama: nama!, deskripsi: 'Layanan uji.', kategori: 'lainnya', tingkat: 'kota', url: url!, penyelenggara: office.id, _status: 'published' },
        draft: false,
      })
    }
    await closeDatabase(payload)
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dir,
      PAYLOAD_SECRET: TEST_SECRET,
      SEGAR_SCHEMA_PUSH: '1',
      // Loud on purpose: every log line must still stay off stdout.
      LOG_LEVEL: 'info',
    }
    delete env.TEST_DATABASE_URL
  }, 300_000)

  afterAll(async () => {
    await site?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should print exactly one JSON array of verdicts on stdout with --json', async () => {
    const result = await run({ script: 'jobs/link-check/cli.ts', args: ['--menu', 'layanan-publik', '--json', '--now', '2026-11-28T02:00:00+07:00'], env: { ...env, LINK_CHECK_ALLOW_PRIVATE: '1' } })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trim().startsWith('[')).toBe(true)
    const body = JSON.parse(result.stdout) as LinkReport[]
    expect(body).toHaveLength(2)
    for (const report of body) expect(Object.keys(report).sort()).toEqual(['detail', 'dokumen', 'hasil', 'menu', 'status', 'url'])
    const byUrl = Object.fromEntries(body.map((report) => [report.url, report]))
    expect(byUrl[`${site.base}/layanan`]).toMatchObject({ hasil: 'ok', status: 200, menu: 'layanan-publik' })
    expect(byUrl[`${site.base}/hilang`]).toMatchObject({ hasil: 'broken', status: 404, menu: 'layanan-publik' })
  }, 120_000)

  it('should refuse loopback addresses when LINK_CHECK_ALLOW_PRIVATE is not set', async () => {
    const before = site.seen.length
    const result = await run({ script: 'jobs/link-check/cli.ts', args: ['--menu', 'layanan-publik', '--json'], env: { ...env, LINK_CHECK_ALLOW_PRIVATE: '' } })
    expect(result.code, result.stderr).toBe(0)
    const body = JSON.parse(result.stdout) as LinkReport[]
    expect(body.map((report) => report.hasil)).toEqual(['error', 'error'])
    expect(body[0]!.detail).toMatch(/Ditolak/)
    expect(site.seen.length).toBe(before)
  }, 120_000)

  it('should print a summary for people and refuse a bad --menu', async () => {
    const result = await run({ script: 'jobs/link-check/cli.ts', args: ['--menu', 'layanan-publik'], env: { ...env, LINK_CHECK_ALLOW_PRIVATE: '1' } })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/2 tautan \(2 alamat berbeda\) diperiksa/)
    expect(result.stdout).toMatch(/\[Rusak\] http:\/\/127\.0\.0\.1:\d+\/hilang/)
    const bad = await run({ script: 'jobs/link-check/cli.ts', args: ['--menu', 'Layanan Publik'], env })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--menu harus kode menu/)
  }, 120_000)
})
