import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    execArgv: ['--conditions=production', '--import', 'tsx'],
    fileParallelism: false,
    testTimeout: 120_000,
    // The first run builds the admin (next build, about a minute on two cores).
    hookTimeout: 600_000,
    env: { NODE_OPTIONS: '--conditions=production', TZ: 'Asia/Jakarta' },
  },
})
