import type { CollectionConfig, Config } from 'payload'

import { asUser, hasRole } from '../access/roles'
import type { SegarUser } from '../access/roles'
import { MENU_COLLECTIONS } from '../menus'
import { SLUGS } from '../slugs'

/**
 * What an editor works with in the admin: its menus' content, their files, the commodity list
 * prices refer to, and the citizen reports it marks handled. The rest (users, exceptions, the
 * outbox, job runs, the sweep's history…) is the reviewers' and admins' to open.
 */
export const EDITOR_COLLECTIONS: ReadonlySet<string> = new Set([
  ...MENU_COLLECTIONS,
  SLUGS.komoditas,
  SLUGS.laporanWarga,
  SLUGS.media,
  SLUGS.berkasFormulir,
  SLUGS.berkasDokumen,
])

export const isStaff = (user: SegarUser | null | undefined) => hasRole(user, 'admin') || hasRole(user, 'reviewer')

/** Whether the admin's navigation, dashboard and list routes show a collection to this user. */
export function isCollectionShown({ slug, user }: { slug: string; user: unknown }): boolean {
  const segarUser = asUser(user)
  return isStaff(segarUser) || EDITOR_COLLECTIONS.has(slug)
}

/** Hides in the admin what a role cannot use; access itself stays enforced by each collection's rules. */
export function withRoleNavigation(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection: CollectionConfig): CollectionConfig => {
      const hidden = collection.admin?.hidden
      if (hidden === true) return collection
      return {
        ...collection,
        admin: {
          ...collection.admin,
          hidden: (args) => !isCollectionShown({ slug: collection.slug, user: args.user }) || (typeof hidden === 'function' ? hidden(args) : false),
        },
      }
    }),
  }
}
