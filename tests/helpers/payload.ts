import { getPayload } from 'payload'
import type { Payload, SanitizedConfig } from 'payload'

import { closeDatabase } from '../../src/database'
import { parseEnv } from '../../src/env'
import type { Env } from '../../src/env'
import { segarConfig } from '../../src/segar-config'
import { createTestDatabase } from './database'
import type { TestDatabase } from './database'

export const TEST_SECRET = 'segar-test-secret-that-is-long-enough-0123456789'

export type TestPayload = {
  payload: Payload
  config: SanitizedConfig
  env: Env
  database: TestDatabase
  cleanup: () => Promise<void>
}

/** A Payload on a database of its own, schema pushed straight from the collections. */
export async function startTestPayload({
  isFile = false,
  extraEnv = {},
}: { isFile?: boolean; extraEnv?: Record<string, string> } = {}): Promise<TestPayload> {
  const database = await createTestDatabase({ isFile })
  const env = parseEnv({ DATABASE_URL: database.url, PAYLOAD_SECRET: TEST_SECRET, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', ...extraEnv })
  const config = await segarConfig(env, { isSchemaPushed: true })
  const payload = await getPayload({ config })
  let isCleaned = false
  return {
    payload,
    config,
    env,
    database,
    cleanup: async () => {
      if (isCleaned) return
      isCleaned = true
      await closeDatabase(payload)
      await database.drop()
    },
  }
}
