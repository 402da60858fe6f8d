import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { seedDataMenus } from '../../seed/dataMenus'
import { SLUGS } from '../../src/slugs'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

async function newest(payload: Payload, collection: typeof SLUGS.hargaPangan | typeof SLUGS.statistikCovid, where = {}) {
  const result = await payload.find({ collection, where: { _status: { equals: 'published' }, ...where }, sort: '-tanggal', limit: 1, depth: 0 })
  return String(result.docs[0]?.tanggal ?? '').slice(0, 10)
}

describe('seedDataMenus, demo', () => {
  let context: TestPayload
  // Friday 27 November 2026, 10:00 WIB
  const now = new Date('2026-11-27T03:00:00.000Z')

  beforeAll(async () => {
    context = await startTestPayload()
    await seed({ payload: context.payload })
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should publish current prices for the main markets and a COVID series that ends in 2023, and create nothing the second time', async () => {
    const { payload } = context
    const first = await seedDataMenus({ payload, scenario: 'demo', now })
    expect(first.created[SLUGS.komoditas]).toBeGreaterThanOrEqual(10)
    expect(first.created[SLUGS.hargaPangan]).toBeGreaterThan(1000)
    expect(first.created[SLUGS.statistikCovid]).toBeGreaterThan(20)

    expect(await newest(payload, SLUGS.hargaPangan)).toBe('2026-11-27')
    const markets = await payload.find({ collection: SLUGS.hargaPangan, where: { tanggal: { equals: '2026-11-27' } }, pagination: false, depth: 0 })
    expect(new Set(markets.docs.map((doc) => doc.pasar))).toEqual(
      new Set(['pasar-16-ilir', 'pasar-cinde', 'pasar-lemabang', 'pasar-km-5', 'pasar-kertapati', 'pasar-plaju', 'pasar-sekip-ujung', 'pasar-perumnas']),
    )
    expect(markets.docs.every((doc) => Number.isInteger(doc.harga) && doc.harga > 0)).toBe(true)
    const weekend = await payload.count({ collection: SLUGS.hargaPangan, where: { tanggal: { equals: '2026-11-22' } } })
    expect(weekend.totalDocs).toBe(0)

    expect(await newest(payload, SLUGS.statistikCovid)).toBe('2023-06-21')
    const lastDay = await payload.find({ collection: SLUGS.statistikCovid, where: { tanggal: { equals: '2023-06-21' } }, pagination: false, depth: 0 })
    const city = lastDay.docs.find((doc) => doc.cakupan === 'kota')!
    const kecamatan = lastDay.docs.filter((doc) => doc.cakupan === 'kecamatan')
    expect(kecamatan).toHaveLength(18)
    for (const doc of lastDay.docs) expect(doc.dirawat + doc.sembuh + doc.meninggal).toBeLessThanOrEqual(doc.terkonfirmasi)
    expect(kecamatan.reduce((sum, doc) => sum + doc.terkonfirmasi, 0)).toBeLessThanOrEqual(city.terkonfirmasi)

    const second = await seedDataMenus({ payload, scenario: 'demo', now })
    expect(second.created).toEqual({})
    expect(second.unchanged[SLUGS.hargaPangan]).toBe(first.created[SLUGS.hargaPangan])
  }, 600_000)
})

