import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { asUser, hasRole } from '../access/roles'
import type { SegarUser } from '../access/roles'
import { jakartaDay } from '../domain/calendar'
import { settingsOf } from '../settings'
import { SLUGS } from '../slugs'
import { buildCatalog } from './catalog'
import type { CatalogMenu } from './catalog'
import { csvHeaders } from './csv'
import { csvFilename, currentStatusCsv, historyCsvStream, parseHistoryRange } from './exports'
import { evaluateAllMenus } from './evaluate'
import type { MenuFailure } from './evaluate'
import { toPublicFreshness } from './public'
import { tasksFor } from './tasks'

function requireUser(req: PayloadRequest): SegarUser {
  const user = asUser(req.user)
  if (!user) throw new APIError('Silakan masuk terlebih dahulu.', 401, null, true)
  return user
}

function requireReviewer(req: PayloadRequest): SegarUser {
  const user = requireUser(req)
  if (!hasRole(user, 'admin') && !hasRole(user, 'reviewer')) {
    throw new APIError('Ekspor kesegaran hanya untuk peninjau dan admin Diskominfo.', 403, null, true)
  }
  return user
}

function publicUrlOf(req: PayloadRequest): string {
  const settings = settingsOf({ config: req.payload.config })
  // Without PUBLIC_URL the catalogue names the address it was asked at.
  const base = settings.isPublicUrlSet ? settings.publicUrl : req.url ? new URL(req.url).origin : settings.publicUrl
  return base.replace(/\/+$/, '')
}

/** GET /api/katalog: the active menus as DCAT in JSON-LD; public, and cached like any anonymous read. */
const catalogEndpoint: Endpoint = {
  path: '/katalog',
  method: 'get',
  handler: async (req) => {
    const [results, rows] = await Promise.all([
      evaluateAllMenus({ payload: req.payload, now: new Date() }),
      req.payload.find({
        collection: SLUGS.menuPortal,
        where: { status: { equals: 'aktif' } },
        pagination: false,
        depth: 0,
        select: { kode: true, deskripsi: true, jenisKontak: true },
        overrideAccess: true,
      }),
    ])
    const activeByKode = new Map(rows.docs.map((row) => [row.kode, row]))
    const menus: CatalogMenu[] = results.flatMap((result) => {
      const row = activeByKode.get(result.menu)
      if (!row) return []
      const deskripsi = typeof row.deskripsi === 'string' && row.deskripsi.trim() !== '' ? row.deskripsi : null
      return [{ result, deskripsi, jenisKontak: row.jenisKontak ?? null }]
    })
    return new Response(JSON.stringify(buildCatalog({ publicUrl: publicUrlOf(req), menus })), {
      headers: { 'content-type': 'application/ld+json; charset=utf-8' },
    })
  },
}

/**
 * GET /api/kesegaran (JSON for everyone, CSV for reviewers), /api/kesegaran/tugas-saya,
 * /api/kesegaran/riwayat (CSV) and /api/kesegaran/:menu, plus the catalogue. Judged live with the request
 * time as `now`, so the answer is right between sweeps (a menu falls due at
 * midnight, not at the next hourly run). Anonymous answers are cached for a
 * short while by the HTTP layer (src/http/cache.ts), which bounds the cost.
 */
export const freshnessEndpoints: Endpoint[] = [
  catalogEndpoint,
  {
    path: '/kesegaran',
    method: 'get',
    handler: async (req) => {
      const isCsv = req.searchParams.get('format') === 'csv'
      if (isCsv) requireReviewer(req)
      const now = new Date()
      const results = await evaluateAllMenus({ payload: req.payload, now })
      if (!isCsv) return Response.json(results.map(toPublicFreshness))
      const filename = csvFilename({ prefix: 'kesegaran', day: jakartaDay({ at: now }) })
      return new Response(currentStatusCsv({ results }), { headers: csvHeaders({ filename }) })
    },
  },
  {
    path: '/kesegaran/tugas-saya',
    method: 'get',
    handler: async (req) => {
      const user = requireUser(req)
      const results = await evaluateAllMenus({ payload: req.payload, now: new Date() })
      return Response.json(tasksFor({ user, results }), { headers: { 'cache-control': 'private, no-store' } })
    },
  },
  {
    path: '/kesegaran/riwayat',
    method: 'get',
    handler: async (req) => {
      requireReviewer(req)
      const format = req.searchParams.get('format')
      if (format !== null && format !== 'csv') throw new APIError('Riwayat kesegaran hanya tersedia sebagai CSV (format=csv).', 400, null, true)
      const range = parseHistoryRange({ dari: req.searchParams.get('dari'), sampai: req.searchParams.get('sampai') })
      if (typeof range === 'string') throw new APIError(range, 400, null, true)
      const body = await historyCsvStream({ payload: req.payload, range })
      const filename = `riwayat-kesegaran-${range.dari}-sd-${range.sampai}.csv`
      return new Response(body, { headers: csvHeaders({ filename }) })
    },
  },
  {
    path: '/kesegaran/:menu',
    method: 'get',
    handler: async (req) => {
      const kode = String(req.routeParams?.menu ?? '')
      const failures: MenuFailure[] = []
      const results = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(kode)
        ? await evaluateAllMenus({ payload: req.payload, now: new Date(), kode, onError: (failure) => failures.push(failure) })
        : []
      if (failures.length > 0) {
        req.payload.logger.error({ err: failures[0]!.error, menu: kode }, `Kesegaran menu ${kode} gagal dihitung.`)
        throw new APIError(`Kesegaran menu "${kode}" tidak dapat dihitung saat ini. Coba lagi nanti.`, 503, null, true)
      }
      const result = results[0]
      if (!result) throw new APIError(`Menu "${kode}" tidak dikenal. Lihat /api/kesegaran untuk daftar menu.`, 404, null, true)
      return Response.json(toPublicFreshness(result))
    },
  },
]
