import type { Payload } from 'payload'

import { enqueueEmail } from '../../src/email/outbox'
import { renderEscalation } from '../../src/email/escalation'
import { renderOfficeDigest } from '../../src/email/officeDigest'
import type { DigestItem } from '../../src/email/officeDigest'
import { jakartaDay } from '../../src/domain/calendar'
import type { Env } from '../../src/env'
import { evaluateAllMenus } from '../../src/freshness/evaluate'
import type { MenuFreshness } from '../../src/freshness/evaluate'
import { verificationLink } from '../../src/freshness/verificationToken'
import { SLUGS } from '../../src/slugs'
import { runSweep } from '../sweep/handler'
import { menusToTell } from './decide'
import type { MenuNotice, NotificationTrack } from './decide'
import { loadHistory, loadImprovements, loadOffices, loadReportStats } from './load'
import type { OfficeContact } from './load'

export const DISKOMINFO = 'DISKOMINFO'

export type DigestEmail = {
  kunci: string
  jenis: NotificationTrack
  opd: { id: string | number; nama: string; singkatan: string }
  kepada: string[]
  subjek: string
  html: string
  teks: string
  menu: { kode: string; judul: string; status: string; keadaan: string[] }[]
  notices: MenuNotice[]
}

export type DigestOutcome = {
  kunci: string
  jenis: NotificationTrack
  opd: string
  kepada: string[]
  subjek: string
  menu: DigestEmail['menu']
  /** False when an email with this key was already queued (a re-run the same day). */
  isNew: boolean | null
}

export type DigestSummary = {
  hari: string
  dijalankanPada: string
  isDryRun: boolean
  email: DigestOutcome[]
  /** Offices with something to report and nobody to tell it to. */
  tanpaPenerima: { opd: string; jenis: NotificationTrack }[]
  gagal: { opd: string; pesan: string }[]
}

type Env4Digest = Pick<Env, 'publicUrl' | 'payloadSecret' | 'reminderIntervalDays'>

const QUEUE_CONCURRENCY = 8

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

function digestItem({ notice, env, now }: { notice: MenuNotice; env: Env4Digest; now: Date }): DigestItem {
  const { result } = notice
  const publicUrl = env.publicUrl.replace(/\/+$/, '')
  const isDueTomorrow = notice.keadaan.includes('jatuh-tempo-besok')
  const isLate = result.status === 'due' || result.status === 'overdue' || result.status === 'delinquent'
  return {
    menu: result.menu,
    judul: result.judul,
    status: result.status,
    label: result.label,
    sejak: isLate || isDueTomorrow ? result.jatuhTempo : null,
    masalah: result.masalah,
    isDueTomorrow,
    fixUrl: `${publicUrl}/admin/collections/${result.koleksi}`,
    // A confirmation cannot make old figures fresh, so data menus get no "masih benar" link.
    ...(result.dasar === 'data'
      ? {}
      : { verifyUrl: verificationLink({ publicUrl, menuId: result.menuId, officeId: result.pemilik.id, now, secret: env.payloadSecret }) }),
    laporanTerbuka: notice.laporanTerbuka,
  }
}

const unique = (addresses: (string | null | undefined)[]) => [...new Set(addresses.filter((address): address is string => Boolean(address)))]

/**
 * Decides (without writing anything) which emails the morning's digest sends
 * at `now`: per office, the menus worth telling it about, and for menus that
 * are delinquent an escalation to its head and to Diskominfo.
 */
export async function planDigests({
  payload,
  now,
  env,
  results,
}: {
  payload: Payload
  now: Date
  env: Env4Digest
  results: readonly MenuFreshness[]
}): Promise<{ emails: DigestEmail[]; tanpaPenerima: DigestSummary['tanpaPenerima'] }> {
  const [offices, reportsByMenu, historyByMenu] = await Promise.all([
    loadOffices({ payload }),
    loadReportStats({ payload, now }),
    loadHistory({ payload, now }),
  ])
  let earliest: Date | null = null
  for (const notices of historyByMenu.values()) for (const notice of notices) if (!earliest || notice.pada < earliest) earliest = notice.pada
  const improvements = await loadImprovements({ payload, since: earliest, now })
  const improvedAfterByMenu = (menuId: string, since: Date) => (improvements.get(menuId) ?? []).some((at) => at > since)

  const hari = jakartaDay({ at: now })
  const diskominfo = offices.find((office) => office.singkatan === DISKOMINFO)
  const byOffice = new Map<string, MenuFreshness[]>()
  for (const result of results) {
    const key = String(result.pemilik.id)
    byOffice.set(key, [...(byOffice.get(key) ?? []), result])
  }

  const emails: DigestEmail[] = []
  const tanpaPenerima: DigestSummary['tanpaPenerima'] = []
  const publicUrl = env.publicUrl.replace(/\/+$/, '')
  const plan = ({ office, track, kepada }: { office: OfficeContact; track: NotificationTrack; kepada: string[] }) => {
    const notices = menusToTell({
      results: byOffice.get(String(office.id)) ?? [],
      reportsByMenu,
      historyByMenu,
      improvedAfterByMenu,
      now,
      intervalDays: env.reminderIntervalDays,
      track,
    })
    if (notices.length === 0) return
    if (kepada.length === 0) {
      tanpaPenerima.push({ opd: office.singkatan, jenis: track })
      return
    }
    const items = notices.map((notice) => digestItem({ notice, env, now }))
    const officeRef = { nama: office.nama, singkatan: office.singkatan }
    const rendered =
      track === 'eskalasi'
        ? renderEscalation({ office: officeRef, items, publicUrl, now })
        : renderOfficeDigest({ office: officeRef, items, publicUrl, now })
    emails.push({
      kunci: `${track}:${office.singkatan}:${hari}`,
      jenis: track,
      opd: { id: office.id, nama: office.nama, singkatan: office.singkatan },
      kepada,
      subjek: rendered.subject,
      html: rendered.html,
      teks: rendered.text,
      menu: notices.map((notice) => ({ kode: notice.result.menu, judul: notice.result.judul, status: notice.result.status, keadaan: notice.keadaan })),
      notices,
    })
  }
  for (const office of offices) {
    if (!office.isActive) continue
    plan({ office, track: 'ringkasan-harian', kepada: unique(office.emailNotifikasi) })
    plan({ office, track: 'eskalasi', kepada: unique([office.emailPimpinan, ...(diskominfo?.emailNotifikasi ?? [])]) })
  }
  return { emails, tanpaPenerima }
}

async function recordNotices({ payload, email, now }: { payload: Payload; email: DigestEmail; now: Date }) {
  const rows = email.notices.flatMap((notice) => notice.keadaan.map((keadaan) => ({ notice, keadaan })))
  await Promise.all(
    rows.map(({ notice, keadaan }) =>
      payload.create({
        collection: SLUGS.notifikasiTerkirim,
        data: {
          // The generated types name SQL ids (numbers); on MongoDB they are strings, and Payload takes either.
          menu: notice.result.menuId as number,
          kode: notice.result.menu,
          pemilik: email.opd.id as number,
          keadaan,
          jenis: email.jenis,
          jatuhTempo: keadaan === 'jatuh-tempo-besok' ? notice.result.jatuhTempo : null,
          jumlahLaporan: keadaan === 'laporan-warga' ? notice.laporanTerbuka : null,
          kunciEmail: email.kunci,
          pada: now.toISOString(),
        },
        depth: 0,
        overrideAccess: true,
      }),
    ),
  )
}

/**
 * The daily digest job: sweep at `now` (unless the results are handed in),
 * decide, queue one email per office and kind under a per-day key, and
 * remember what each office was told. An office that fails is logged and
 * the others carry on.
 */
export async function runDigests({
  payload,
  now,
  env,
  isDryRun = false,
  results,
}: {
  payload: Payload
  now: Date
  env: Env4Digest
  isDryRun?: boolean
  results?: readonly MenuFreshness[]
}): Promise<DigestSummary> {
  // A dry run judges without storing snapshots: it must leave the database as it found it.
  const judged = results ?? (isDryRun ? await evaluateAllMenus({ payload, now }) : (await runSweep({ payload, now })).hasil)
  const { emails, tanpaPenerima } = await planDigests({ payload, now, env, results: judged })
  const summary: DigestSummary = { hari: jakartaDay({ at: now }), dijalankanPada: now.toISOString(), isDryRun, email: [], tanpaPenerima, gagal: [] }
  const queueOne = async (email: DigestEmail): Promise<DigestOutcome | null> => {
    const outcome: DigestOutcome = { kunci: email.kunci, jenis: email.jenis, opd: email.opd.singkatan, kepada: email.kepada, subjek: email.subjek, menu: email.menu, isNew: null }
    if (isDryRun) return outcome
    try {
      const queued = await enqueueEmail({
        payload,
        kunci: email.kunci,
        jenis: email.jenis,
        kepada: email.kepada,
        subjek: email.subjek,
        html: email.html,
        teks: email.teks,
        opd: email.opd.id,
        now,
      })
      // Recorded only for an email this run queued: a key that already existed was sent with what was known then.
      if (queued.isNew) await recordNotices({ payload, email, now })
      return { ...outcome, isNew: queued.isNew }
    } catch (error) {
      payload.logger.error({ err: error, kunci: email.kunci }, `Ringkasan ${email.kunci} gagal diantrekan.`)
      summary.gagal.push({ opd: email.opd.singkatan, pesan: messageOf(error) })
      return null
    }
  }
  // A few offices at a time: the database's round trips overlap, the order of the summary stays the plan's.
  const outcomes: (DigestOutcome | null)[] = new Array(emails.length).fill(null)
  let next = 0
  const worker = async () => {
    while (next < emails.length) {
      const index = next++
      outcomes[index] = await queueOne(emails[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(QUEUE_CONCURRENCY, emails.length) }, worker))
  summary.email.push(...outcomes.filter((outcome): outcome is DigestOutcome => outcome !== null))
  for (const missing of tanpaPenerima) {
    payload.logger.warn(`OPD ${missing.opd} punya masalah untuk ${missing.jenis} tetapi tidak punya alamat email penerima.`)
  }
  return summary
}

