import type { Payload } from 'payload'

import { SLUGS } from '../src/slugs'
import { ALL_SEED_OFFICES, demoMailbox } from './data/offices'

export type SeedReport = {
  created: Record<string, number>
  unchanged: Record<string, number>
}

export type SeedOptions = {
  payload: Payload
  adminEmail?: string
  adminPassword?: string
  onProgress?: (step: { label: string; done: number; total: number }) => void
}

function tally(report: SeedReport, collection: string, isCreated: boolean) {
  const bucket = isCreated ? report.created : report.unchanged
  bucket[collection] = (bucket[collection] ?? 0) + 1
}

/**
 * Idempotent: a row that exists (by its natural key) is left exactly as it is,
 * so a second run changes nothing and never overwrites what an office edited.
 */
export async function seed({ payload, adminEmail, adminPassword, onProgress }: SeedOptions): Promise<SeedReport> {
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
  return report
}
