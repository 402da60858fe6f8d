import type { Payload } from 'payload'

import { CADENCES } from '../domain/cadence'
import type { CadenceCode } from '../domain/cadence'
import { evaluateFreshness } from '../domain/freshness'
import type { FreshnessProblem, FreshnessStatus, MenuKind } from '../domain/freshness'
import type { Holiday } from '../domain/holidays'
import type { MenuCollection } from '../slugs'
import { collectMenuFacts, ruleMenuOf } from './facts'
import { loadRegistry } from '../menus/registry'
import type { MenuOwner, RegistryMenu } from '../menus/registry'
import { loadHolidays } from './holidays'

/** What the engine knows about one menu at one moment; the sweep stores it, the API shows part of it. */
export { loadRegistry }

export type MenuFreshness = {
  menuId: string | number
  menu: string
  koleksi: MenuCollection
  judul: string
  pemilik: MenuOwner
  kadensi: CadenceCode
  kadensiLabel: string
  status: FreshnessStatus
  label: string
  terakhirDiperbarui: string | null
  jatuhTempo: string | null
  /** Falls due at the start of tomorrow (Jakarta): the H-1 reminder. */
  jatuhTempoBesok: boolean
  umurHari: number | null
  tanggalData: string | null
  masalah: FreshnessProblem[]
  catatanArsip: string | null
  /** Which clock counts: data date, newest item, or content change and verification. */
  dasar: MenuKind
  /** Null for data menus, which are judged by their newest date and never counted row by row. */
  jumlahTerbit: number | null
  jumlahBerlaku: number | null
  pengecualian: { alasan: string; selesai: string } | null
}

export type MenuFailure = { menu: string; menuId: string | number; error: unknown }

const iso = (date: Date | null) => (date ? date.toISOString() : null)

export async function evaluateMenu({
  payload,
  menu,
  now,
  holidays,
}: {
  payload: Payload
  menu: RegistryMenu
  now: Date
  holidays: readonly Holiday[]
}): Promise<MenuFreshness> {
  const facts = await collectMenuFacts({ payload, menu, now })
  const result = evaluateFreshness({
    menu: ruleMenuOf({ menu, pengecualian: facts.pengecualian }),
    kind: facts.kind,
    dataDate: facts.dataDate,
    verifiedAt: facts.verifiedAt,
    publishedCount: facts.publishedCount,
    validCount: facts.validCount,
    itemsValidUntil: facts.itemsValidUntil,
    openReports: facts.openReports,
    oldestOpenReportAt: facts.oldestOpenReportAt,
    links: facts.links,
    holidays,
    now,
  })
  return {
    menuId: menu.id,
    menu: menu.kode,
    koleksi: menu.koleksi,
    judul: menu.judul,
    pemilik: menu.pemilik,
    kadensi: menu.kadensi,
    kadensiLabel: CADENCES[menu.kadensi]?.label ?? menu.kadensi,
    status: result.status,
    label: result.label,
    terakhirDiperbarui: iso(result.lastUpdate),
    jatuhTempo: iso(result.nextDueAt),
    jatuhTempoBesok: result.dueTomorrow,
    umurHari: result.ageDays,
    tanggalData: facts.kind === 'data' && result.lastUpdate ? facts.tanggalData : null,
    masalah: result.problems,
    catatanArsip: menu.status === 'arsip' ? menu.catatanArsip : null,
    dasar: facts.kind,
    jumlahTerbit: facts.isCounted ? facts.publishedCount : null,
    jumlahBerlaku: facts.isCounted ? facts.validCount : null,
    pengecualian:
      result.status === 'exempt' && facts.pengecualian
        ? { alasan: facts.pengecualian.alasan, selesai: facts.pengecualian.selesai.toISOString() }
        : null,
  }
}

/**
 * Every registry menu (active and archived) judged at `now`. A menu whose
 * facts cannot be read is left out and handed to `onError`; the others are
 * still judged.
 */
export async function evaluateAllMenus({
  payload,
  now,
  kode,
  onError,
}: {
  payload: Payload
  now: Date
  /** Only this menu (the public API's single-menu read). */
  kode?: string
  onError?: (failure: MenuFailure) => void
}): Promise<MenuFreshness[]> {
  const [menus, holidays] = await Promise.all([loadRegistry({ payload, kode }), loadHolidays({ payload })])
  const settled = await Promise.allSettled(menus.map((menu) => evaluateMenu({ payload, menu, now, holidays })))
  const results: MenuFreshness[] = []
  settled.forEach((outcome, index) => {
    const menu = menus[index]!
    if (outcome.status === 'fulfilled') {
      results.push(outcome.value)
      return
    }
    const failure = { menu: menu.kode, menuId: menu.id, error: outcome.reason }
    if (onError) onError(failure)
    else payload.logger.error({ err: outcome.reason, menu: menu.kode }, `Kesegaran menu ${menu.kode} gagal dihitung.`)
  })
  return results
}
