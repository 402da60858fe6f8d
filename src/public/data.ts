/**
 * What the public pages and feeds read. Freshness comes from the same
 * evaluation and the same public shape as GET /api/kesegaran; history and
 * news are read with the server's rights, and only their public parts leave.
 */
import type { Payload } from 'payload'

import type { FreshnessStatus } from '../domain/freshness'
import { evaluateAllMenus } from '../freshness/evaluate'
import type { MenuFreshness } from '../freshness/evaluate'
import { toPublicFreshness } from '../freshness/public'
import type { PublicFreshness } from '../freshness/public'
import { SLUGS } from '../slugs'

export type PublicMenu = PublicFreshness & {
  menuId: string | number
  koleksi: string
  deskripsi: string | null
}

function withRegistry({ result, deskripsi }: { result: MenuFreshness; deskripsi: string | null }): PublicMenu {
  return { ...toPublicFreshness(result), menuId: result.menuId, koleksi: result.koleksi, deskripsi }
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

/** Every menu, active ones first in the registry's order; archived ones apart, with their notice. */
export async function loadPublicMenus({ payload, now, kode }: { payload: Payload; now: Date; kode?: string }): Promise<PublicMenu[]> {
  const [results, rows] = await Promise.all([
    evaluateAllMenus({ payload, now, kode }),
    payload.find({
      collection: SLUGS.menuPortal,
      where: kode === undefined ? {} : { kode: { equals: kode } },
      pagination: false,
      depth: 0,
      select: { kode: true, deskripsi: true },
      overrideAccess: true,
    }),
  ])
  const descriptions = new Map(rows.docs.map((row) => [row.kode, textOrNull(row.deskripsi)]))
  return results.map((result) => withRegistry({ result, deskripsi: descriptions.get(result.menu) ?? null }))
}

export type HistoryPoint = { pada: string; status: FreshnessStatus }

/** A menu's last `limit` sweep snapshots, oldest first. */
export async function loadMenuHistory({ payload, menuId, limit = 30 }: { payload: Payload; menuId: string | number; limit?: number }): Promise<HistoryPoint[]> {
  const rows = await payload.find({
    collection: SLUGS.riwayatKesegaran,
    where: { menu: { equals: menuId } },
    sort: '-dijalankanPada',
    limit,
    depth: 0,
    select: { status: true, dijalankanPada: true },
    overrideAccess: true,
  })
  return rows.docs.map((row) => ({ pada: String(row.dijalankanPada), status: row.status as FreshnessStatus })).reverse()
}

export type PublicTransition = { id: string | number; kode: string; dari: FreshnessStatus; ke: FreshnessStatus; pada: string }

export async function loadTransitions({ payload, limit = 50 }: { payload: Payload; limit?: number }): Promise<PublicTransition[]> {
  const rows = await payload.find({
    collection: SLUGS.transisiKesegaran,
    sort: '-pada',
    limit,
    depth: 0,
    select: { kode: true, dari: true, ke: true, pada: true },
    overrideAccess: true,
  })
  return rows.docs.map((row) => ({
    id: row.id,
    kode: String(row.kode),
    dari: row.dari as FreshnessStatus,
    ke: row.ke as FreshnessStatus,
    pada: String(row.pada),
  }))
}

export type PublicNews = { id: string | number; judul: string; slug: string | null; ringkasan: string; tanggalTerbit: string; updatedAt: string; opd: string | null }

/** Published news only, newest first, read as an anonymous reader would. */
export async function loadPublishedNews({ payload, limit = 30 }: { payload: Payload; limit?: number }): Promise<PublicNews[]> {
  const rows = await payload.find({
    collection: SLUGS.berita,
    where: { _status: { equals: 'published' } },
    sort: '-tanggalTerbit',
    limit,
    depth: 1,
    draft: false,
    overrideAccess: false,
    select: { judul: true, slug: true, ringkasan: true, tanggalTerbit: true, updatedAt: true, opd: true },
  })
  return rows.docs.map((row) => {
    const opd = row.opd && typeof row.opd === 'object' ? (row.opd as { nama?: string }).nama ?? null : null
    return {
      id: row.id,
      judul: row.judul,
      slug: textOrNull(row.slug),
      ringkasan: row.ringkasan,
      tanggalTerbit: String(row.tanggalTerbit),
      updatedAt: String(row.updatedAt),
      opd,
    }
  })
}
