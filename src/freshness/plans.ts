/** How the freshness engine reads each menu: derived from the menu declarations (src/menus). */
export { MENU_PLANS, ruleKindOf } from '../menus'
export type { MenuPlan, UpdateClock } from '../menus'
