import type { Payload, Where } from 'payload'

import type { LinkCheckSettings } from '../../src/env'
import { createLinkChecker, DEFAULT_CHECK_OPTIONS } from '../../src/links/check'
import type { CheckerIo, CheckOptions } from '../../src/links/check'
import type { LinkResult, RedirectHop } from '../../src/links/classify'
import { collectLinks } from '../../src/links/collect'
import type { CollectedLink } from '../../src/links/collect'
import { nextLinkState } from '../../src/links/confirm'
import { settingsOf } from '../../src/settings'
import { SLUGS } from '../../src/slugs'

/** One checked link, as the command line prints it. */
export type LinkReport = {
  url: string
  hasil: LinkResult
  status: number | null
  detail: string
  menu: string
  dokumen: string
}

export type LinkCheckSummary = {
  dijalankanPada: string
  jumlahTautan: number
  /** Distinct addresses fetched (a URL in several documents is fetched once). */
  jumlahUrl: number
  perHasil: Record<LinkResult, number>
  terkonfirmasi: number
  dihapus: number
  durasiMs: number
  hasil: LinkReport[]
  gagal: { url: string; pesan: string }[]
}

type StoredRow = {
  id: string | number
  kunci: string
  gagalBerturut?: number | null
  pertamaGagal?: string | null
  dikonfirmasiPada?: string | null
  riwayat?: unknown
}

const HISTORY_LENGTH = 10

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null)

async function storedRows({ payload, kodes }: { payload: Payload; kodes: string[] }): Promise<StoredRow[]> {
  if (kodes.length === 0) return []
  const result = await payload.find({
    collection: SLUGS.hasilTautan,
    where: { kode: { in: kodes } },
    pagination: false,
    depth: 0,
    select: { kunci: true, gagalBerturut: true, pertamaGagal: true, dikonfirmasiPada: true, riwayat: true },
    overrideAccess: true,
  })
  return result.docs as unknown as StoredRow[]
}

/**
 * Checks every outbound link of every linked menu (or of one menu), records
 * each verdict with its run of consecutive failures, and drops the rows of
 * links no longer published. Find, check, decide (pure), record.
 */
export async function runLinkCheck({
  payload,
  now,
  menu,
  settings,
  options,
  io,
  onProgress,
}: {
  payload: Payload
  now: Date
  /** Only this menu's links (registry kode). */
  menu?: string
  settings?: LinkCheckSettings
  /** Overrides of the checker's timings, for tests and the benchmark. */
  options?: Partial<CheckOptions>
  io?: Partial<CheckerIo>
  onProgress?: (progress: { selesai: number; total: number; url: string }) => void
}): Promise<LinkCheckSummary> {
  const started = performance.now()
  const { publicUrl, linkCheck } = settingsOf({ config: payload.config })
  const config = settings ?? linkCheck
  const { menus, links } = await collectLinks({ payload, kode: menu })
  const checker = createLinkChecker({
    options: {
      ...DEFAULT_CHECK_OPTIONS,
      publicUrl,
      isPrivateAllowed: config.isPrivateAllowed,
      timeoutMs: config.timeoutMs,
      hostIntervalMs: config.hostIntervalMs,
      ...options,
    },
    io,
  })

  const distinct = [...new Set(links.map((link) => link.url))]
  let done = 0
  const verdicts = new Map(
    await Promise.all(
      distinct.map(async (url) => {
        const verdict = await checker.check(url)
        done += 1
        onProgress?.({ selesai: done, total: distinct.length, url })
        return [url, verdict] as const
      }),
    ),
  )

  const stored = new Map((await storedRows({ payload, kodes: menus.map((entry) => entry.kode) })).map((row) => [row.kunci, row]))
  const perHasil: Record<LinkResult, number> = { ok: 0, redirected: 0, broken: 0, 'soft-404': 0, blocked: 0, error: 0 }
  const reports: LinkReport[] = []
  const failures: LinkCheckSummary['gagal'] = []
  let confirmed = 0
  const at = now.toISOString()

  for (const link of links) {
    const verdict = verdicts.get(link.url)!
    perHasil[verdict.hasil] += 1
    reports.push({ url: link.url, hasil: verdict.hasil, status: verdict.status, detail: verdict.detail, menu: link.kode, dokumen: link.dokumen })
    const previous = stored.get(link.kunci)
    const state = nextLinkState({
      previous: previous
        ? { gagalBerturut: previous.gagalBerturut ?? 0, pertamaGagal: toDate(previous.pertamaGagal), dikonfirmasiPada: toDate(previous.dikonfirmasiPada) }
        : null,
      hasil: verdict.hasil,
      now,
      confirmations: config.confirmations,
    })
    if (state.terkonfirmasi) confirmed += 1
    const history = Array.isArray(previous?.riwayat) ? (previous.riwayat as unknown[]) : []
    const data = {
      ...rowOf({ link, rantai: verdict.rantai }),
      hasil: verdict.hasil,
      statusKode: verdict.status,
      detail: verdict.detail,
      usulanUrl: verdict.usulanUrl,
      gagalBerturut: state.gagalBerturut,
      terkonfirmasi: state.terkonfirmasi,
      pertamaGagal: state.pertamaGagal?.toISOString() ?? null,
      dikonfirmasiPada: state.dikonfirmasiPada?.toISOString() ?? null,
      terakhirDiperiksa: at,
      riwayat: [{ pada: at, hasil: verdict.hasil, status: verdict.status }, ...history].slice(0, HISTORY_LENGTH),
    }
    try {
      if (previous) await payload.update({ collection: SLUGS.hasilTautan, id: previous.id, data, depth: 0, overrideAccess: true })
      else await payload.create({ collection: SLUGS.hasilTautan, data, depth: 0, overrideAccess: true })
    } catch (error) {
      const pesan = error instanceof Error ? error.message : String(error)
      failures.push({ url: link.url, pesan })
      payload.logger.error({ err: error, url: link.url }, `Hasil tautan ${link.url} gagal disimpan.`)
    }
  }

  const current = new Set(links.map((link) => link.kunci))
  const gone = [...stored.values()].filter((row) => !current.has(row.kunci)).map((row) => row.id)
  if (gone.length > 0) {
    const where: Where = { id: { in: gone } }
    await payload.delete({ collection: SLUGS.hasilTautan, where, overrideAccess: true })
  }

  return {
    dijalankanPada: at,
    jumlahTautan: links.length,
    jumlahUrl: distinct.length,
    perHasil,
    terkonfirmasi: confirmed,
    dihapus: gone.length,
    durasiMs: Math.round(performance.now() - started),
    hasil: reports,
    gagal: failures,
  }
}

function rowOf({ link, rantai }: { link: CollectedLink; rantai: RedirectHop[] }) {
  return {
    kunci: link.kunci,
    url: link.url,
    menu: link.menuId as number,
    kode: link.kode,
    koleksi: link.koleksi,
    dokumen: link.dokumen,
    judulDokumen: link.judulDokumen,
    letak: link.letak,
    opd: link.opd as number | null,
    pemilik: link.pemilik as number,
    rantai,
  }
}
