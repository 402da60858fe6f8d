import type { MenuKind } from '../domain/freshness'
import { SLUGS } from '../slugs'
import type { MenuCollection } from '../slugs'

/**
 * What counts as an update, per menu collection (freshness-model.md, "Two
 * clocks"), as data:
 * - `data-day`: the newest day the figures are about (`tanggal`, a calendar
 *   date stored at 00:00Z); typing old figures in today changes nothing.
 * - `data-year`: the same with a year (`tahunData`): the information is taken
 *   to describe the state from 1 January of that year.
 * - `items`: the newest published item by its own date field; only items
 *   still valid (vacancy open, event not over) keep the menu from being empty.
 * - `published`: items by a publication date (`tanggalTerbit`); an item
 *   scheduled for later does not exist yet.
 * - `content`: the newest real content change (`isiDiubahPada`), or a
 *   "masih benar" verification.
 */
export type UpdateClock =
  | { kind: 'data-day'; field: string }
  | { kind: 'data-year'; field: string }
  | { kind: 'items'; validity: 'vacancy' | 'event' }
  | { kind: 'published'; field: string }
  | { kind: 'content' }

export type MenuPlan = {
  clock: UpdateClock
  /** Kontak layanan: each registry row covers one `jenis`. */
  filterByJenisKontak?: boolean
}

export const MENU_PLANS: Record<MenuCollection, MenuPlan> = {
  [SLUGS.hargaPangan]: { clock: { kind: 'data-day', field: 'tanggal' } },
  [SLUGS.statistikCovid]: { clock: { kind: 'data-day', field: 'tanggal' } },
  [SLUGS.peluangInvestasi]: { clock: { kind: 'data-year', field: 'tahunData' } },
  [SLUGS.lowonganKerja]: { clock: { kind: 'items', validity: 'vacancy' } },
  [SLUGS.agenda]: { clock: { kind: 'items', validity: 'event' } },
  [SLUGS.berita]: { clock: { kind: 'published', field: 'tanggalTerbit' } },
  [SLUGS.kontakLayanan]: { clock: { kind: 'content' }, filterByJenisKontak: true },
  [SLUGS.layananPublik]: { clock: { kind: 'content' } },
  [SLUGS.formulir]: { clock: { kind: 'content' } },
  [SLUGS.dokumen]: { clock: { kind: 'content' } },
  [SLUGS.opd]: { clock: { kind: 'content' } },
}

/** The rule's notion of the menu, which decides how its messages are worded and whether verification counts. */
export function ruleKindOf(clock: UpdateClock): MenuKind {
  if (clock.kind === 'data-day' || clock.kind === 'data-year') return 'data'
  if (clock.kind === 'items' || clock.kind === 'published') return 'items'
  return 'reference'
}
