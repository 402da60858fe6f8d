/** The registry rows each menu declares (collections/menus), in the order they are seeded. */
export { SEED_MENUS } from '../../src/menus'
export type { SeedMenu } from '../../src/menus'
