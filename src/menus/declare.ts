import type { CollectionConfig, Where } from 'payload'

import type { CadenceCode } from '../domain/cadence'
import type { MenuImporter } from '../import/core'

/**
 * What counts as an update for a menu (freshness-model.md, "Two clocks"):
 * - `data-day`: the newest day the figures are about (a calendar date stored
 *   at 00:00Z); typing old figures in today changes nothing.
 * - `data-year`: the same with a year: the information is taken to describe
 *   the state from 1 January of that year.
 * - `items`: the newest real change of a published item; only items still
 *   valid by `validUntil` (a vacancy's closing day, an event's end) keep the
 *   menu from being empty. `isValidThroughDay`: the item holds through the
 *   whole Jakarta day of that date, not just until its moment.
 * - `published`: items by a publication date; one scheduled for later does not exist yet.
 * - `content`: the newest real content change, or a "masih benar" verification.
 */
export type UpdateClock =
  | { kind: 'data-day'; field: string }
  | { kind: 'data-year'; field: string }
  | { kind: 'items'; validUntil: string; isValidThroughDay: boolean }
  | { kind: 'published'; field: string }
  | { kind: 'content' }

/** One row the seed puts in the menu registry; an admin edits it afterwards. */
export type RegistrySeed = {
  kode: string
  judul: string
  deskripsi: string
  /** The owner office's singkatan (seed/data/offices.ts). */
  pemilik: string
  kadensi: CadenceCode
  /** Kontak layanan: the one `jenis` this row covers. */
  jenisKontak?: 'ambulans' | 'mobil-jenazah' | 'pemadam-kebakaran' | 'call-center'
}

/** Where a menu's documents keep outbound addresses, for the link check. */
export type LinkFields = {
  /** Plain text fields holding one address each. */
  urlFields?: string[]
  /** Rich text (Lexical) fields whose link nodes are collected. */
  richTextFields?: string[]
  titleField: string
  /** Collections without drafts: which documents are live. */
  liveWhere?: Where
}

type CollectionParts = Omit<CollectionConfig, 'slug' | 'versions' | 'access'>

type MenuParts<S extends string> = {
  slug: S
  /** The registry rows seeded for this menu: one, or (kontak layanan) one per `jenisKontak`. */
  registry: readonly RegistrySeed[]
  clock: UpdateClock
  /** A relation field by which each document names its own office: editors write only their office's. */
  ownerField?: string
  links?: LinkFields
}

/**
 * One portal menu, declared once: its collection's own parts (labels, admin,
 * fields, hooks, indexes) next to what makes it a menu. src/menus derives
 * everything else: the collection's access, drafts, audit and scope guard,
 * the registry rows, the freshness plan, the link sources, the import
 * endpoint and command.
 *
 * `editedBy: 'owner'` (the default): editors of the office owning the menu in
 * the registry keep it, with drafts, versions and an audit stamp.
 * `editedBy: 'admin'`: a directory only administrators change, with its own
 * access; no drafts, and its freshness is the newest `updatedAt`.
 */
export type MenuDeclaration<S extends string = string> = CollectionParts &
  MenuParts<S> &
  (
    | {
        editedBy?: 'owner'
        /** Rows may be imported in bulk (CSV/JSON) through POST /api/<slug>/import and `npm run import`. */
        importer?: MenuImporter
      }
    | { editedBy: 'admin'; importer?: never; access: CollectionConfig['access'] }
  )

/** Keeps the slug's literal type, so the derived lists know every menu by name. */
export function defineMenu<const S extends string>(declaration: MenuDeclaration<S>): MenuDeclaration<S> {
  return declaration
}
