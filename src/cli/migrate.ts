/** Brings the configured database's schema up to date: npm run migrate */
import { openPayload } from '../bootstrap'
import { EnvError, loadEnv } from '../env'

try {
  const env = loadEnv()
  const { payload } = await openPayload({ env })
  payload.logger.info('Skema basis data sudah mutakhir.')
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error)
  process.exit(1)
}
