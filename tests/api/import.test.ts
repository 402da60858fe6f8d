import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { daysAgo, kecamatanId, prepareDataMenus } from '../helpers/dataMenus'
import { TEST_SECRET } from '../helpers/payload'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const run = promisify(execFile)

let server: TestServer
let tokens: { admin: string; editorA: string; editorB: string }
let workDir: string

type ImportError = { baris: number; kolom: string; pesan: string }

const count = async (collection: typeof SLUGS.hargaPangan | typeof SLUGS.statistikCovid) =>
  (await server.payload.count({ collection, overrideAccess: true })).totalDocs

const postCsv = (menu: string, csv: string, token?: string) =>
  server.api(`/api/${menu}/import`, { method: 'POST', token, headers: { 'content-type': 'text/csv; charset=utf-8' }, body: csv })

const postJson = (menu: string, rows: unknown, token?: string) => server.api(`/api/${menu}/import`, { method: 'POST', token, json: rows })

beforeAll(async () => {
  server = await startTestServer()
  await prepareDataMenus(server)
  tokens = {
    admin: await server.login(server.users.admin.email),
    editorA: await server.login(server.users.editorA.email),
    editorB: await server.login(server.users.editorB.email),
  }
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-import-'))
})

afterAll(async () => {
  await server?.close()
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

describe('POST /api/harga-pangan/import', () => {
  it('should import a CSV written by a spreadsheet (quotes, thousands dots, day-first dates) and publish every row', async () => {
    const [year, month, day] = daysAgo(1).split('-')
    const csv = [
      'komoditas,pasar,harga,satuan,tanggal',
      `Beras medium,Pasar 16 Ilir,13500,kg,${daysAgo(1)}`,
      `"Cabai merah keriting","Pasar KM 5","Rp 45.000",,${day}/${month}/${year}`,
      `"Minyak goreng kemasan",pasar-cinde,"19.500",liter,${daysAgo(1)}`,
      '',
    ].join('\r\n')
    const before = await count(SLUGS.hargaPangan)
    const response = await postCsv('harga-pangan', csv, tokens.editorA)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ dibuat: 3 })
    expect(await count(SLUGS.hargaPangan)).toBe(before + 3)

    const published = await (await server.api(`/api/harga-pangan?where[tanggal][equals]=${daysAgo(1)}&where[pasar][equals]=pasar-km-5&depth=1`)).json()
    expect(published.docs).toHaveLength(1)
    expect(published.docs[0]).toMatchObject({ harga: 45_000, satuan: 'kg', _status: 'published', komoditas: { nama: 'Cabai merah keriting' } })

    const stored = await server.payload.find({ collection: SLUGS.hargaPangan, where: { tanggal: { equals: daysAgo(1) } }, depth: 0 })
    expect(stored.docs.every((doc) => String(doc.diubahOleh) === String(server.users.editorA.id))).toBe(true)
  })

  it('should import a JSON array and a semicolon-separated CSV', async () => {
    const json = await postJson(
      'harga-pangan',
      [
        { komoditas: 'gula pasir', pasar: 'Pasar Lemabang', harga: 18_000, tanggal: daysAgo(2) },
        { komoditas: 'Telur ayam ras', pasar: 'Pasar Plaju', harga: 29_500, satuan: 'kg', tanggal: daysAgo(2) },
      ],
      tokens.editorA,
    )
    expect(json.status).toBe(201)
    expect(await json.json()).toEqual({ dibuat: 2 })

    const semicolons = await postCsv('harga-pangan', `komoditas;pasar;harga;tanggal\nBawang merah;Pasar Cinde;38.000;${daysAgo(2)}\n`, tokens.admin)
    expect(semicolons.status).toBe(201)
    expect(await semicolons.json()).toEqual({ dibuat: 1 })
  })

  it('should refuse the whole file when some rows are wrong, listing each by row and column, and store nothing', async () => {
    const csv = [
      'komoditas,pasar,harga,tanggal',
      `Beras premium,Pasar Kertapati,15500,${daysAgo(3)}`,
      `Beras premium,Pasar Plaju,-15500,${daysAgo(3)}`,
      `Beras ketan hitam,Pasar Plaju,20000,${daysAgo(3)}`,
      `Daging sapi,Pasar Plaju,135000,${daysAgo(-3)}`,
      `Beras premium,Pasar Kertapati,15600,${daysAgo(3)}`,
      `Daging ayam ras,Pasar Antah Berantah,36000,${daysAgo(3)}`,
    ].join('\n')
    const before = await count(SLUGS.hargaPangan)
    const response = await postCsv('harga-pangan', csv, tokens.editorA)
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: ImportError[] }
    expect(errors.map(({ baris, kolom }) => [baris, kolom])).toEqual([
      [2, 'harga'],
      [3, 'komoditas'],
      [4, 'tanggal'],
      [5, 'tanggal'],
      [6, 'pasar'],
    ])
    expect(errors[0]!.pesan).toMatch(/lebih dari Rp0/)
    expect(errors[1]!.pesan).toMatch(/Beras ketan hitam/)
    expect(errors[2]!.pesan).toMatch(/masa depan/)
    expect(errors[3]!.pesan).toMatch(/baris 1/)
    expect(await count(SLUGS.hargaPangan)).toBe(before)
  })

  it('should refuse a row that repeats a price already stored, and an unknown column', async () => {
    const first = await postJson('harga-pangan', [{ komoditas: 'Kedelai', pasar: 'Pasar Kuto', harga: 11_500, tanggal: daysAgo(4) }], tokens.editorA)
    expect(first.status).toBe(201)
    const before = await count(SLUGS.hargaPangan)
    const again = await postJson(
      'harga-pangan',
      [
        { komoditas: 'Kedelai', pasar: 'Pasar Kuto', harga: 11_500, tanggal: daysAgo(5) },
        { komoditas: 'kedelai', pasar: 'pasar kuto', harga: 11_750, tanggal: daysAgo(4) },
        { komoditas: 'Kedelai', pasar: 'Pasar Kuto', hrga: 11_750, tanggal: daysAgo(6) },
      ],
      tokens.editorA,
    )
    expect(again.status).toBe(400)
    const { errors } = (await again.json()) as { errors: ImportError[] }
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ baris: 2, kolom: 'tanggal', pesan: expect.stringMatching(/sudah ada/) }),
        expect.objectContaining({ baris: 3, kolom: 'hrga' }),
        expect.objectContaining({ baris: 3, kolom: 'harga' }),
      ]),
    )
    expect(errors.some((error) => error.baris === 1)).toBe(false)
    expect(await count(SLUGS.hargaPangan)).toBe(before)
  })

  it('should refuse another office with 403 and anonymous callers with 401, storing nothing', async () => {
    const csv = `komoditas,pasar,harga,tanggal\nBeras medium,Pasar Cinde,13500,${daysAgo(8)}\n`
    const before = await count(SLUGS.hargaPangan)
    const otherOffice = await postCsv('harga-pangan', csv, tokens.editorB)
    expect(otherOffice.status).toBe(403)
    const anonymous = await postCsv('harga-pangan', csv)
    expect(anonymous.status).toBe(401)
    expect(await count(SLUGS.hargaPangan)).toBe(before)
  })

  it('should answer 400 for an empty file and 415 for a body that is neither CSV nor JSON', async () => {
    const empty = await postCsv('harga-pangan', 'komoditas,pasar,harga,tanggal\n', tokens.editorA)
    expect(empty.status).toBe(400)
    expect((await empty.json()).errors[0].pesan).toMatch(/Tidak ada baris/)
    const xml = await server.api('/api/harga-pangan/import', { method: 'POST', token: tokens.editorA, headers: { 'content-type': 'application/xml' }, body: '<a/>' })
    expect(xml.status).toBe(415)
  })
})

describe('POST /api/statistik-covid/import', () => {
  it('should import city and kecamatan rows for the health office', async () => {
    const csv = [
      'tanggal,wilayah,terkonfirmasi,dirawat,sembuh,meninggal,odp,pdp',
      '2021-08-01,,21406,512,19983,911,0,0',
      '2021-08-01,Kota Palembang,,,,,,',
      '2021-08-01,Ilir Barat I,1820,40,1702,78,,',
      '2021-08-01,Kecamatan Gandus,"1.001",20,951,30,0,0',
    ].join('\n')
    const bad = await postCsv('statistik-covid', csv, tokens.editorB)
    expect(bad.status).toBe(400)
    const { errors } = (await bad.json()) as { errors: ImportError[] }
    expect(errors.filter((error) => error.baris === 2).map((error) => error.kolom)).toEqual(
      expect.arrayContaining(['terkonfirmasi', 'dirawat', 'sembuh', 'meninggal']),
    )
    expect(errors.every((error) => error.baris === 2)).toBe(true)

    const before = await count(SLUGS.statistikCovid)
    const good = await postCsv('statistik-covid', csv.split('\n').filter((_line, index) => index !== 2).join('\n'), tokens.editorB)
    expect(good.status).toBe(201)
    expect(await good.json()).toEqual({ dibuat: 3 })
    expect(await count(SLUGS.statistikCovid)).toBe(before + 3)
    const gandus = await kecamatanId(server.payload, 'Gandus')
    const stored = await server.payload.find({ collection: SLUGS.statistikCovid, where: { wilayah: { equals: gandus } }, depth: 0 })
    expect(stored.docs[0]).toMatchObject({ terkonfirmasi: 1001, cakupan: 'kecamatan', _status: 'published' })
  })

  it('should refuse impossible totals and an unknown kecamatan by row, storing nothing', async () => {
    const before = await count(SLUGS.statistikCovid)
    const response = await postJson(
      'statistik-covid',
      [
        { tanggal: '2021-08-02', terkonfirmasi: 21_410, dirawat: 500, sembuh: 20_000, meninggal: 912 },
        { tanggal: '2021-08-02', wilayah: 'Kecamatan Atlantis', terkonfirmasi: 10, dirawat: 1, sembuh: 8, meninggal: 1 },
        { tanggal: '2021-08-02', wilayah: 'Sako', terkonfirmasi: 10, dirawat: 1, sembuh: 8, meninggal: 1 },
      ],
      tokens.editorB,
    )
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: ImportError[] }
    expect(errors.map(({ baris, kolom }) => [baris, kolom])).toEqual([
      [1, 'terkonfirmasi'],
      [2, 'wilayah'],
    ])
    expect(errors[0]!.pesan).toMatch(/dirawat \+ sembuh \+ meninggal/)
    expect(await count(SLUGS.statistikCovid)).toBe(before)
  })

  it('should refuse the trade office', async () => {
    const response = await postJson('statistik-covid', [{ tanggal: '2021-08-03', terkonfirmasi: 1, dirawat: 0, sembuh: 1, meninggal: 0 }], tokens.editorA)
    expect(response.status).toBe(403)
  })
})

describe('npm run import', () => {
  const runOnce = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(path.resolve('node_modules/.bin/tsx'), ['src/cli/import.ts', ...args], {
        cwd: process.cwd(),
        env: {
          ...process.env,
          DATABASE_URL: server.database.url,
          PAYLOAD_SECRET: TEST_SECRET,
          SEGAR_SCHEMA_PUSH: '1',
          LOG_LEVEL: 'silent',
        },
      })
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }
  /**
   * On a loaded machine Node 20 with tsx's loader thread sometimes exits 13
   * (unsettled top-level await) before the script's first line runs; every
   * tsx CLI here does it (seed/cli.ts too). Such a run did nothing, so it is
   * retried; any other outcome counts.
   */
  const cli = async (args: string[]) => {
    for (let attempt = 1; ; attempt++) {
      const result = await runOnce(args)
      if (result.code !== 13 || result.stdout !== '' || attempt === 3) return result
    }
  }

  it('should import a file with plain progress lines off a terminal, and refuse a bad one with the list and a non-zero exit', async () => {
    const good = path.join(workDir, 'harga.csv')
    fs.writeFileSync(good, `komoditas,pasar,harga,tanggal\nTepung terigu,Pasar Perumnas,12500,${daysAgo(9)}\nTepung terigu,Pasar Plaju,12750,${daysAgo(9)}\n`)
    const before = await count(SLUGS.hargaPangan)
    const ok = await cli(['harga-pangan', good, '--oleh', server.users.editorA.email])
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/menyimpan: 2\/2 baris/)
    expect(ok.stdout).toMatch(/2 baris harga-pangan dibuat/)
    expect(await count(SLUGS.hargaPangan)).toBe(before + 2)

    const bad = path.join(workDir, 'harga-salah.json')
    fs.writeFileSync(bad, JSON.stringify([{ komoditas: 'Tepung terigu', pasar: 'Pasar Kuto', harga: 12_500, tanggal: daysAgo(9) }, { komoditas: 'Tepung terigu', pasar: 'Pasar Kuto', harga: 0, tanggal: daysAgo(10) }]))
    const refused = await cli(['harga-pangan', bad])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/baris 2, kolom harga: Harga harus lebih dari Rp0/)
    expect(await count(SLUGS.hargaPangan)).toBe(before + 2)

    const otherOffice = await cli(['harga-pangan', good, '--oleh', server.users.editorB.email])
    expect(otherOffice.code).toBe(2)
    expect(otherOffice.stderr).toMatch(/tidak berhak/)

    const usage = await cli(['lowongan-kerja', good])
    expect(usage.code).toBe(2)
  }, 240_000)
})
