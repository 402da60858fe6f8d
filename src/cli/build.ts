/** Builds the admin panel now, whether or not the sources changed: npm run build */
import { ensureAdminBuild } from '../admin-build'

await ensureAdminBuild({ isForced: true })
process.exit(0)
