import type { CollectionSlug, Payload } from 'payload'

/**
 * Whether a collection is in the running config. Verification, exceptions,
 * citizen reports and the holiday calendar are built alongside the engine;
 * one not (yet) registered reads as empty instead of failing every menu.
 */
export function hasCollection({ payload, slug }: { payload: Payload; slug: string }): boolean {
  return Boolean((payload.collections as Record<string, unknown>)[slug])
}

/** For queries on a collection chosen at run time (a registry row's `koleksi`), where the generated per-slug types cannot apply. */
export const asSlug = (slug: string) => slug as CollectionSlug
