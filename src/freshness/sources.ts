/** Moved to src/slugs.ts, where links and freshness both find them without importing each other. */
export { asSlug, hasCollection } from '../slugs'
