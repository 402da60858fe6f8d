import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { CLIENT_ADDRESS_HEADER, clientKey, rateDecision, REPORT_WINDOW_MS } from '../freshness/citizenReports'
import { SLUGS } from '../slugs'

/** The keyed hash of the client address a citizen report is counted under (the address itself is never stored). */
export function reportClientKey({ req }: { req: PayloadRequest }): string {
  return clientKey({ address: req.headers?.get(CLIENT_ADDRESS_HEADER), secret: req.payload.config.secret })
}

/**
 * Refuses a citizen report with 429 and Retry-After when the same client sent
 * the allowed number within the window; the count is the stored reports.
 */
export async function refuseTooManyReports({ req, klien, now }: { req: PayloadRequest; klien: string; now: Date }): Promise<void> {
  const recent = await req.payload.find({
    collection: SLUGS.laporanWarga,
    where: { and: [{ klien: { equals: klien } }, { createdAt: { greater_than: new Date(now.getTime() - REPORT_WINDOW_MS).toISOString() } }] },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    select: { createdAt: true },
    req,
  })
  const decision = rateDecision({ recent: recent.docs.map((doc) => new Date(doc.createdAt)), now })
  if (decision.isAllowed) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(decision.retryAfterSeconds))
  req.responseHeaders = headers
  const minutes = Math.ceil(decision.retryAfterSeconds / 60)
  throw new APIError(
    `Terlalu banyak laporan dari alamat Anda dalam satu jam terakhir. Silakan coba lagi dalam ${minutes} menit.`,
    429,
    undefined,
    true,
  )
}
