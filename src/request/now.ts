/**
 * The moment a write or a decision is made at. Server code (a test, a replay,
 * a command's --now) may pass `context: { now }` through the Local API, as a
 * Date or an ISO string; HTTP clients cannot set the request context, so over
 * REST this is always the server's clock. Anything else (missing, not a date)
 * is the clock too.
 */
export function contextNow({ req }: { req: { context?: Record<string, unknown> } | undefined }): Date {
  const given = req?.context?.now
  const date = given instanceof Date ? given : typeof given === 'string' ? new Date(given) : undefined
  return date && !Number.isNaN(date.getTime()) ? date : new Date()
}
