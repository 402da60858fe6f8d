/**
 * Writes a migration for each SQL adapter from the difference between the
 * collections and the newest migration snapshot. No database is needed.
 *   npm run migrate:create -- NAME
 */
import { getPayload } from 'payload'

import { parseEnv } from '../env'
import type { DatabaseKind } from '../env'
import { segarConfig } from '../segar-config'

const name = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'perubahan'
const urls: Record<Exclude<DatabaseKind, 'mongodb'>, string> = {
  sqlite: 'file::memory:',
  postgres: 'postgres://segar@127.0.0.1:1/segar',
}

for (const [kind, url] of Object.entries(urls)) {
  const env = parseEnv({ DATABASE_URL: url, PAYLOAD_SECRET: 'migration-generation-only-'.padEnd(40, 'x') })
  const config = await segarConfig(env)
  const payload = await getPayload({ config, key: `migrate-create-${kind}`, disableDBConnect: true, disableOnInit: true })
  await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true, skipEmpty: true })
  console.error(`Migrasi ${kind} ditulis di ${payload.db.migrationDir}`)
}
process.exit(0)
