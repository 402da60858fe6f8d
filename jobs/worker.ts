/**
 * npm run worker: the scheduled jobs without the web server, for a deployment
 * whose web instances run with SCHEDULER=off. Stops on SIGTERM or SIGINT
 * once the runs in progress have finished.
 */
import { openPayload } from '../src/bootstrap'
import { closeDatabase } from '../src/database'
import { EnvError, loadEnv } from '../src/env'
import { startScheduler } from './scheduler'

async function main() {
  const env = loadEnv()
  const { payload } = await openPayload({ env })
  const scheduler = startScheduler({ payload, env })

  let isStopping = false
  const stop = async (signal: string) => {
    if (isStopping) return
    isStopping = true
    payload.logger.info(`${signal} diterima: menunggu tugas yang sedang berjalan, lalu berhenti...`)
    try {
      await scheduler.stop()
      await closeDatabase(payload)
      process.exit(0)
    } catch (error) {
      console.error(error)
      process.exit(1)
    }
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error)
  process.exit(1)
})
