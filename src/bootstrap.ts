import { getPayload } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import type { Env } from './env'
import { segarConfig } from './segar-config'

export type Opened = { payload: Payload; config: SanitizedConfig }

/**
 * Opens the database and brings its schema up to date through the adapter's
 * migrations. MongoDB needs none: its collections and indexes build themselves.
 */
export async function openPayload({
  env,
  isSchemaPushed = false,
  key,
}: {
  env: Env
  isSchemaPushed?: boolean
  /** Payload caches one instance per key; the REST handler uses the default one. */
  key?: string
}): Promise<Opened> {
  const config = await segarConfig(env, { isSchemaPushed })
  const payload = await getPayload({ config, key })
  if (env.databaseKind !== 'mongodb' && !isSchemaPushed) {
    await payload.db.migrate()
  }
  return { payload, config }
}
