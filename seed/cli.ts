/**
 * npm run seed -- [--scenario demo|kajian-2023|none] [--now 2026-11-28T09:00:00+07:00]
 *
 * Offices and the menu registry always; then the demo portal (default) or the
 * portal as the 2023 study found it. Safe to run again: nothing is duplicated.
 */
import { parseArgs } from 'node:util'

import { closeDatabase, refreshPlannerStatistics } from '../src/database'
import { openPayload } from '../src/bootstrap'
import { optionalNow } from '../src/cli/common'
import { loadEnv } from '../src/env'
import { seed } from './index'
import type { SeedScenario } from './index'

const USAGE = 'Pemakaian: npm run seed -- [--scenario demo|kajian-2023|none] [--now 2026-11-28T09:00:00+07:00]'

function parseOptions(argv: string[]): { scenario?: SeedScenario; now?: Date } {
  const { values } = parseArgs({
    args: argv,
    options: { scenario: { type: 'string', default: 'demo' }, now: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const scenario = values.scenario
  if (scenario !== 'demo' && scenario !== 'kajian-2023' && scenario !== 'none') {
    throw new Error(`Skenario tidak dikenal: ${scenario}. ${USAGE}`)
  }
  const now = optionalNow({ text: values.now, example: '2026-11-28T09:00:00+07:00' })
  return { scenario: scenario === 'none' ? undefined : scenario, now }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const env = loadEnv()
  // Same switch as src/payload.config.ts: a throwaway database may take its schema straight from the collections.
  const { payload } = await openPayload({ env, isSchemaPushed: env.isSchemaPushed })
  const startedAt = performance.now()
  let lastLabel = ''
  const report = await seed({
    payload,
    adminEmail: env.seedAdminEmail,
    adminPassword: env.seedAdminPassword,
    scenario: options.scenario,
    now: options.now,
    onProgress: ({ label, done, total }) => {
      if (done === total) console.log(total > 1 ? `✓ ${label}: ${done}/${total}` : `✓ ${label}`)
      else if (label !== lastLabel && process.stdout.isTTY) process.stdout.write(`… ${label}\r`)
      lastLabel = label
    },
  })
  const created = Object.entries(report.created).map(([slug, count]) => `${slug} ${count}`)
  console.log(`Selesai dalam ${Math.round(performance.now() - startedAt)} ms. Dibuat: ${created.length > 0 ? created.join(', ') : 'tidak ada (semua sudah ada)'}.`)
  await refreshPlannerStatistics(payload)
  await closeDatabase(payload)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
