import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { Payload, Where } from 'payload'

import { MENU_COLLECTIONS } from '../src/menus'
import type { MenuCollection } from '../src/slugs'
import { ensureDoc, paragraphs, requireOffice } from './ensure'
import type { SeedReport } from './ensure'

/** One demo document: `key` finds it again (so a second run creates nothing), `data` is the rest. */
export type DemoItem = { key: Record<string, string | number>; data: Record<string, unknown> }

export type DemoContext = {
  now: Date
  /** A day relative to `now`, at a given hour in Palembang (WIB). */
  dayAt: (days: number, hourWib: number) => Date
  /** An office's id by its singkatan. */
  office: (singkatan: string) => string | number
  /** Lexical rich text from plain paragraphs. */
  paragraphs: typeof paragraphs
}

/** What a file in seed/data/demo exports: the demo documents of the menu it is named after. */
export type MenuDemo = (context: DemoContext) => DemoItem[]

const DEMO_DIR = fileURLToPath(new URL('./data/demo/', import.meta.url))

/**
 * The demo content of every menu that has a file `seed/data/demo/<slug>.ts`,
 * published, stamped as changed at `updatedAt`. A menu gets demo content by
 * adding that file; nothing here names a menu.
 */
export async function seedMenuDemos({
  payload,
  report,
  offices,
  now,
  updatedAt,
  dayAt,
}: {
  payload: Payload
  report: SeedReport
  offices: Map<string, string | number>
  now: Date
  updatedAt: Date
  dayAt: DemoContext['dayAt']
}): Promise<MenuCollection[]> {
  const seeded: MenuCollection[] = []
  for (const slug of MENU_COLLECTIONS) {
    const file = `${DEMO_DIR}${slug}.ts`
    if (!existsSync(file)) continue
    const { demo } = (await import(pathToFileURL(file).href)) as { demo: MenuDemo }
    const items = demo({ now, dayAt, office: (singkatan) => requireOffice(offices, singkatan), paragraphs })
    for (const { key, data } of items) {
      const where: Where = { and: Object.entries(key).map(([field, value]) => ({ [field]: { equals: value } })) }
      await ensureDoc({ payload, report, collection: slug, where, data: { ...key, ...data, _status: 'published' }, context: { now: updatedAt } })
    }
    seeded.push(slug)
  }
  return seeded
}
