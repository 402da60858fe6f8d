import type { PayloadRequest } from 'payload'

/**
 * The moment a write is recorded at. Server code (a test, a replay) may pass
 * `context: { now }` through the Local API; HTTP clients cannot set the
 * request context, so over REST this is always the server's clock.
 */
export function contextNow({ req }: { req: PayloadRequest }): Date {
  const given = req.context?.now
  const date = given instanceof Date ? given : typeof given === 'string' ? new Date(given) : undefined
  return date && !Number.isNaN(date.getTime()) ? date : new Date()
}
