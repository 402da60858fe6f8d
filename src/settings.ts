import type { SanitizedConfig } from 'payload'

import type { Env, LinkCheckSettings } from './env'

/**
 * What request handlers and jobs need from the environment, read once at
 * start (src/env.ts) and carried in Payload's config, so that code holding
 * only `payload` or `req` never reads the process environment on its own.
 */
export type SegarSettings = {
  /** PUBLIC_URL, or http://localhost:PORT without it. */
  publicUrl: string
  isPublicUrlSet: boolean
  linkCheck: LinkCheckSettings
}

export function settingsFromEnv(env: Env): { segar: SegarSettings } {
  return { segar: { publicUrl: env.publicUrl, isPublicUrlSet: env.isPublicUrlSet, linkCheck: env.linkCheck } }
}

export function settingsOf({ config }: { config: Pick<SanitizedConfig, 'custom'> }): SegarSettings {
  const settings = (config.custom as { segar?: SegarSettings } | undefined)?.segar
  if (!settings) throw new Error('Konfigurasi Payload ini tidak dibuat oleh segarConfig: pengaturan Segar tidak ada.')
  return settings
}
