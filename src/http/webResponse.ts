import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'

import type { Response as ExpressResponse } from 'express'

import { CACHEABLE_HEADER } from './cache'

export const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade'])

/**
 * Streams a fetch `Response` (Payload's handlers, the public pages) into
 * express's answer. The cache's marker header never leaves the server; the
 * public pages pass `isCookieForwarded: false`, as a page kept for every
 * reader must not hand one reader's cookie to the next.
 */
export async function sendWebResponse({
  response,
  res,
  headers = {},
  isCookieForwarded = true,
}: {
  response: Response
  res: ExpressResponse
  headers?: Record<string, string>
  isCookieForwarded?: boolean
}): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie' || name === CACHEABLE_HEADER || HOP_BY_HOP.has(name)) return
    res.setHeader(name, value)
  })
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  const cookies = isCookieForwarded ? response.headers.getSetCookie() : []
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    const body = Readable.fromWeb(response.body as WebReadableStream)
    body.on('error', reject)
    res.on('finish', resolve)
    res.on('close', resolve)
    body.pipe(res)
  })
}
