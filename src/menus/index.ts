/**
 * Everything a portal menu needs besides its declaration
 * (collections/menus), derived here and nowhere else: its Payload collection,
 * its registry seed rows, its freshness plan, its link sources, its importer.
 * To add a menu, write its declaration and list it in collections/menus/index.ts.
 */
import type { CollectionConfig } from 'payload'

import { MENUS } from '../../collections/menus'
import { guardEditorScope, menuAccess } from '../access/menuAccess'
import type { MenuKind } from '../domain/freshness'
import { auditFields, stampAudit } from '../fields/audit'
import type { MenuImporter } from '../import/core'
import { importEndpoint } from '../import/endpoint'
import { importBatchField } from '../import/staging'
import type { MenuCollection } from '../slugs'
import type { LinkFields, MenuDeclaration, RegistrySeed, UpdateClock } from './declare'

export type { LinkFields, MenuDeclaration, RegistrySeed, UpdateClock } from './declare'

const declarations: readonly MenuDeclaration<MenuCollection>[] = MENUS

/** The collections that are portal menus, each with a row in the menu registry. */
export const MENU_COLLECTIONS: readonly MenuCollection[] = declarations.map((menu) => menu.slug)

export const isMenuCollection = (value: string): value is MenuCollection => (MENU_COLLECTIONS as readonly string[]).includes(value)

export function declarationOf(slug: MenuCollection): MenuDeclaration<MenuCollection> {
  const declaration = declarations.find((menu) => menu.slug === slug)
  if (!declaration) throw new Error(`Koleksi ${slug} tidak dikenal sebagai menu portal.`)
  return declaration
}

/** How the freshness engine reads one menu's collection. */
export type MenuPlan = {
  clock: UpdateClock
  /** Kontak layanan: each registry row covers one `jenis`. */
  filterByJenisKontak: boolean
  /** Whether only published documents count (menus kept by their owner office have drafts). */
  hasDrafts: boolean
  /** The stamp of a real content change; the office directory has only `updatedAt`, which any save moves. */
  changeField: 'isiDiubahPada' | 'updatedAt'
}

const isKeptByOwner = (menu: MenuDeclaration) => menu.editedBy !== 'admin'

export const MENU_PLANS: Record<MenuCollection, MenuPlan> = Object.fromEntries(
  declarations.map((menu) => [
    menu.slug,
    {
      clock: menu.clock,
      filterByJenisKontak: menu.registry.some((row) => row.jenisKontak !== undefined),
      hasDrafts: isKeptByOwner(menu),
      changeField: isKeptByOwner(menu) ? 'isiDiubahPada' : 'updatedAt',
    },
  ]),
) as Record<MenuCollection, MenuPlan>

/** The rule's notion of the menu, which decides how its messages are worded and whether verification counts. */
export function ruleKindOf(clock: UpdateClock): MenuKind {
  if (clock.kind === 'data-day' || clock.kind === 'data-year') return 'data'
  if (clock.kind === 'items' || clock.kind === 'published') return 'items'
  return 'reference'
}

export type LinkSource = Required<Pick<LinkFields, 'urlFields' | 'richTextFields'>> &
  Pick<LinkFields, 'titleField' | 'liveWhere'> & {
    /** The document's own office; the menu owner otherwise. */
    ownerField?: string
  }

/** Where each menu collection keeps outbound addresses. */
export const LINK_SOURCES: Partial<Record<MenuCollection, LinkSource>> = Object.fromEntries(
  declarations.flatMap((menu) =>
    menu.links
      ? [
          [
            menu.slug,
            {
              urlFields: menu.links.urlFields ?? [],
              richTextFields: menu.links.richTextFields ?? [],
              titleField: menu.links.titleField,
              ...(menu.ownerField ? { ownerField: menu.ownerField } : {}),
              ...(menu.links.liveWhere ? { liveWhere: menu.links.liveWhere } : {}),
            },
          ],
        ]
      : [],
  ),
)

export const hasLinkSource = (koleksi: string) => koleksi in LINK_SOURCES

export type SeedMenu = RegistrySeed & { koleksi: MenuCollection }

/** One registry row per portal menu (kontak layanan: one per jenis), with the owner office and cadence agreed in issue 3. */
export const SEED_MENUS: readonly SeedMenu[] = declarations.flatMap((menu) => menu.registry.map((row) => ({ ...row, koleksi: menu.slug })))

/** The menus whose rows may be imported in bulk, with how. */
export const IMPORTERS: Partial<Record<MenuCollection, MenuImporter>> = Object.fromEntries(
  declarations.flatMap((menu) => (menu.importer ? [[menu.slug, menu.importer]] : [])),
)

export const IMPORTABLE: readonly MenuCollection[] = declarations.flatMap((menu) => (menu.importer ? [menu.slug] : []))

export const isImportable = (value: string): value is MenuCollection => (IMPORTABLE as readonly string[]).includes(value)

/**
 * A menu's Payload collection. Kept by its owner office: drafts and
 * publishing, a version of every change, access scoped by the menu registry
 * on every path (the scope guard runs last, after every other hook), and who
 * last changed what. Drafts are validated too, so a bad value is never
 * stored, not even in a draft. A copy is a quick start for a similar entry;
 * the scope guard checks it like any other write.
 */
export function menuCollectionOf(menu: MenuDeclaration<MenuCollection>): CollectionConfig {
  const { registry: _registry, clock: _clock, links: _links, editedBy, importer, ownerField, ...collection } = menu
  if (editedBy === 'admin') return collection as CollectionConfig
  const { slug, fields, hooks, endpoints, ...rest } = collection
  return {
    ...rest,
    slug,
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    access: menuAccess({ koleksi: slug, ownerField }),
    disableDuplicate: false,
    ...(importer || endpoints
      ? { endpoints: [...(Array.isArray(endpoints) ? endpoints : []), ...(importer ? [importEndpoint({ koleksi: slug })] : [])] }
      : {}),
    fields: [...fields, ...auditFields, ...(importer ? [importBatchField] : [])],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks?.beforeChange ?? []), stampAudit, guardEditorScope({ koleksi: slug, ownerField })],
    },
  }
}

export const menuCollections: CollectionConfig[] = declarations.map(menuCollectionOf)
