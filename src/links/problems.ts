import type { Payload } from 'payload'

import { asSlug } from '../slugs'
import { SLUGS } from '../slugs'
import { hasLinkSource } from './sources'

export type LinkProblems = { broken: number; soft404: number; since: Date | null }

type Row = { hasil?: string; dikonfirmasiPada?: string | Date | null }

/**
 * Confirmed failing links of one menu, as the freshness rule takes them.
 * Null when the menu's collection holds no links or the checker is not in
 * the config; one indexed read of the (few) confirmed rows otherwise.
 */
export async function linkProblemsForMenu({
  payload,
  kode,
  koleksi,
  now,
}: {
  payload: Payload
  kode: string
  /** The menu's collection, when known: menus without links are answered without a query. */
  koleksi?: string
  /** A replayed moment sees only failures confirmed by then. */
  now?: Date
}): Promise<LinkProblems | null> {
  if (koleksi !== undefined && !hasLinkSource(koleksi)) return null
  const result = await payload.db.find<Row>({
    collection: asSlug(SLUGS.hasilTautan),
    where: {
      and: [
        { kode: { equals: kode } },
        { terkonfirmasi: { equals: true } },
        ...(now ? [{ dikonfirmasiPada: { less_than_equal: now.toISOString() } }] : []),
      ],
    },
    limit: 0,
    pagination: false,
    select: { hasil: true, dikonfirmasiPada: true },
  })
  let broken = 0
  let soft404 = 0
  let since: Date | null = null
  for (const row of result.docs) {
    if (row.hasil === 'broken') broken += 1
    else if (row.hasil === 'soft-404') soft404 += 1
    else continue
    const at = row.dikonfirmasiPada ? new Date(row.dikonfirmasiPada) : null
    if (at && !Number.isNaN(at.getTime()) && (since === null || at < since)) since = at
  }
  return { broken, soft404, since }
}
