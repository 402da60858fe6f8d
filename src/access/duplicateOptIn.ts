import type { SanitizedConfig } from 'payload'

/**
 * Payload offers `POST /api/<slug>/:id/duplicate` on every collection unless
 * told otherwise. A copy of an account, an office, a registry row, a file, a
 * lock, a preference or a system record makes no sense and would skip the
 * rules that make those, so duplicating is off unless a collection opts in
 * with `disableDuplicate: false` (the menu content collections do). Applied
 * to the built config so that Payload's own collections are closed too, and
 * a collection added later starts closed.
 */
export function withDuplicateOptIn(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) collection.disableDuplicate ??= true
  return config
}
