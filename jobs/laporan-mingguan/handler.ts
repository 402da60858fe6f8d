import type { Payload } from 'payload'

import { enqueueEmail } from '../../src/email/outbox'
import { renderWeeklyReport } from '../../src/email/weeklyReport'
import { relationKey } from '../../src/domain/relation'
import type { Env } from '../../src/env'
import { loadRegistry } from '../../src/freshness/evaluate'
import { SLUGS } from '../../src/slugs'
import { DISKOMINFO } from '../ringkasan-harian/handler'
import { loadOffices } from '../ringkasan-harian/load'
import { buildWeeklyReport } from './report'
import type { SnapshotRow, TransitionRow, WeeklyReportData } from './report'

export type WeeklySummary = {
  kunci: string
  kepada: string[]
  subjek: string | null
  isNew: boolean | null
  isDryRun: boolean
  laporan: WeeklyReportData
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Reads the last weeks of snapshots and every transition up to `now`, and builds the report's figures. */
export async function loadWeeklyReport({ payload, now, trendDays = 28 }: { payload: Payload; now: Date; trendDays?: number }): Promise<WeeklyReportData> {
  const since = new Date(now.getTime() - Math.max(trendDays, 14) * DAY_MS - DAY_MS)
  const [snapshotDocs, transitionDocs, offices, registry] = await Promise.all([
    payload.find({
      collection: SLUGS.riwayatKesegaran,
      where: { and: [{ dijalankanPada: { greater_than: since.toISOString() } }, { dijalankanPada: { less_than_equal: now.toISOString() } }] },
      pagination: false,
      depth: 0,
      select: { menu: true, kode: true, pemilik: true, status: true, umurHari: true, dijalankanPada: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: SLUGS.transisiKesegaran,
      where: { pada: { less_than_equal: now.toISOString() } },
      pagination: false,
      depth: 0,
      select: { menu: true, pemilik: true, dari: true, ke: true, pada: true },
      overrideAccess: true,
    }),
    loadOffices({ payload }),
    loadRegistry({ payload }),
  ])
  const snapshots: SnapshotRow[] = snapshotDocs.docs.map((row) => ({
    menuId: relationKey(row.menu),
    kode: row.kode,
    pemilikId: relationKey(row.pemilik) ?? '',
    status: row.status,
    umurHari: typeof row.umurHari === 'number' ? row.umurHari : null,
    at: new Date(row.dijalankanPada),
  }))
  const transitions: TransitionRow[] = transitionDocs.docs.map((row) => ({
    menuId: relationKey(row.menu),
    pemilikId: relationKey(row.pemilik) ?? '',
    dari: row.dari,
    ke: row.ke,
    at: new Date(row.pada),
  }))
  return buildWeeklyReport({
    snapshots,
    transitions,
    offices: offices.map((office) => ({ id: String(office.id), nama: office.nama, singkatan: office.singkatan })),
    judulByKode: new Map(registry.map((menu) => [menu.kode, menu.judul])),
    now,
    trendDays,
  })
}

/** The weekly report job: figures from the stored history, one email to Diskominfo per ISO week. */
export async function runWeeklyReport({
  payload,
  now,
  env,
  isDryRun = false,
}: {
  payload: Payload
  now: Date
  env: Pick<Env, 'publicUrl'>
  isDryRun?: boolean
}): Promise<WeeklySummary> {
  const laporan = await loadWeeklyReport({ payload, now })
  const kunci = `laporan-mingguan:${laporan.isoWeek}`
  const diskominfo = (await loadOffices({ payload })).find((office) => office.singkatan === DISKOMINFO)
  const kepada = [...new Set(diskominfo?.emailNotifikasi ?? [])]
  if (kepada.length === 0) {
    payload.logger.warn(`Laporan mingguan ${laporan.isoWeek} tidak dikirim: OPD ${DISKOMINFO} tidak punya email notifikasi.`)
    return { kunci, kepada, subjek: null, isNew: null, isDryRun, laporan }
  }
  const { persenSegarSekarang, persenSegarMingguLalu } = laporan.change
  if (persenSegarSekarang === null) {
    payload.logger.warn(`Laporan mingguan ${laporan.isoWeek} tidak dikirim: belum ada potret kesegaran sepekan terakhir.`)
    return { kunci, kepada, subjek: null, isNew: null, isDryRun, laporan }
  }
  const publicUrl = env.publicUrl.replace(/\/+$/, '')
  const rendered = renderWeeklyReport({
    weekOf: laporan.weekOf,
    // Offices whose menus are all unmonitored, archived or exempt have no percentage to show.
    offices: laporan.offices.flatMap((office) => (office.persenSegar === null ? [] : [{ ...office, persenSegar: office.persenSegar }])),
    worst: laporan.worst,
    trend: laporan.trend.flatMap((point) => (point.persenSegar === null ? [] : [{ tanggal: point.tanggal, persenSegar: point.persenSegar }])),
    change: { persenSegarSekarang, persenSegarMingguLalu },
    publicUrl,
    now,
  })
  if (isDryRun) return { kunci, kepada, subjek: rendered.subject, isNew: null, isDryRun, laporan }
  const queued = await enqueueEmail({
    payload,
    kunci,
    jenis: 'laporan-mingguan',
    kepada,
    subjek: rendered.subject,
    html: rendered.html,
    teks: rendered.text,
    opd: diskominfo?.id,
    now,
  })
  return { kunci, kepada, subjek: rendered.subject, isNew: queued.isNew, isDryRun, laporan }
}
