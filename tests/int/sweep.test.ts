import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSweep } from '../../jobs/sweep/handler'
import { seed } from '../../seed'
import { evaluateAllMenus } from '../../src/freshness/evaluate'
import type { MenuFreshness } from '../../src/freshness/evaluate'
import { SLUGS } from '../../src/slugs'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

const DAY_MS = 24 * 60 * 60 * 1000
const wib = (iso: string) => new Date(`${iso}+07:00`)

function byMenu(results: MenuFreshness[], kode: string): MenuFreshness {
  const found = results.find((result) => result.menu === kode)
  if (!found) throw new Error(`menu ${kode} tidak ada dalam hasil`)
  return found
}

async function countWhere(payload: Payload, collection: typeof SLUGS.riwayatKesegaran | typeof SLUGS.transisiKesegaran, kode?: string) {
  const result = await payload.count({ collection, where: kode ? { kode: { equals: kode } } : {} })
  return result.totalDocs
}

// Every moment below lies in 2031, well after the offices were seeded (they carry the real clock), so replays see them as existing.
describe('sweep and what counts as an update', () => {
  let context: TestPayload
  let payload: Payload
  let registrySize: number

  const createContact = async ({ wilayah, at }: { wilayah: string; at: Date }) =>
    payload.create({
      collection: SLUGS.kontakLayanan,
      data: { jenis: 'ambulans', wilayah, telepon: '0711 350000', _status: 'published' },
      draft: false,
      context: { now: at },
    })

  beforeAll(async () => {
    context = await startTestPayload()
    payload = context.payload
    await seed({ payload })
    registrySize = (await payload.count({ collection: SLUGS.menuPortal })).totalDocs
  })

  afterAll(async () => {
    await context?.cleanup()
  })

  it('should mark a menu updated today as fresh, dated by its real content change', async () => {
    const now = wib('2031-03-03T15:00:00')
    const changedAt = wib('2031-03-03T08:15:00')
    await createContact({ wilayah: 'Puskesmas Uji Segar', at: changedAt })
    const result = byMenu(await evaluateAllMenus({ payload, now }), 'kontak-ambulans')
    expect(result.status).toBe('fresh')
    expect(result.label).toBe('Segar')
    expect(result.terakhirDiperbarui).toBe(changedAt.toISOString())
    expect(result.umurHari).toBe(0)
    expect(result.masalah).toEqual([])
    expect(result.pemilik.singkatan).toBe('DINKES')
  })

  it('should not let a save that changes nothing refresh a menu, while a real change does', async () => {
    const contact = await createContact({ wilayah: 'Puskesmas Uji Lama', at: wib('2031-03-04T08:00:00') })
    const later = wib('2031-06-20T10:00:00')
    await payload.update({ collection: SLUGS.kontakLayanan, id: contact.id, data: { telepon: contact.telepon }, context: { now: later } })
    const before = byMenu(await evaluateAllMenus({ payload, now: later }), 'kontak-ambulans')
    expect(before.terakhirDiperbarui).toBe(wib('2031-03-04T08:00:00').toISOString())
    expect(before.status).toBe('due')

    await payload.update({ collection: SLUGS.kontakLayanan, id: contact.id, data: { petugas: 'Bapak Uji' }, context: { now: later } })
    const after = byMenu(await evaluateAllMenus({ payload, now: later }), 'kontak-ambulans')
    expect(after.terakhirDiperbarui).toBe(later.toISOString())
    expect(after.status).toBe('fresh')
  })

  it('should ignore data dated after now, and call the age unknown when only such data exists', async () => {
    const covidRow = (tanggal: string) => ({
      tanggal,
      terkonfirmasi: 10,
      dirawat: 2,
      sembuh: 8,
      meninggal: 0,
      odp: 0,
      pdp: 0,
      _status: 'published' as const,
    })
    const replayAt = wib('2031-03-10T09:00:00')
    // Entered on 12 March: valid then, but it does not exist yet for a replay of 10 March.
    await payload.create({ collection: SLUGS.statistikCovid, data: covidRow('2031-03-12'), draft: false, context: { now: wib('2031-03-12T10:00:00') } })
    const onlyFuture = byMenu(await evaluateAllMenus({ payload, now: replayAt }), 'statistik-covid')
    expect(onlyFuture.terakhirDiperbarui).toBeNull()
    expect(onlyFuture.masalah.map((problem) => problem.kode)).toContain('tanggal-tidak-diketahui')

    await payload.create({ collection: SLUGS.statistikCovid, data: covidRow('2031-03-09'), draft: false, context: { now: wib('2031-03-12T10:00:00') } })
    const withPast = byMenu(await evaluateAllMenus({ payload, now: replayAt }), 'statistik-covid')
    expect(withPast.tanggalData).toBe('2031-03-09')
    expect(withPast.umurHari).toBe(1)
    expect(withPast.status).toBe('due')

    const onTheDay = byMenu(await evaluateAllMenus({ payload, now: wib('2031-03-12T00:30:00') }), 'statistik-covid')
    expect(onTheDay.tanggalData).toBe('2031-03-12')
    expect(onTheDay.status).toBe('fresh')
  })

  it('should store one snapshot per menu per run and record a transition only when a status changes', async () => {
    const first = wib('2031-07-01T09:00:00')
    const beforeRuns = await countWhere(payload, SLUGS.riwayatKesegaran)
    const run1 = await runSweep({ payload, now: first })
    expect(run1.gagal).toEqual([])
    expect(run1.snapshotDicatat).toBe(registrySize)
    expect(await countWhere(payload, SLUGS.riwayatKesegaran)).toBe(beforeRuns + registrySize)
    const snapshots = await payload.find({ collection: SLUGS.riwayatKesegaran, where: { putaran: { equals: run1.putaran } }, pagination: false })
    expect(new Set(snapshots.docs.map((doc) => doc.kode)).size).toBe(registrySize)
    const ambulans = snapshots.docs.find((doc) => doc.kode === 'kontak-ambulans')!
    expect(ambulans.status).toBe(byMenu(run1.hasil, 'kontak-ambulans').status)
    expect(ambulans.dijalankanPada).toBe(first.toISOString())
    expect(Array.isArray(ambulans.masalah)).toBe(true)

    // Replaying the same instant writes nothing twice.
    const replay = await runSweep({ payload, now: first })
    expect(replay.snapshotDicatat).toBe(0)
    expect(replay.snapshotSudahAda).toBe(registrySize)

    // An hour later nothing has changed: snapshots, but no transition.
    const transitionsBefore = await countWhere(payload, SLUGS.transisiKesegaran, 'kontak-ambulans')
    const run2 = await runSweep({ payload, now: new Date(first.getTime() + 60 * 60 * 1000) })
    expect(run2.snapshotDicatat).toBe(registrySize)
    expect(run2.transisi.find((change) => change.menu === 'kontak-ambulans')).toBeUndefined()
    expect(await countWhere(payload, SLUGS.transisiKesegaran, 'kontak-ambulans')).toBe(transitionsBefore)

    // The contacts were last changed on 20 June: fresh on 1 July, due after 90 days.
    expect(byMenu(run2.hasil, 'kontak-ambulans').status).toBe('fresh')
    const run3 = await runSweep({ payload, now: new Date(first.getTime() + 90 * DAY_MS) })
    expect(byMenu(run3.hasil, 'kontak-ambulans').status).toBe('due')
    expect(run3.transisi).toContainEqual({ menu: 'kontak-ambulans', dari: 'fresh', ke: 'due' })
    const recorded = await payload.find({ collection: SLUGS.transisiKesegaran, where: { putaran: { equals: run3.putaran } }, pagination: false })
    const change = recorded.docs.find((doc) => doc.kode === 'kontak-ambulans')!
    expect(change).toMatchObject({ dari: 'fresh', ke: 'due', pada: run3.dijalankanPada })
    expect(await countWhere(payload, SLUGS.transisiKesegaran, 'kontak-ambulans')).toBe(transitionsBefore + 1)
  })

  it('should log a menu that cannot be read and still record every other menu', async () => {
    const find = payload.db.find
    // The forms table fails, as a locked or corrupt table would; every other menu must still be judged and recorded.
    payload.db.find = (async (args) => {
      if (args.collection === SLUGS.formulir) throw new Error('tabel formulir tidak dapat dibaca (uji)')
      return find.call(payload.db, args)
    }) as typeof find
    try {
      const summary = await runSweep({ payload, now: wib('2031-12-01T09:00:00') })
      expect(summary.gagal).toEqual([{ menu: 'formulir', pesan: 'tabel formulir tidak dapat dibaca (uji)' }])
      expect(summary.snapshotDicatat).toBe(registrySize - 1)
      expect(summary.hasil.map((result) => result.menu)).not.toContain('formulir')
    } finally {
      payload.db.find = find
    }
  })
})
