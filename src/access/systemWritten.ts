import type { Access, CollectionConfig } from 'payload'

import { isSystemOnly } from './canReadOwnMenuHistory'

/**
 * Access for a record only the system writes (the jobs, through the Local
 * API): `read` decides who sees it; nobody creates, changes or deletes it
 * over REST or GraphQL.
 */
export function systemWritten({ read }: { read: Access }): NonNullable<CollectionConfig['access']> {
  return { read, create: isSystemOnly, update: isSystemOnly, delete: isSystemOnly }
}
