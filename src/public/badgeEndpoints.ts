import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { CACHEABLE_HEADER } from '../http/cache'
import { evaluateAllMenus } from '../freshness/evaluate'
import type { MenuFailure } from '../freshness/evaluate'
import { toPublicFreshness } from '../freshness/public'
import type { PublicFreshness } from '../freshness/public'
import { badgeScript, badgeSvg, lencanaOf } from './badge'
import { settingsOf } from '../settings'

const KODE = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** One menu judged now, as GET /api/kesegaran/:menu does: 404 for an unknown menu, 503 when it cannot be judged. */
async function judgeOne(req: PayloadRequest): Promise<PublicFreshness> {
  const kode = String(req.routeParams?.menu ?? '')
  const failures: MenuFailure[] = []
  const results = KODE.test(kode)
    ? await evaluateAllMenus({ payload: req.payload, now: new Date(), kode, onError: (failure) => failures.push(failure) })
    : []
  if (failures.length > 0) {
    req.payload.logger.error({ err: failures[0]!.error, menu: kode }, `Lencana menu ${kode} gagal dihitung.`)
    throw new APIError(`Kesegaran menu "${kode}" tidak dapat dihitung saat ini. Coba lagi nanti.`, 503, null, true)
  }
  const result = results[0]
  if (!result) throw new APIError(`Menu "${kode}" tidak dikenal. Lihat /api/kesegaran untuk daftar menu.`, 404, null, true)
  return toPublicFreshness(result)
}

function publicOrigin(req: PayloadRequest): string {
  const settings = settingsOf({ config: req.payload.config })
  const configured = req.payload.config.serverURL || (settings.isPublicUrlSet ? settings.publicUrl : '')
  return (configured || (req.url ? new URL(req.url).origin : '')).replace(/\/+$/, '')
}

/**
 * GET /api/kesegaran/:menu/badge.svg and badge.js: what another site embeds.
 * Anonymous reads, so the API cache gives them an ETag and keeps them (see
 * src/http/cache.ts); any origin may load them.
 */
export const badgeEndpoints: Endpoint[] = [
  {
    path: '/kesegaran/:menu/badge.svg',
    method: 'get',
    handler: async (req) => {
      const item = await judgeOne(req)
      return new Response(badgeSvg({ item, now: new Date() }), {
        headers: { 'content-type': 'image/svg+xml; charset=utf-8', [CACHEABLE_HEADER]: '1' },
      })
    },
  },
  {
    path: '/kesegaran/:menu/badge.js',
    method: 'get',
    handler: async (req) => {
      const item = await judgeOne(req)
      const lencana = lencanaOf({ item, now: new Date() })
      const pageUrl = `${publicOrigin(req)}/menu/${encodeURIComponent(item.menu)}`
      return new Response(badgeScript({ lencana, pageUrl }), {
        headers: { 'content-type': 'text/javascript; charset=utf-8', [CACHEABLE_HEADER]: '1' },
      })
    },
  },
]
