import type { Endpoint } from 'payload'
import { APIError } from 'payload'

import { evaluateAllMenus } from './evaluate'
import type { MenuFailure } from './evaluate'
import { toPublicFreshness } from './public'

/**
 * GET /api/kesegaran and /api/kesegaran/:menu. Judged live with the request
 * time as `now`, so the answer is right between sweeps (a menu falls due at
 * midnight, not at the next hourly run). Anonymous answers are cached for a
 * short while by the HTTP layer (src/http/cache.ts), which bounds the cost.
 */
export const freshnessEndpoints: Endpoint[] = [
  {
    path: '/kesegaran',
    method: 'get',
    handler: async (req) => {
      const results = await evaluateAllMenus({ payload: req.payload, now: new Date() })
      return Response.json(results.map(toPublicFreshness))
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
