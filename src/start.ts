import fs from 'node:fs'

import { EnvError, loadEnv } from './env'
import type { Env } from './env'

function readEnvOrExit(): Env {
  try {
    return loadEnv()
  } catch (error) {
    if (error instanceof EnvError) {
      // Written synchronously: process.exit would cut off a piped console.error.
      fs.writeSync(2, error.message + '\n')
      process.exit(1)
    }
    throw error
  }
}

async function main() {
  const env = readEnvOrExit()
  // Loaded only once the configuration is known to be good, so a bad value fails in a second.
  const [{ ensureAdminBuild, ROOT_DIR }, { openPayload }, { refreshPlannerStatistics }, { createApp, listen }, { seed, ensureSeedAdmin }, { SLUGS }] = await Promise.all([
    import('./admin-build'),
    import('./bootstrap'),
    import('./database'),
    import('./server'),
    import('../seed'),
    import('./slugs'),
  ])
  const { startScheduler } = await import('../jobs/scheduler')
  if (env.isSecretGenerated) {
    console.warn(
      `PERINGATAN: PAYLOAD_SECRET tidak diisi; rahasia pengembangan dibuat dan disimpan di ${env.dataDir}/.payload-secret. Isi PAYLOAD_SECRET di produksi.`,
    )
  }
  const { isAdminServed } = env
  // The database first: a wrong DATABASE_URL fails in seconds, not after a minute of building the admin.
  const { payload, config } = await openPayload({ env })
  // Rows staged by an import that was killed are removed before anyone is served.
  const { discardStaleBatches } = await import('./import/staging')
  const { IMPORTABLE } = await import('./import/core')
  const discarded = await discardStaleBatches({ payload, collections: IMPORTABLE })
  if (discarded.length > 0) payload.logger.warn({ batch: discarded }, 'Baris impor yang terhenti dihapus.')
  if (isAdminServed) await ensureAdminBuild()
  const offices = await payload.count({ collection: SLUGS.opd, overrideAccess: true })
  if (offices.totalDocs === 0) {
    payload.logger.info('Basis data baru: mengisi data awal (OPD, kecamatan, daftar menu dan portal contoh)...')
    let lastLabel = ''
    const report = await seed({
      payload,
      adminEmail: env.seedAdminEmail,
      adminPassword: env.seedAdminPassword,
      scenario: env.seedScenario === 'none' ? undefined : 'demo',
      onProgress: ({ label, done, total }) => {
        if (label !== lastLabel || done === total) payload.logger.info(`  ${label}: ${done}/${total}`)
        lastLabel = label
      },
    })
    payload.logger.info({ dibuat: report.created }, 'Data awal terisi.')
    await refreshPlannerStatistics(payload)
  } else if (env.seedAdminEmail && env.seedAdminPassword) {
    // An existing database gets the administrator too; before, only `npm run seed` made it there.
    const outcome = await ensureSeedAdmin({ payload, email: env.seedAdminEmail, password: env.seedAdminPassword })
    if (outcome === 'created') payload.logger.info(`Admin ${env.seedAdminEmail} dibuat dari SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD.`)
    else payload.logger.info(`Admin ${env.seedAdminEmail} sudah ada; SEED_ADMIN_PASSWORD tidak mengubah kata sandinya.`)
  }

  let adminHandler
  if (isAdminServed) {
    const { default: next } = await import('next')
    const nextApp = next({ dev: false, dir: ROOT_DIR, quiet: true })
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    adminHandler = async (req: Parameters<typeof handle>[0], res: Parameters<typeof handle>[1]) => handle(req, res)
  }

  const app = createApp({ payload, config, adminHandler, publicUrl: env.publicUrl, bodyLimits: env.bodyLimits })
  const running = await listen({ app, payload, port: env.port })
  payload.logger.info(`Segar siap: admin ${running.url}/admin, API ${running.url}/api, kesehatan ${running.url}/healthz`)
  // Several web instances may all run it: each slot is claimed once in job-runs. SCHEDULER=off beside an `npm run worker`.
  const scheduler = env.scheduler.isEnabled ? startScheduler({ payload, env }) : null

  let isStopping = false
  const stop = async (signal: string) => {
    if (isStopping) return
    isStopping = true
    payload.logger.info(`${signal} diterima: berhenti menerima permintaan, menyelesaikan yang berjalan...`)
    try {
      await scheduler?.stop()
      await running.close()
      process.exit(0)
    } catch (error) {
      console.error(error)
      process.exit(1)
    }
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error) => {
  // By name, synchronously: Payload leaves a rejection of its own behind a failed connect, which must not print first.
  if (error instanceof Error && error.name === 'DatabaseOpenError') {
    fs.writeSync(2, `Segar tidak dapat dimulai. ${error.message}\n`)
    process.exit(1)
  }
  console.error(error)
  process.exit(1)
})
