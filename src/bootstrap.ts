import { getPayload } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import type { Env } from './env'
import { segarConfig } from './segar-config'

export type Opened = { payload: Payload; config: SanitizedConfig }

/**
 * Opens the database and brings its schema up to date through the adapter's
 * migrations. MongoDB needs none: its collections and indexes build themselves.
 */
export async function openPayload({ env, isSchemaPushed = false }: { env: Env; isSchemaPushed?: boolean }): Promise<Opened> {
  const config = await segarConfig(env, { isSchemaPushed })
  const payload = await getPayload({ config })
  if (env.databaseKind !== 'mongodb' && !isSchemaPushed) {
    await payload.db.migrate()
  }
  return { payload, config }
}
