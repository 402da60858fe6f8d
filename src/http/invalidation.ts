import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook, Payload } from 'payload'

import { bumpContentGeneration } from './generation'

const bumpAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  bumpContentGeneration()
  return doc
}

const bumpAfterDelete: CollectionAfterDeleteHook = () => {
  bumpContentGeneration()
}

const bumpAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  bumpContentGeneration()
  return doc
}

const watchedAdapters = new WeakSet<object>()

/**
 * Payload runs afterChange/afterDelete hooks inside the write's transaction,
 * before it commits. A read starting between the hook and the commit would see
 * the old rows under the new generation and keep them cached, so the
 * generation moves once more when the transaction commits.
 */
function bumpOnCommit(payload: Payload): void {
  const db = payload.db
  if (watchedAdapters.has(db)) return
  watchedAdapters.add(db)
  const commit = db.commitTransaction.bind(db)
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      bumpContentGeneration()
    }
  }
}

/**
 * Every write made through Payload (REST, Local API, admin, jobs) invalidates
 * the anonymous response cache of this process. Writes made in other processes
 * (another instance, the import CLI) are not seen here: those reach readers
 * once the cached answer ages out, after at most the API's max-age.
 */
export function withCacheInvalidation(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), bumpAfterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), bumpAfterDelete],
      },
    })),
    globals: config.globals?.map((global) => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), bumpAfterGlobalChange] },
    })),
    onInit: async (payload) => {
      bumpOnCommit(payload)
      await config.onInit?.(payload)
    },
  }
}
