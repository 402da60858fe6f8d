/** Builds the admin panel now, whether or not the sources changed: npm run build */
import { ensureAdminBuild } from '../admin-build'
import { EnvError, loadEnv } from '../env'

try {
  loadEnv()
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error)
  process.exit(1)
}

await ensureAdminBuild({ isForced: true })
process.exit(0)
