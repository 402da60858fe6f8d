/**
 * A request body counted while it streams in: past its limit the stream
 * fails, the server stops reading, and the client gets a 413, whether the
 * body was announced with Content-Length or sent chunked.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Transform } from 'node:stream'
import type { Readable } from 'node:stream'

import bytes from 'bytes'

/** How long a refused connection stays open so the client can read the answer before it is cut. */
const LINGER_MS = 2000

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Isi permintaan melebihi ${bytes.format(maxBytes)}`)
    this.name = 'BodyTooLargeError'
  }
}

export const describeBytes = (count: number) => bytes.format(count, { unitSeparator: ' ' }) ?? `${count} B`

/**
 * The request's body through a counter. `isExceeded()` tells afterwards
 * whether the reader was cut off, so the caller answers 413 instead of
 * whatever the reader made of a truncated body.
 */
export function countedBody({ req, maxBytes }: { req: IncomingMessage; maxBytes: number }): { stream: Readable; isExceeded: () => boolean } {
  let seen = 0
  let isExceeded = false
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length
      if (seen > maxBytes) {
        isExceeded = true
        req.unpipe(counter)
        req.pause()
        done(new BodyTooLargeError(maxBytes))
        return
      }
      done(null, chunk)
    },
  })
  req.on('error', (error) => counter.destroy(error))
  req.pipe(counter)
  return { stream: counter, isExceeded: () => isExceeded }
}

/**
 * Answers a body the server will not read and closes the connection: the
 * rest of the body is never read, only left on the wire until the close.
 */
export function refuseBody({ req, res, status, message }: { req: IncomingMessage; res: ServerResponse; status: 413 | 415; message: string }): void {
  req.unpipe()
  req.pause()
  res.on('finish', () => {
    if (req.complete) return
    setTimeout(() => req.socket.destroy(), LINGER_MS).unref()
  })
  if (!res.headersSent) {
    res.statusCode = status
    res.setHeader('connection', 'close')
    res.setHeader('content-type', 'application/json; charset=utf-8')
    res.end(JSON.stringify({ errors: [{ message }] }))
  } else {
    res.end()
  }
}

export function tooLargeMessage({ maxBytes, isImport }: { maxBytes: number; isImport: boolean }): string {
  const limit = `Isi permintaan terlalu besar: paling banyak ${describeBytes(maxBytes)}.`
  return isImport ? `${limit} Bagi menjadi beberapa berkas atau gunakan npm run import.` : limit
}

export function unsupportedTypeMessage({ mediaType, allowed }: { mediaType: string; allowed: readonly string[] }): string {
  return `Jenis isi permintaan tidak didukung${mediaType ? ` (${mediaType})` : ''}. Kirim salah satu dari: ${allowed.join(', ')}.`
}

/** Whether the request carries a body at all (announced, or chunked). */
export function hasBody(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length'] ?? 0)
  return length > 0 || req.headers['transfer-encoding'] !== undefined
}
