import type { Payload, Where } from 'payload'

import { jakartaDay } from '../domain/calendar'
import { addDays, storedCalendarDate } from '../domain/calendarDate'
import { startOfJakartaDay } from '../domain/calendar'
import type { FreshnessMenu, MenuKind } from '../domain/freshness'
import type { MenuOwner, RegistryMenu } from '../menus/registry'
import { SLUGS } from '../slugs'
import { linkProblemsForMenu } from '../links/problems'
import type { LinkProblems } from '../links/problems'
import { activeException } from './activeException'
import type { ActiveException, ExceptionRecord } from './activeException'
import { MENU_PLANS, ruleKindOf } from './plans'
import type { MenuPlan, UpdateClock } from './plans'
import { asSlug } from '../slugs'

export type { MenuOwner, RegistryMenu }

/** The aggregates the freshness rule needs for one menu, each read by one indexed query. */
export type MenuFacts = {
  kind: MenuKind
  dataDate: Date | null
  /** Data menus: the day ('YYYY-MM-DD') or year ('YYYY') the newest data is about. */
  tanggalData: string | null
  verifiedAt: Date | null
  publishedCount: number
  validCount: number
  /** False for data menus: only whether anything is published is looked up, never a count over every row. */
  isCounted: boolean
  itemsValidUntil: Date | null
  openReports: number
  oldestOpenReportAt: Date | null
  pengecualian: ActiveException | null
  /** Confirmed failing links in the menu's documents (null where its collection holds none). */
  links: LinkProblems | null
}

type Doc = Record<string, unknown>

const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date
}

const and = (...conditions: (Where | undefined)[]): Where => {
  const present = conditions.filter((condition): condition is Where => condition !== undefined)
  if (present.length === 0) return {}
  return present.length === 1 ? present[0]! : { and: present }
}

type CollectionTraits = Pick<MenuPlan, 'hasDrafts' | 'changeField'>

/*
 * The aggregates are read through the database adapter (payload.db), not the
 * Local API operations: no hooks, access or population apply to a single date
 * or a count, and skipping that machinery halves the cost of each of the
 * sweep's many small queries.
 */

/** The newest value of one field among the documents matching `where`: ORDER BY field DESC LIMIT 1 on its index. */
async function newest({ payload, slug, field, where }: { payload: Payload; slug: string; field: string; where: Where }): Promise<unknown> {
  const result = await payload.db.find<Doc>({
    collection: asSlug(slug),
    where: and(where, { [field]: { exists: true } }),
    sort: `-${field}`,
    limit: 1,
    pagination: false,
    select: { [field]: true },
  })
  return result.docs[0]?.[field]
}

async function count({ payload, slug, where }: { payload: Payload; slug: string; where: Where }): Promise<number> {
  const result = await payload.db.count({ collection: asSlug(slug), where })
  return result.totalDocs
}

async function exists({ payload, slug, where }: { payload: Payload; slug: string; where: Where }): Promise<boolean> {
  const result = await payload.db.find({ collection: asSlug(slug), where, limit: 1, pagination: false, select: { id: true } })
  return result.docs.length > 0
}

type ClockFacts = Pick<MenuFacts, 'dataDate' | 'tanggalData' | 'publishedCount' | 'validCount' | 'isCounted' | 'itemsValidUntil'>

/** The newest real change of a published document, else when it was created (documents older than the audit stamp). */
async function newestChange({ payload, slug, traits, where, now }: { payload: Payload; slug: string; traits: CollectionTraits; where: Where; now: Date }) {
  const notAfterNow = { less_than_equal: now.toISOString() }
  const changed = await newest({ payload, slug, field: traits.changeField, where: and(where, { [traits.changeField]: notAfterNow }) })
  if (changed !== undefined || traits.changeField !== 'isiDiubahPada') return toDate(changed)
  return toDate(await newest({ payload, slug, field: 'createdAt', where: and(where, { createdAt: notAfterNow }) }))
}

async function clockFacts({
  payload,
  slug,
  clock,
  published,
  traits,
  now,
}: {
  payload: Payload
  slug: string
  clock: UpdateClock
  published: Where
  traits: CollectionTraits
  now: Date
}): Promise<ClockFacts> {
  const none = { tanggalData: null, itemsValidUntil: null }

  if (clock.kind === 'data-day') {
    // A calendar date is stored at 00:00Z of its day, so "not after today in Jakarta" is "before tomorrow's stored value".
    const tomorrow = storedCalendarDate(addDays({ date: jakartaDay({ at: now }), days: 1 }))
    const value = await newest({ payload, slug, field: clock.field, where: and(published, { [clock.field]: { less_than: tomorrow } }) })
    const dataDate = toDate(value)
    // Only rows dated after today can still exist; they make the menu's date unknown, not the menu empty.
    const present = dataDate || (await exists({ payload, slug, where: published })) ? 1 : 0
    return {
      ...none,
      dataDate,
      tanggalData: dataDate ? dataDate.toISOString().slice(0, 10) : null,
      publishedCount: present,
      validCount: present,
      isCounted: false,
    }
  }

  if (clock.kind === 'data-year') {
    const thisYear = Number(jakartaDay({ at: now }).slice(0, 4))
    const value = await newest({ payload, slug, field: clock.field, where: and(published, { [clock.field]: { less_than_equal: thisYear } }) })
    const year = typeof value === 'number' && Number.isInteger(value) ? value : null
    const present = year !== null || (await exists({ payload, slug, where: published })) ? 1 : 0
    return {
      ...none,
      dataDate: year === null ? null : new Date(`${String(year).padStart(4, '0')}-01-01T00:00:00.000Z`),
      tanggalData: year === null ? null : String(year),
      publishedCount: present,
      validCount: present,
      isCounted: false,
    }
  }

  if (clock.kind === 'published') {
    const visible = and(published, { [clock.field]: { less_than_equal: now.toISOString() } })
    const [value, visibleCount] = await Promise.all([
      newest({ payload, slug, field: clock.field, where: visible }),
      count({ payload, slug, where: visible }),
    ])
    return { ...none, dataDate: toDate(value), publishedCount: visibleCount, validCount: visibleCount, isCounted: true }
  }

  if (clock.kind === 'items') {
    const endField = clock.validUntil
    // A vacancy is open through its closing day; an event is current until it ends.
    const validFrom = clock.isValidThroughDay ? startOfJakartaDay({ at: now }) : now
    const valid = and(published, { [endField]: { greater_than_equal: validFrom.toISOString() } })
    const [dataDate, publishedCount, validCount] = await Promise.all([
      newestChange({ payload, slug, traits, where: published, now }),
      count({ payload, slug, where: published }),
      count({ payload, slug, where: valid }),
    ])
    const itemsValidUntil =
      validCount === 0 && publishedCount > 0 ? toDate(await newest({ payload, slug, field: endField, where: published })) : null
    return { dataDate, tanggalData: null, publishedCount, validCount, isCounted: true, itemsValidUntil }
  }

  const [dataDate, publishedCount] = await Promise.all([
    newestChange({ payload, slug, traits, where: published, now }),
    count({ payload, slug, where: published }),
  ])
  return { ...none, dataDate, publishedCount, validCount: publishedCount, isCounted: true }
}

async function newestVerification({ payload, menu, now }: { payload: Payload; menu: RegistryMenu; now: Date }): Promise<Date | null> {
  const slug = SLUGS.verifikasi
  const where = and({ menu: { equals: menu.id } }, { pada: { less_than_equal: now.toISOString() } })
  return toDate(await newest({ payload, slug, field: 'pada', where }))
}

/**
 * The exception in force at `now`. The query keeps only candidates that have
 * begun and not reached their planned end (a handful at most); which one
 * holds, given early ends, is the pure rule's choice.
 */
async function exceptionAt({ payload, menu, now }: { payload: Payload; menu: RegistryMenu; now: Date }): Promise<ActiveException | null> {
  const slug = SLUGS.pengecualian
  const at = now.toISOString()
  const result = await payload.db.find<ExceptionRecord & Doc>({
    collection: asSlug(slug),
    where: and({ menu: { equals: menu.id } }, { mulai: { less_than_equal: at } }, { selesai: { greater_than: at } }),
    sort: '-selesai',
    limit: 20,
    pagination: false,
    select: { alasan: true, mulai: true, selesai: true, diakhiriPada: true },
  })
  const exceptions: ExceptionRecord[] = result.docs
  return activeException({ exceptions, now })
}

async function openReports({ payload, menu, now }: { payload: Payload; menu: RegistryMenu; now: Date }) {
  const slug = SLUGS.laporanWarga
  const where = and({ menu: { equals: menu.id } }, { status: { equals: 'baru' } }, { createdAt: { less_than_equal: now.toISOString() } })
  const total = await count({ payload, slug, where })
  if (total === 0) return { openReports: 0, oldestOpenReportAt: null }
  const oldest = await payload.db.find<Doc>({ collection: asSlug(slug), where, sort: 'createdAt', limit: 1, pagination: false, select: { createdAt: true } })
  return { openReports: total, oldestOpenReportAt: toDate(oldest.docs[0]?.createdAt) }
}

/**
 * For one registry row, everything the freshness rule needs besides the row
 * itself and the holiday calendar. A fixed handful of queries per menu, each
 * an ORDER BY ... LIMIT 1 or a COUNT on indexed columns: the cost grows with
 * the number of menus, not with the number of documents in them.
 */
export async function collectMenuFacts({ payload, menu, now }: { payload: Payload; menu: RegistryMenu; now: Date }): Promise<MenuFacts> {
  const plan = MENU_PLANS[menu.koleksi]
  if (!plan) throw new Error(`Koleksi ${menu.koleksi} tidak dikenal sebagai menu portal.`)
  const traits: CollectionTraits = plan
  const scope = and(
    traits.hasDrafts ? { _status: { equals: 'published' } } : undefined,
    plan.filterByJenisKontak && menu.jenisKontak ? { jenis: { equals: menu.jenisKontak } } : undefined,
  )
  const kind = ruleKindOf(plan.clock)
  const [clock, verifiedAt, pengecualian, reports, links] = await Promise.all([
    clockFacts({ payload, slug: menu.koleksi, clock: plan.clock, published: scope, traits, now }),
    kind === 'data' ? Promise.resolve(null) : newestVerification({ payload, menu, now }),
    exceptionAt({ payload, menu, now }),
    openReports({ payload, menu, now }),
    linkProblemsForMenu({ payload, kode: menu.kode, koleksi: menu.koleksi, now }),
  ])
  return { kind, ...clock, verifiedAt, pengecualian, ...reports, links }
}

/** The registry row as the pure rule takes it. */
export function ruleMenuOf({ menu, pengecualian }: { menu: RegistryMenu; pengecualian: ActiveException | null }): FreshnessMenu {
  return {
    kode: menu.kode,
    kadensi: menu.kadensi,
    ambang: menu.ambang,
    status: menu.status,
    catatanArsip: menu.catatanArsip,
    pengecualian,
  }
}
