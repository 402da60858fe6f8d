import { ObjectId } from 'mongodb'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { compareAndSetDocument, mongoCollectionOf, mongoDbOf } from '../../src/storage/mongodb'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

// The fenced compare-and-set exists only on the MongoDB path; SQL databases use one UPDATE ... WHERE.
const isMongo = /^mongodb(\+srv)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '')

describe.runIf(isMongo)('compare-and-set on a MongoDB wire-protocol server, without transactions', () => {
  let context: TestPayload
  let payload: Payload

  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
  }, 120_000)

  afterAll(async () => {
    await context?.cleanup()
  })

  async function runRow(kunci: string) {
    const created = await payload.create({
      collection: SLUGS.jobRuns,
      data: { kunci, tugas: 'uji', slot: kunci, status: 'berjalan', mulai: new Date().toISOString(), pemilik: 'awal', sewaSampai: new Date().toISOString() },
      overrideAccess: true,
    })
    return new ObjectId(String(created.id))
  }

  it('should let exactly one of sixteen concurrent writers change a document, and keep its write', async () => {
    const id = await runRow('uji:serentak')
    const outcomes = await Promise.all(
      Array.from({ length: 16 }, (_, index) =>
        compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter: { _id: id, pemilik: 'awal' }, set: { pemilik: `penulis-${index}` } }),
      ),
    )
    expect(outcomes.filter(Boolean)).toHaveLength(1)
    const row = await mongoCollectionOf({ payload, collection: SLUGS.jobRuns }).findOne({ _id: id })
    expect(row?.pemilik).toBe(`penulis-${outcomes.indexOf(true)}`)
  })

  it('should let the next version be changed again after a write', async () => {
    const id = await runRow('uji:berurutan')
    expect(await compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter: { _id: id }, set: { pemilik: 'satu' } })).toBe(true)
    expect(await compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter: { _id: id }, set: { pemilik: 'dua' } })).toBe(true)
    expect(await compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter: { _id: id, pemilik: 'satu' }, set: { pemilik: 'tiga' } })).toBe(false)
    expect((await mongoCollectionOf({ payload, collection: SLUGS.jobRuns }).findOne({ _id: id }))?.pemilik).toBe('dua')
  })

  it('should apply every concurrent write whose condition still holds after the others, as an UPDATE ... WHERE does', async () => {
    const id = await runRow('uji:pemilik-sama')
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter: { _id: id, pemilik: 'awal' }, set: { [`hitungan.langkah${index}`]: index } }),
      ),
    )
    expect(outcomes).toEqual([true, true, true, true, true, true])
    const row = await mongoCollectionOf({ payload, collection: SLUGS.jobRuns }).findOne({ _id: id })
    expect(row?.hitungan).toEqual({ langkah0: 0, langkah1: 1, langkah2: 2, langkah3: 3, langkah4: 4, langkah5: 5 })
  })

  it('should free a document whose writer died between its fence and its write, once the fence is old', async () => {
    const id = await runRow('uji:ditinggal')
    const rows = mongoCollectionOf({ payload, collection: SLUGS.jobRuns })
    const seen = await rows.findOne({ _id: id })
    const kunci = `${rows.collectionName}:${String(id)}:${(seen!.updatedAt as Date).getTime()}`
    const fences = mongoDbOf(payload).collection('segar_fences')
    await fences.insertOne({ kunci, pada: new Date() })
    expect(await compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter: { _id: id }, set: { pemilik: 'terlalu-cepat' }, waitMs: 300 })).toBe(false)
    expect(await fences.countDocuments({ kunci })).toBe(1)

    await fences.updateOne({ kunci }, { $set: { pada: new Date(Date.now() - 10 * 60_000) } })
    expect(await compareAndSetDocument({ payload, collection: SLUGS.jobRuns, filter: { _id: id }, set: { pemilik: 'penerus' } })).toBe(true)
    expect((await rows.findOne({ _id: id }))?.pemilik).toBe('penerus')
  })
})
