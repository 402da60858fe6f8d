import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/api/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Payload imports migration files (.ts) with Node's own import(); tsx lets Node load them.
    execArgv: ['--import', 'tsx'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: more workers only fight over them.
    maxWorkers: 2,
    env: { TZ: 'Asia/Jakarta', PAYLOAD_DISABLE_ADMIN: 'true' },
  },
})
