import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { LinkFeature, RelationshipFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import type { CollectionConfig, Config, SanitizedConfig } from 'payload'

import { collections, LARGEST_UPLOAD_BYTES, UPLOAD_SLUGS, uploadCollections } from '../collections'
import { LOGGING_LEVELS, logRefusedLogin } from './admin/authLog'
import { withIndonesianFormats } from './admin/formats'
import { SEGAR_FAVICON_URL } from './admin/graphics/mark'
import { withRelationCells } from './admin/relationCells'
import { withRoleNavigation } from './admin/roleNavigation'
import { withDuplicateOptIn } from './access/duplicateOptIn'
import { withPreferenceDeleteFix } from './access/preferenceDelete'
import { databaseAdapter } from './database'
import { payloadEmailAdapter } from './email/payloadAdapter'
import type { Env } from './env'
import { withCompleteVersions } from './fields/completeVersions'
import { withInputContracts } from './fields/inputGuard'
import { withImportStaging } from './import/staging'
import { freshnessEndpoints } from './freshness/endpoints'
import { badgeEndpoints } from './public/badgeEndpoints'
import { withCacheInvalidation } from './http/invalidation'
import { settingsFromEnv } from './settings'
import { SLUGS } from './slugs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type SegarConfigOptions = {
  /** Push the schema from the collections instead of running migrations (throwaway test databases). */
  isSchemaPushed?: boolean
}

/**
 * The origins a browser may call the API from with the admin's cookie (CSRF)
 * or read it from (CORS): the public address, and in development also the
 * local addresses of the configured port.
 */
export function trustedOrigins(env: Pick<Env, 'publicUrl' | 'port' | 'isProduction'>): string[] {
  const origins = [new URL(env.publicUrl).origin]
  if (!env.isProduction) origins.push(`http://localhost:${env.port}`, `http://127.0.0.1:${env.port}`, `http://[::1]:${env.port}`)
  return [...new Set(origins)]
}

/** Session cookies are Secure when the public address is https; reset links are absolute, on the public address. */
function withAccountSettings({ collection, env }: { collection: CollectionConfig; env: Env }): CollectionConfig {
  if (collection.slug !== SLUGS.users || typeof collection.auth !== 'object') return collection
  const resetUrl = (token: string) => `${env.publicUrl}/admin/reset/${encodeURIComponent(token)}`
  return {
    ...collection,
    auth: {
      ...collection.auth,
      cookies: { ...collection.auth.cookies, secure: env.publicUrl.startsWith('https://') },
      forgotPassword: {
        generateEmailSubject: () => 'Atur ulang kata sandi Segar',
        generateEmailHTML: (args) => {
          const url = resetUrl(String(args?.token ?? ''))
          return `<p>Seseorang meminta pengaturan ulang kata sandi akun Segar Anda.</p><p><a href="${url}">${url}</a></p><p>Abaikan email ini bila bukan Anda yang memintanya.</p>`
        },
      },
    },
  }
}

export async function segarConfig(env: Env, { isSchemaPushed = false }: SegarConfigOptions = {}): Promise<SanitizedConfig> {
  const origins = trustedOrigins(env)
  const config: Config = {
    secret: env.payloadSecret,
    // Without PUBLIC_URL the admin stays on whichever local address it was opened at.
    serverURL: env.isPublicUrlSet ? env.publicUrl : undefined,
    custom: settingsFromEnv(env),
    cookiePrefix: 'segar',
    cors: origins,
    csrf: origins,
    collections: [...collections, ...uploadCollections({ dir: path.join(env.dataDir, 'uploads') })].map((collection) => withAccountSettings({ collection, env })),
    // Each upload collection enforces its own, smaller limit with a 400; the parser only stops
    // reading past the largest one, marking the file truncated instead of failing the request.
    upload: { limits: { fileSize: LARGEST_UPLOAD_BYTES }, abortOnLimit: false },
    endpoints: [...freshnessEndpoints, ...badgeEndpoints],
    db: databaseAdapter({ url: env.databaseUrl, kind: env.databaseKind, isSchemaPushed }),
    // A file is public once an upload field of published content links to it (collections/uploads/access.ts);
    // rich text gets no file nodes or links to files, which no query could find.
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter((feature) => !['upload', 'relationship', 'link'].includes(feature.key)),
        LinkFeature({ disabledCollections: UPLOAD_SLUGS }),
        RelationshipFeature({ disabledCollections: UPLOAD_SLUGS }),
      ],
    }),
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
        graphics: { Logo: '/admin/graphics/Logo#SegarLogo', Icon: '/admin/graphics/Icon#SegarIcon' },
        beforeLogin: ['/admin/graphics/LoginText#SegarLoginText'],
        afterNavLinks: ['/components/Kesegaran/NavLink#KesegaranNavLink'],
        beforeDashboard: ['/components/Kesegaran/Dashboard#KesegaranDashboard'],
      },
      meta: {
        titleSuffix: ' · Segar',
        description: 'Segar: CMS portal Kota Palembang yang tahu kapan isinya basi.',
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: SEGAR_FAVICON_URL }],
      },
      dateFormat: 'd MMMM yyyy, HH.mm',
    },
    typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
    telemetry: false,
    logger: { options: { level: env.logLevel } },
    loggingLevels: LOGGING_LEVELS,
    hooks: { afterError: [logRefusedLogin] },
  }
  // Wrapped here, once, not per collection file: every collection's writes must empty the REST
  // response cache, every collection's input meets the contract its fields declare, and rows an
  // import has staged are nobody's to see.
  return withPreferenceDeleteFix(withDuplicateOptIn(await buildConfig(withRoleNavigation(withIndonesianFormats(withRelationCells(withCacheInvalidation(withCompleteVersions(withImportStaging(withInputContracts(config))))))))))
}
