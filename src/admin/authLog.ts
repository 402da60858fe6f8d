import type { AfterErrorHook } from 'payload'

/** A wrong password is not a server fault: Payload's own log of it (error level, stack trace) is off. */
export const LOGGING_LEVELS = { AuthenticationError: false } as const

/** Logs a refused login as one warning line, without the trace. */
export const logRefusedLogin: AfterErrorHook = ({ error, req }) => {
  if (error?.name !== 'AuthenticationError') return
  req.payload.logger.warn(`Login ditolak: ${error.message}`)
}
