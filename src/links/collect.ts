import type { Payload, Where } from 'payload'

import { relationId } from '../domain/relation'
import { loadRegistry } from '../menus/registry'
import type { RegistryMenu } from '../menus/registry'
import { asSlug } from '../slugs'
import { SLUGS } from '../slugs'
import type { MenuCollection } from '../slugs'
import { LINK_SOURCES, hasLinkSource } from './sources'

/** One outbound link as it sits in one document of one menu. */
export type CollectedLink = {
  kunci: string
  url: string
  menuId: string | number
  kode: string
  koleksi: MenuCollection
  dokumen: string
  judulDokumen: string
  letak: string
  opd: string | number | null
  pemilik: string | number
}

type Doc = Record<string, unknown>

/** Every external address in a Lexical document: custom links and autolinks, never internal document links. */
export function richTextUrls(value: unknown): string[] {
  const found: string[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const record = node as Doc
    if (record.type === 'link' || record.type === 'autolink') {
      const fields = (record.fields ?? {}) as Doc
      if (fields.linkType !== 'internal' && typeof fields.url === 'string') found.push(fields.url)
    }
    if (Array.isArray(record.children)) for (const child of record.children) visit(child)
    if (record.root) visit(record.root)
  }
  visit(value)
  return found
}

/** Only absolute http(s) addresses are checked; mail, phone and in-page links are not links to a site. */
export function normaliseUrl(raw: string): string | null {
  const text = raw.trim()
  if (!/^https?:\/\//i.test(text)) return null
  try {
    const url = new URL(text)
    url.hash = ''
    return url.href
  } catch {
    return null
  }
}

const PAGE = 500

async function linksOfMenu({ payload, menu }: { payload: Payload; menu: RegistryMenu }): Promise<CollectedLink[]> {
  const source = LINK_SOURCES[menu.koleksi]
  if (!source) return []
  const config = payload.collections[asSlug(menu.koleksi)]?.config
  const hasDrafts = Boolean(config?.versions && typeof config.versions === 'object' && config.versions.drafts)
  const where: Where = hasDrafts ? { _status: { equals: 'published' } } : (source.liveWhere ?? {})
  const select = Object.fromEntries(
    [...source.urlFields, ...source.richTextFields, source.titleField, ...(source.ownerField ? [source.ownerField] : [])].map((field) => [field, true]),
  )
  const links: CollectedLink[] = []
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: asSlug(menu.koleksi),
      where,
      select,
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      overrideAccess: true,
    })
    for (const doc of result.docs as unknown as Doc[]) {
      const owner = (source.ownerField ? relationId(doc[source.ownerField]) : menu.koleksi === SLUGS.opd ? relationId(doc.id) : undefined) ?? null
      const found: { url: string; letak: string }[] = []
      for (const field of source.urlFields) if (typeof doc[field] === 'string') found.push({ url: doc[field] as string, letak: field })
      for (const field of source.richTextFields) for (const url of richTextUrls(doc[field])) found.push({ url, letak: field })
      const seen = new Set<string>()
      for (const { url: raw, letak } of found) {
        const url = normaliseUrl(raw)
        if (!url || seen.has(url)) continue
        seen.add(url)
        links.push({
          kunci: `${menu.kode}|${String(doc.id)}|${url}`,
          url,
          menuId: menu.id,
          kode: menu.kode,
          koleksi: menu.koleksi,
          dokumen: String(doc.id),
          judulDokumen: typeof doc[source.titleField] === 'string' ? (doc[source.titleField] as string) : '',
          letak,
          opd: owner ?? menu.pemilik.id,
          pemilik: menu.pemilik.id,
        })
      }
    }
    if (!result.hasNextPage) break
  }
  return links
}

/** The outbound links of every menu (or one, by kode) whose collection holds addresses. Published documents only. */
export async function collectLinks({ payload, kode }: { payload: Payload; kode?: string }): Promise<{ menus: RegistryMenu[]; links: CollectedLink[] }> {
  const menus = (await loadRegistry({ payload, kode })).filter((menu) => hasLinkSource(menu.koleksi))
  const links: CollectedLink[] = []
  for (const menu of menus) links.push(...(await linksOfMenu({ payload, menu })))
  return { menus, links }
}
