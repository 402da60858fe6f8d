import { NotFound } from 'payload'
import type { Endpoint, SanitizedConfig } from 'payload'

const PREFERENCES = 'payload-preferences'

/**
 * Payload's `DELETE /api/payload-preferences/:key` hands its where clause on
 * the polymorphic `user` relation straight to the SQL adapters' deleteOne,
 * which fails with a 500 when the caller has no such key. Looking the
 * preference up first through the same rule (the caller's own, by key)
 * answers 404 instead, on every database.
 */
export function withPreferenceDeleteFix(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find((collection) => collection.slug === PREFERENCES)
  if (!preferences || !Array.isArray(preferences.endpoints)) return config
  preferences.endpoints = preferences.endpoints.map((endpoint): Endpoint => {
    if (endpoint.method !== 'delete' || endpoint.path !== '/:key') return endpoint
    return {
      ...endpoint,
      handler: async (req) => {
        const key = req.routeParams?.key
        if (req.user && typeof key === 'string') {
          const found = await req.payload.find({
            collection: PREFERENCES,
            where: {
              and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }],
            },
            depth: 0,
            limit: 1,
            pagination: false,
            overrideAccess: true,
            req,
          })
          if (found.docs.length === 0) throw new NotFound(req.t)
        }
        return endpoint.handler(req)
      },
    }
  })
  return config
}
