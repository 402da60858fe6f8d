import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/api/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Payload imports migration files (.ts) with Node's own import(); tsx lets Node load them.
    // The production condition makes Node load lexical's plain builds: its default entries use
    // top-level await, which on Node 20 can deadlock in a module cycle (the process then
    // exits 13 or hangs). Spawned commands inherit it through NODE_OPTIONS.
    execArgv: ['--conditions=production', '--import', 'tsx'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: more workers only fight over them.
    maxWorkers: 2,
    env: { NODE_OPTIONS: '--conditions=production', TZ: 'Asia/Jakarta', PAYLOAD_DISABLE_ADMIN: 'true' },
  },
})
