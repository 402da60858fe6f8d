import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const projectDir = path.dirname(fileURLToPath(import.meta.url))

/** Turbopack resolves nothing outside its root: widen it when node_modules is a symlink elsewhere (git worktrees sharing one install). */
function turbopackRoot() {
  const modules = fs.realpathSync(path.join(projectDir, 'node_modules'))
  let root = projectDir
  while (path.relative(root, modules).startsWith('..')) root = path.dirname(root)
  return root
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Segar's express server sets the security headers; this one only names the framework.
  poweredByHeader: false,
  // `npm run typecheck` checks types in CI; the start-up build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: turbopackRoot() },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })
// Payload turns off Turbopack's server fast refresh, a dev-server feature; Segar only builds and
// serves production bundles, where the flag does nothing but print "⨯ turbopackServerFastRefresh"
// like an error at every build and start.
if (config.experimental && 'turbopackServerFastRefresh' in config.experimental) {
  const { turbopackServerFastRefresh: _devOnly, ...experimental } = config.experimental
  config.experimental = experimental
}

export default config
