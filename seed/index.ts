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
 * The administrator named by SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD, created when no account has
 * that email. An existing account is never changed, its password least of all.
 */
export async function ensureSeedAdmin({ payload, email, password }: { payload: Payload; email: string; password: string }): Promise<'created' | 'exists'> {
  const existing = await payload.find({ collection: SLUGS.users, where: { email: { equals: email.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs.length > 0) return 'exists'
  const diskominfo = await payload.find({ collection: SLUGS.opd, where: { singkatan: { equals: 'DISKOMINFO' } }, limit: 1, depth: 0, overrideAccess: true })
  await payload.create({
    collection: SLUGS.users,
    data: { email, password, nama: 'Administrator Segar', roles: ['admin'], opd: diskominfo.docs.map((doc) => doc.id) },
    overrideAccess: true,
  })
  return 'created'
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
    const outcome = await ensureSeedAdmin({ payload, email: adminEmail, password: adminPassword })
    tally(report, SLUGS.users, outcome === 'created')
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
