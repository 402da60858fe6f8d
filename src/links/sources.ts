/** Where each menu collection keeps outbound addresses: derived from the menu declarations (src/menus). */
export { LINK_SOURCES, hasLinkSource } from '../menus'
export type { LinkSource } from '../menus'
