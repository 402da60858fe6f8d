import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { holidayLookup, INDONESIAN_HOLIDAYS } from '../../src/domain/holidays'
import { loadHolidays } from '../../src/freshness/holidays'
import { SLUGS } from '../../src/slugs'
import { seedHolidays } from '../../seed/holidays'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer
const tokens: Record<string, string> = {}
const DISTINCT_DAYS = holidayLookup({ holidays: INDONESIAN_HOLIDAYS }).size

beforeAll(async () => {
  server = await startTestServer()
  for (const [name, user] of Object.entries(server.users)) tokens[name] = await server.login(user.email)
})

afterAll(async () => {
  await server?.close()
})

describe('holiday calendar seed', () => {
  it('should hold one row per decreed day after the seed, and create nothing on a second run', async () => {
    expect((await server.payload.count({ collection: SLUGS.hariLibur })).totalDocs).toBe(DISTINCT_DAYS)
    expect(await seedHolidays({ payload: server.payload })).toEqual({ created: 0, unchanged: DISTINCT_DAYS })
    expect((await server.payload.count({ collection: SLUGS.hariLibur })).totalDocs).toBe(DISTINCT_DAYS)
  })

  it('should leave a corrected day alone and restore only a deleted one', async () => {
    const row = (await server.payload.find({ collection: SLUGS.hariLibur, where: { tanggal: { equals: '2026-03-20' } }, limit: 1 })).docs[0]!
    await server.payload.update({ collection: SLUGS.hariLibur, id: row.id, data: { nama: 'Cuti bersama (diralat)' } })
    const other = (await server.payload.find({ collection: SLUGS.hariLibur, where: { tanggal: { equals: '2025-08-18' } }, limit: 1 })).docs[0]!
    await server.payload.delete({ collection: SLUGS.hariLibur, id: other.id })
    expect(await seedHolidays({ payload: server.payload })).toEqual({ created: 1, unchanged: DISTINCT_DAYS - 1 })
    expect((await server.payload.findByID({ collection: SLUGS.hariLibur, id: row.id })).nama).toBe('Cuti bersama (diralat)')
  })

  it('should load the calendar in the shape the freshness rule takes', async () => {
    const holidays = await loadHolidays({ payload: server.payload })
    expect(holidays).toHaveLength(DISTINCT_DAYS)
    expect(holidays).toContainEqual({ tanggal: '2025-08-17', nama: 'Proklamasi Kemerdekaan', jenis: 'libur-nasional' })
    expect(holidays.map((holiday) => holiday.tanggal)).toEqual([...holidays.map((holiday) => holiday.tanggal)].sort())
  })
})

describe('GET and write /api/hari-libur', () => {
  it('should be readable by anyone', async () => {
    const response = await server.api('/api/hari-libur?where[tanggal][equals]=2025-08-17')
    expect(response.status).toBe(200)
    expect((await response.json()).docs[0]).toMatchObject({ tanggal: '2025-08-17', jenis: 'libur-nasional' })
  })

  it('should let a reviewer add a decreed day and refuse editors and the public', async () => {
    const day = { tanggal: '2027-12-27', nama: 'Cuti bersama tambahan (uji)', jenis: 'cuti-bersama' }
    expect((await server.api('/api/hari-libur', { method: 'POST', token: tokens.editorA, json: day })).status).toBe(403)
    expect((await server.api('/api/hari-libur', { method: 'POST', json: day })).status).toBe(403)
    expect((await server.api('/api/hari-libur', { method: 'POST', token: tokens.reviewer, json: day })).status).toBe(201)
    expect((await loadHolidays({ payload: server.payload })).map((holiday) => holiday.tanggal)).toContain('2027-12-27')
  })

  it('should refuse a day that is not a real YYYY-MM-DD, or already listed, naming the field', async () => {
    for (const tanggal of ['2026-02-29', '24-12-2027', '2025-08-17']) {
      const response = await server.api('/api/hari-libur', { method: 'POST', token: tokens.admin, json: { tanggal, nama: 'x', jenis: 'libur-nasional' } })
      expect(response.status, tanggal).toBe(400)
      expect((await response.json()).errors[0].data.errors[0].path).toBe('tanggal')
    }
  })
})
