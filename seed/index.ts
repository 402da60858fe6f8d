import type { Payload } from 'payload'

import { SLUGS } from '../src/slugs'
import { ALL_SEED_OFFICES, demoMailbox } from './data/offices'
import { seedDataMenus } from './dataMenus'
import { seedDemo } from './demo'
import { tally } from './ensure'
import { seedHolidays } from './holidays'
import type { SeedReport } from './ensure'
import { KAJIAN_2023_NOW, seedKajian2023 } from './kajian2023'
import { seedRegistry } from './registry'

export type { SeedReport } from './ensure'

export type SeedScenario = 'demo' | 'kajian-2023'

export type SeedOptions = {
  payload: Payload
  adminEmail?: string
  adminPassword?: string
  /** Content to load after the offices and the registry; without it only those two are seeded. */
  scenario?: SeedScenario
  /** The day the demo content is relative to (vacancies open, events upcoming). */
  now?: Date
  onProgress?: (step: { label: string; done: number; total: number }) => void
}

function mergeInto(report: SeedReport, other: SeedReport) {
  for (const bucket of ['created', 'unchanged'] as const) {
    for (const [collection, count] of Object.entries(other[bucket])) {
      report[bucket][collection] = (report[bucket][collection] ?? 0) + count
    }
  }
}

/**
 * Idempotent: a row that exists (by its natural key) is left exactly as it is,
 * so a second run changes nothing and never overwrites what an office edited.
 */
export async function seed({ payload, adminEmail, adminPassword, scenario, now, onProgress }: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = { created: {}, unchanged: {} }
  const total = ALL_SEED_OFFICES.length
  let done = 0
  for (const office of ALL_SEED_OFFICES) {
    const existing = await payload.find({
      collection: SLUGS.opd,
      where: { singkatan: { equals: office.singkatan } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length === 0) {
      await payload.create({
        collection: SLUGS.opd,
        data: {
          nama: office.jenis === 'kecamatan' ? office.nama : `${office.nama} Kota Palembang`,
          singkatan: office.singkatan,
          jenis: office.jenis,
          emailNotifikasi: [demoMailbox(office.singkatan)],
          emailPimpinan: demoMailbox(office.singkatan, 'kepala.'),
          aktif: true,
        },
      })
    }
    tally(report, SLUGS.opd, existing.docs.length === 0)
    onProgress?.({ label: 'OPD', done: ++done, total })
  }

  await seedRegistry({ payload, report, onProgress })
  await seedHolidays({ payload, report })

  if (adminEmail && adminPassword) {
    const existing = await payload.find({
      collection: SLUGS.users,
      where: { email: { equals: adminEmail.toLowerCase() } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length === 0) {
      const diskominfo = await payload.find({
        collection: SLUGS.opd,
        where: { singkatan: { equals: 'DISKOMINFO' } },
        limit: 1,
        depth: 0,
      })
      await payload.create({
        collection: SLUGS.users,
        data: {
          email: adminEmail,
          password: adminPassword,
          nama: 'Administrator Segar',
          roles: ['admin'],
          opd: diskominfo.docs.map((doc) => doc.id),
        },
      })
    }
    tally(report, SLUGS.users, existing.docs.length === 0)
  }

  const scenarioNow = now ?? (scenario === 'kajian-2023' ? KAJIAN_2023_NOW : new Date())
  if (scenario === 'demo') {
    await seedDemo({ payload, now: scenarioNow, report, onProgress })
  } else if (scenario === 'kajian-2023') {
    await seedKajian2023({ payload, report, onProgress })
  }
  if (scenario) {
    const data = await seedDataMenus({ payload, scenario, now: scenarioNow, onProgress })
    mergeInto(report, data)
  }
  return report
}
