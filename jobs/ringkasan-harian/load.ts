import type { Payload } from 'payload'

import { relationKey } from '../../src/domain/relation'
import { SLUGS } from '../../src/slugs'
import type { Keadaan, PastNotice, ReportStats } from './decide'
import { isImprovement } from './decide'

export type OfficeContact = {
  id: string | number
  nama: string
  singkatan: string
  isActive: boolean
  emailNotifikasi: string[]
  emailPimpinan: string | null
}

const toDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Offices with their (internal) notification addresses; the Local API with overrideAccess is the only reader of those. */
export async function loadOffices({ payload }: { payload: Payload }): Promise<OfficeContact[]> {
  const found = await payload.find({
    collection: SLUGS.opd,
    pagination: false,
    depth: 0,
    select: { nama: true, singkatan: true, aktif: true, emailNotifikasi: true, emailPimpinan: true },
    overrideAccess: true,
  })
  return found.docs.map((office) => ({
    id: office.id,
    nama: office.nama ?? '',
    singkatan: office.singkatan ?? '',
    isActive: office.aktif !== false,
    emailNotifikasi: (office.emailNotifikasi ?? []).filter((email) => typeof email === 'string' && email !== ''),
    emailPimpinan: typeof office.emailPimpinan === 'string' && office.emailPimpinan !== '' ? office.emailPimpinan : null,
  }))
}

/** Open citizen reports per menu id: how many, and when the newest arrived (a new one is worth telling). */
export async function loadReportStats({ payload, now }: { payload: Payload; now: Date }): Promise<Map<string, ReportStats>> {
  const stats = new Map<string, ReportStats>()
  const found = await payload.find({
    collection: SLUGS.laporanWarga,
    where: { and: [{ status: { equals: 'baru' } }, { createdAt: { less_than_equal: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    select: { menu: true, createdAt: true },
    overrideAccess: true,
  })
  for (const row of found.docs) {
    const menuId = relationKey(row.menu)
    const at = toDate(row.createdAt)
    const current = stats.get(menuId) ?? { terbuka: 0, terbaru: null }
    current.terbuka += 1
    if (at && (!current.terbaru || at > current.terbaru)) current.terbaru = at
    stats.set(menuId, current)
  }
  return stats
}

/** Earlier notifications per menu id, up to `now` (a replay of an earlier day does not see later ones). */
export async function loadHistory({ payload, now }: { payload: Payload; now: Date }): Promise<Map<string, PastNotice[]>> {
  const found = await payload.find({
    collection: SLUGS.notifikasiTerkirim,
    where: { pada: { less_than_equal: now.toISOString() } },
    pagination: false,
    depth: 0,
    select: { menu: true, keadaan: true, pada: true, jatuhTempo: true, jumlahLaporan: true, jenis: true },
    overrideAccess: true,
  })
  const history = new Map<string, PastNotice[]>()
  for (const row of found.docs) {
    const pada = toDate(row.pada)
    if (!pada) continue
    const menuId = relationKey(row.menu)
    const list = history.get(menuId) ?? []
    list.push({
      keadaan: row.keadaan as Keadaan,
      pada,
      jatuhTempo: toDate(row.jatuhTempo),
      jumlahLaporan: typeof row.jumlahLaporan === 'number' ? row.jumlahLaporan : null,
      jenis: row.jenis,
    })
    history.set(menuId, list)
  }
  return history
}

/** Moments (per menu id) at which a menu's status became less severe, after `since` and up to `now`. */
export async function loadImprovements({ payload, since, now }: { payload: Payload; since: Date | null; now: Date }): Promise<Map<string, Date[]>> {
  const improvements = new Map<string, Date[]>()
  if (!since) return improvements
  const found = await payload.find({
    collection: SLUGS.transisiKesegaran,
    where: { and: [{ pada: { greater_than: since.toISOString() } }, { pada: { less_than_equal: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    select: { menu: true, dari: true, ke: true, pada: true },
    overrideAccess: true,
  })
  for (const row of found.docs) {
    const pada = toDate(row.pada)
    if (!pada || !isImprovement({ dari: row.dari, ke: row.ke })) continue
    const menuId = relationKey(row.menu)
    improvements.set(menuId, [...(improvements.get(menuId) ?? []), pada])
  }
  return improvements
}
