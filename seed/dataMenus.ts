import type { Payload } from 'payload'

import { jakartaDay } from '../src/domain/calendar'
import { relationKey } from '../src/domain/relation'
import { daysBetween, storedCalendarDate, weekdaysUpTo } from '../src/domain/calendarDate'
import type { CalendarDate } from '../src/domain/calendarDate'
import { PASAR_PALEMBANG } from '../src/domain/pangan'
import { SLUGS } from '../src/slugs'
import { KOMODITAS_POKOK } from './data/komoditas'
import { KECAMATAN, kecamatanCode } from './data/offices'

export type DataMenuScenario = 'demo' | 'kajian-2023'

export type DataMenuReport = {
  created: Record<string, number>
  unchanged: Record<string, number>
}

type Progress = (step: { label: string; done: number; total: number }) => void

/**
 * What each scenario holds. Demo: a trade office that keeps prices current
 * and a COVID menu that ended properly in 2023. Kajian 2023: the portal as the
 * study found it in January 2023, prices last dated 13 April 2020 and COVID
 * figures that simply stopped in 2021.
 */
const SCENARIOS = {
  demo: {
    // Two working weeks: enough for charts and trends, quick enough for a first start.
    priceDays: (now: Date) => weekdaysUpTo({ until: jakartaDay({ at: now }), count: 10 }),
    markets: PASAR_PALEMBANG.filter((pasar) => pasar.isUtama).map((pasar) => pasar.value),
    commodities: KOMODITAS_POKOK.map((item) => item.nama),
    priceLevel: 1,
    covid: { from: '2023-05-22', to: '2023-06-21', confirmedAtStart: 47_812, deathsAtStart: 1_583, perKecamatanOnLastDay: true },
  },
  'kajian-2023': {
    priceDays: () => weekdaysUpTo({ until: '2020-04-13', count: 20 }),
    markets: ['pasar-16-ilir', 'pasar-cinde', 'pasar-km-5'],
    commodities: KOMODITAS_POKOK.slice(0, 10).map((item) => item.nama),
    priceLevel: 0.86,
    covid: { from: '2021-08-02', to: '2021-08-14', confirmedAtStart: 21_406, deathsAtStart: 911, perKecamatanOnLastDay: false },
  },
} as const

/** A stable number in [0, 1) from a few integers, so seeded prices look lived-in and never change between runs. */
function wobble(...parts: number[]): number {
  let hash = 2166136261
  for (const part of parts) {
    hash ^= part + 0x9e3779b9
    hash = Math.imul(hash, 16777619) >>> 0
  }
  return (hash % 10_000) / 10_000
}

function tally(report: DataMenuReport, collection: string, isCreated: boolean, count = 1) {
  const bucket = isCreated ? report.created : report.unchanged
  bucket[collection] = (bucket[collection] ?? 0) + count
}

/** The commodity list, by name; an existing entry is left as an editor left it. */
export async function seedKomoditas({ payload, report }: { payload: Payload; report?: DataMenuReport }) {
  const existing = await payload.find({ collection: SLUGS.komoditas, depth: 0, pagination: false, limit: 0 })
  const byName = new Map(existing.docs.map((doc) => [doc.nama.toLowerCase(), doc.id]))
  for (const item of KOMODITAS_POKOK) {
    if (byName.has(item.nama.toLowerCase())) {
      if (report) tally(report, SLUGS.komoditas, false)
      continue
    }
    const doc = await payload.create({ collection: SLUGS.komoditas, data: { nama: item.nama, satuan: item.satuan, kategori: item.kategori, aktif: true } })
    byName.set(item.nama.toLowerCase(), doc.id)
    if (report) tally(report, SLUGS.komoditas, true)
  }
  return byName
}

async function existingDates({ payload, collection, dates }: { payload: Payload; collection: typeof SLUGS.hargaPangan | typeof SLUGS.statistikCovid; dates: CalendarDate[] }) {
  const docs: Record<string, unknown>[] = []
  for (let start = 0; start < dates.length; start += 100) {
    const result = await payload.find({
      collection,
      where: { tanggal: { in: dates.slice(start, start + 100).map(storedCalendarDate) } },
      depth: 0,
      pagination: false,
      limit: 0,
    })
    docs.push(...(result.docs as unknown as Record<string, unknown>[]))
  }
  return docs
}


async function seedPrices({
  payload,
  scenario,
  now,
  report,
  onProgress,
}: {
  payload: Payload
  scenario: DataMenuScenario
  now: Date
  report: DataMenuReport
  onProgress?: Progress
}) {
  const plan = SCENARIOS[scenario]
  const komoditas = await seedKomoditas({ payload, report })
  const days = plan.priceDays(now)
  const stored = await existingDates({ payload, collection: SLUGS.hargaPangan, dates: days })
  const have = new Set(stored.map((doc) => `${relationKey(doc.komoditas)}|${doc.pasar}|${String(doc.tanggal).slice(0, 10)}`))
  const total = days.length * plan.markets.length * plan.commodities.length
  let done = 0
  for (const [dayIndex, tanggal] of days.entries()) {
    for (const [marketIndex, pasar] of plan.markets.entries()) {
      for (const nama of plan.commodities) {
        done++
        const item = KOMODITAS_POKOK.find((candidate) => candidate.nama === nama)!
        const komoditasId = komoditas.get(nama.toLowerCase())!
        if (have.has(`${komoditasId}|${pasar}|${tanggal}`)) {
          tally(report, SLUGS.hargaPangan, false)
          continue
        }
        const isVolatile = item.kategori === 'sayur-bumbu'
        const swing = isVolatile ? 0.18 : 0.04
        const drift = Math.sin((dayIndex + KOMODITAS_POKOK.indexOf(item)) / 5) * swing
        const marketSpread = (wobble(marketIndex, KOMODITAS_POKOK.indexOf(item)) - 0.5) * 0.06
        const noise = (wobble(dayIndex, marketIndex, KOMODITAS_POKOK.indexOf(item)) - 0.5) * swing * 0.3
        const harga = Math.max(500, Math.round((item.hargaAcuan * plan.priceLevel * (1 + drift + marketSpread + noise)) / 250) * 250)
        await payload.create({
          collection: SLUGS.hargaPangan,
          data: { komoditas: komoditasId as number, pasar: pasar as never, harga, satuan: item.satuan, tanggal: storedCalendarDate(tanggal), _status: 'published' },
          draft: false,
          depth: 0,
          context: { now, isDuplicateCheckDone: true },
        })
        tally(report, SLUGS.hargaPangan, true)
        if (done % 50 === 0 || done === total) onProgress?.({ label: 'Harga bahan pokok', done, total })
      }
    }
  }
}

type CovidCounts = { terkonfirmasi: number; dirawat: number; sembuh: number; meninggal: number; odp: number; pdp: number }

/** Cumulative city figures for one day of a tail-end series: a few new cases, a handful treated. */
function cityCounts({ dayIndex, confirmedAtStart, deathsAtStart }: { dayIndex: number; confirmedAtStart: number; deathsAtStart: number }): CovidCounts {
  let terkonfirmasi = confirmedAtStart
  let meninggal = deathsAtStart
  for (let day = 1; day <= dayIndex; day++) {
    terkonfirmasi += Math.floor(wobble(day, 7) * 6)
    if (wobble(day, 11) > 0.9) meninggal += 1
  }
  const dirawat = 12 + Math.floor(wobble(dayIndex, 3) * 25)
  return { terkonfirmasi, dirawat, sembuh: terkonfirmasi - dirawat - meninggal, meninggal, odp: 0, pdp: 0 }
}

/** A city day split across kecamatan by population; the parts never exceed the whole. */
function kecamatanShare({ city, populasi, totalPopulasi }: { city: CovidCounts; populasi: number; totalPopulasi: number }): CovidCounts {
  const share = populasi / totalPopulasi
  const terkonfirmasi = Math.floor(city.terkonfirmasi * share)
  const dirawat = Math.floor(city.dirawat * share)
  const meninggal = Math.floor(city.meninggal * share)
  return { terkonfirmasi, dirawat, sembuh: terkonfirmasi - dirawat - meninggal, meninggal, odp: 0, pdp: 0 }
}

async function seedCovid({ payload, scenario, now, report, onProgress }: { payload: Payload; scenario: DataMenuScenario; now: Date; report: DataMenuReport; onProgress?: Progress }) {
  const plan = SCENARIOS[scenario].covid
  const days = daysBetween({ from: plan.from, to: plan.to })
  const stored = await existingDates({ payload, collection: SLUGS.statistikCovid, dates: days })
  const have = new Set(stored.map((doc) => `${relationKey(doc.wilayah) ?? 'kota'}|${String(doc.tanggal).slice(0, 10)}`))
  const kecamatan = await payload.find({ collection: SLUGS.opd, where: { jenis: { equals: 'kecamatan' } }, depth: 0, pagination: false, limit: 0 })
  const officeByCode = new Map(kecamatan.docs.map((office) => [office.singkatan, office.id]))
  const totalPopulasi = KECAMATAN.reduce((sum, item) => sum + item.populasi, 0)
  const rows: { wilayah: string | number | null; tanggal: CalendarDate; counts: CovidCounts }[] = []
  days.forEach((tanggal, dayIndex) => {
    const city = cityCounts({ dayIndex, confirmedAtStart: plan.confirmedAtStart, deathsAtStart: plan.deathsAtStart })
    rows.push({ wilayah: null, tanggal, counts: city })
    if (plan.perKecamatanOnLastDay && tanggal === plan.to) {
      for (const item of KECAMATAN) {
        const office = officeByCode.get(kecamatanCode(item.nama))
        if (office === undefined) continue
        rows.push({ wilayah: office, tanggal, counts: kecamatanShare({ city, populasi: item.populasi, totalPopulasi }) })
      }
    }
  })
  let done = 0
  for (const row of rows) {
    done++
    if (have.has(`${row.wilayah === null ? 'kota' : String(row.wilayah)}|${row.tanggal}`)) {
      tally(report, SLUGS.statistikCovid, false)
      continue
    }
    await payload.create({
      collection: SLUGS.statistikCovid,
      data: { ...row.counts, wilayah: row.wilayah as number | null, tanggal: storedCalendarDate(row.tanggal), _status: 'published' },
      draft: false,
      depth: 0,
      context: { now, isDuplicateCheckDone: true },
    })
    tally(report, SLUGS.statistikCovid, true)
    onProgress?.({ label: 'Statistik COVID-19', done, total: rows.length })
  }
}

/**
 * Fills the two data menus (and the commodity list) for a scenario.
 * Idempotent: a row whose natural key exists is left alone, so a second run
 * creates nothing. Needs the offices (kecamatan) seeded first.
 */
export async function seedDataMenus({
  payload,
  scenario,
  now,
  onProgress,
}: {
  payload: Payload
  scenario: DataMenuScenario
  now: Date
  onProgress?: Progress
}): Promise<DataMenuReport> {
  const report: DataMenuReport = { created: {}, unchanged: {} }
  await seedPrices({ payload, scenario, now, report, onProgress })
  await seedCovid({ payload, scenario, now, report, onProgress })
  return report
}
