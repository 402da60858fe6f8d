import { getPayload } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import { assertDatabaseWritable } from './database'
import type { Env } from './env'
import { segarConfig } from './segar-config'

export type Opened = { payload: Payload; config: SanitizedConfig }

/** How long connecting may take before a start gives up (so that the whole start fails within 10 s); a hang is worse than a clear refusal. */
export const DATABASE_OPEN_TIMEOUT_MS = 8_000

/** The database named by DATABASE_URL could not be opened; the message names the key and the reason, never the password. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}

export function redactDatabaseUrl(url: string): string {
  if (url.startsWith('file:')) return url
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url
  }
}

const reasonOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^Error: /, '')
}

async function withinDeadline<T>({ work, timeoutMs, url }: { work: Promise<T>; timeoutMs: number; url: string }): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DatabaseOpenError(`DATABASE_URL: basis data ${redactDatabaseUrl(url)} tidak dapat dibuka dalam ${timeoutMs / 1000} detik (tidak menjawab).`)),
          timeoutMs,
        )
        timer.unref()
      }),
    ])
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    throw new DatabaseOpenError(`DATABASE_URL: basis data ${redactDatabaseUrl(url)} tidak dapat dibuka: ${reasonOf(error)}`)
  } finally {
    if (timer) clearTimeout(timer)
  }
}

/**
 * Opens the database and brings its schema up to date through the adapter's
 * migrations. MongoDB needs none: its collections and indexes build themselves.
 * Connecting and a write probe must finish within `openTimeoutMs`, else a
 * DatabaseOpenError naming DATABASE_URL; migrating has no deadline (a large
 * database may take a while).
 */
export async function openPayload({
  env,
  isSchemaPushed = false,
  key,
  openTimeoutMs = DATABASE_OPEN_TIMEOUT_MS,
}: {
  env: Env
  isSchemaPushed?: boolean
  /** Payload caches one instance per key; the REST handler uses the default one. */
  key?: string
  openTimeoutMs?: number
}): Promise<Opened> {
  let config: SanitizedConfig | undefined
  // A pushed schema (throwaway test databases) can take longer than a connection on a loaded machine.
  const timeoutMs = isSchemaPushed ? 10 * 60_000 : openTimeoutMs
  const payload = await withinDeadline({
    url: env.databaseUrl,
    timeoutMs,
    work: (async () => {
      // Inside the deadline: building the SQLite adapter already creates the database's folder.
      config = await segarConfig(env, { isSchemaPushed })
      const opened = await getPayload({ config, key })
      await assertDatabaseWritable(opened)
      return opened
    })(),
  })
  if (env.databaseKind !== 'mongodb' && !isSchemaPushed) {
    await payload.db.migrate()
  }
  return { payload, config: config! }
}
