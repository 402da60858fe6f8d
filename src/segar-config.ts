import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import type { Config, SanitizedConfig } from 'payload'

import { collections, LARGEST_UPLOAD_BYTES, uploadCollections } from '../collections'
import { databaseAdapter } from './database'
import { payloadEmailAdapter } from './email/payloadAdapter'
import type { Env } from './env'
import { withInputContracts } from './fields/inputGuard'
import { withImportStaging } from './import/staging'
import { freshnessEndpoints } from './freshness/endpoints'
import { withCacheInvalidation } from './http/invalidation'
import { SLUGS } from './slugs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type SegarConfigOptions = {
  /** Push the schema from the collections instead of running migrations (throwaway test databases). */
  isSchemaPushed?: boolean
}

export function segarConfig(env: Env, { isSchemaPushed = false }: SegarConfigOptions = {}): Promise<SanitizedConfig> {
  const config: Config = {
    secret: env.payloadSecret,
    serverURL: process.env.PUBLIC_URL ? env.publicUrl : undefined,
    cookiePrefix: 'segar',
    cors: '*',
    collections: [...collections, ...uploadCollections({ dir: path.join(env.dataDir, 'uploads') })],
    // Each upload collection enforces its own, smaller limit with a 400; the parser only stops
    // reading past the largest one, marking the file truncated instead of failing the request.
    upload: { limits: { fileSize: LARGEST_UPLOAD_BYTES }, abortOnLimit: false },
    endpoints: [...freshnessEndpoints],
    db: databaseAdapter({ url: env.databaseUrl, kind: env.databaseKind, isSchemaPushed }),
    editor: lexicalEditor(),
    email: payloadEmailAdapter({ env }),
    i18n: {
      supportedLanguages: { id, en },
      fallbackLanguage: 'id',
    },
    admin: {
      user: SLUGS.users,
      // Gravatar would make every admin page fetch from outside the city's network.
      avatar: 'default',
      importMap: { baseDir: dirname },
      components: {
        views: {
          kesegaran: { Component: '/components/Kesegaran/View#KesegaranView', path: '/kesegaran' },
        },
        afterNavLinks: ['/components/Kesegaran/NavLink#KesegaranNavLink'],
        beforeDashboard: ['/components/Kesegaran/Dashboard#KesegaranDashboard'],
      },
      meta: {
        titleSuffix: ' · Segar',
        description: 'Segar: CMS portal Kota Palembang yang tahu kapan isinya basi.',
      },
      dateFormat: 'd MMMM yyyy, HH.mm',
    },
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
    telemetry: false,
    logger: { options: { level: env.logLevel } },
  }
  // Wrapped here, once, not per collection file: every collection's writes must empty the REST
  // response cache, every collection's input meets the contract its fields declare, and rows an
  // import has staged are nobody's to see.
  return buildConfig(withCacheInvalidation(withImportStaging(withInputContracts(config))))
}
