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

describe('seedDataMenus, kajian-2023', () => {
  let context: TestPayload
  const now = new Date('2023-01-16T02:00:00.000Z')

  beforeAll(async () => {
    context = await startTestPayload()
    await seed({ payload: context.payload })
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should leave prices last dated 13 April 2020 and COVID figures that stop in 2021', async () => {
    const { payload } = context
    const report = await seedDataMenus({ payload, scenario: 'kajian-2023', now })
    expect(report.created[SLUGS.hargaPangan]).toBeGreaterThan(0)
    expect(await newest(payload, SLUGS.hargaPangan)).toBe('2020-04-13')
    const covid = await newest(payload, SLUGS.statistikCovid)
    expect(covid.startsWith('2021-')).toBe(true)
    expect((await seedDataMenus({ payload, scenario: 'kajian-2023', now })).created).toEqual({})
  }, 300_000)
})
