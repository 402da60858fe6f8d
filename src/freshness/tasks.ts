import { freshnessSeverity } from '../domain/freshness'
import type { FreshnessStatus } from '../domain/freshness'
import type { SegarUser } from '../access/roles'
import { hasRole, officeIdsOf } from '../access/roles'
import type { MenuFreshness } from './evaluate'
import { SLUGS } from '../slugs'
import { toPublicFreshness } from './public'
import type { PublicFreshness } from './public'

export type Tugas = PublicFreshness & {
  tindakan: string
  /** "Masih benar" counts as an update here: reference and item menus, never data menus. */
  bisaDiverifikasi: boolean
  verifikasiUrl: string | null
}

const ACTION_STATUSES: readonly FreshnessStatus[] = ['due', 'overdue', 'delinquent', 'empty', 'broken']

const hasOpenReports = (result: MenuFreshness) => result.masalah.some((problem) => problem.kode === 'laporan-warga')

export function needsAction(result: MenuFreshness): boolean {
  if (result.status === 'archived') return false
  return ACTION_STATUSES.includes(result.status) || hasOpenReports(result) || result.jatuhTempoBesok
}

function updateAdvice(result: MenuFreshness): string {
  if (result.dasar === 'data') return 'Masukkan data terbaru.'
  if (result.dasar === 'items') return 'Terbitkan item baru, atau tekan "Masih benar" bila isinya masih berlaku.'
  return 'Perbarui isinya, atau tekan "Masih benar" bila isinya masih benar.'
}

/** What the editor should do, in the order the problems matter. */
export function tindakanOf(result: MenuFreshness): string {
  const steps: string[] = []
  const codes = new Set(result.masalah.map((problem) => problem.kode))
  if (codes.has('tautan-rusak') || codes.has('soft-404')) steps.push('Perbaiki atau ganti tautan yang gagal diakses.')
  if (codes.has('kosong')) {
    steps.push(result.dasar === 'items' ? 'Terbitkan setidaknya satu item yang masih berlaku.' : 'Isi menu ini; saat ini warga tidak menemukan apa pun.')
  }
  if (codes.has('jatuh-tempo') || codes.has('terlambat') || codes.has('sangat-terlambat') || codes.has('tanggal-tidak-diketahui')) {
    steps.push(updateAdvice(result))
  }
  if (codes.has('laporan-warga')) steps.push('Tindak lanjuti laporan warga yang belum ditangani.')
  if (steps.length === 0 && result.jatuhTempoBesok) steps.push(`Segera jatuh tempo (besok). ${updateAdvice(result)}`)
  if (steps.length === 0) steps.push(updateAdvice(result))
  return steps.join(' ')
}

/** Listed only because it falls due tomorrow: nothing is wrong yet, so it is "akan datang", not "perlu ditindaklanjuti". */
export function isUpcoming(task: Pick<Tugas, 'status' | 'masalah'>): boolean {
  return !ACTION_STATUSES.includes(task.status) && !task.masalah.some((problem) => problem.kode === 'laporan-warga')
}

function compareWorstFirst(a: MenuFreshness, b: MenuFreshness): number {
  return (
    freshnessSeverity(b.status) - freshnessSeverity(a.status) ||
    Number(hasOpenReports(b)) - Number(hasOpenReports(a)) ||
    Number(b.jatuhTempoBesok) - Number(a.jatuhTempoBesok) ||
    (b.umurHari ?? -1) - (a.umurHari ?? -1) ||
    a.menu.localeCompare(b.menu)
  )
}

/** Editors see their own offices' menus; reviewers and admins see every office's. */
export function tasksFor({ user, results }: { user: SegarUser; results: readonly MenuFreshness[] }): Tugas[] {
  const seesAll = hasRole(user, 'admin') || hasRole(user, 'reviewer')
  const offices = new Set(officeIdsOf(user).map(String))
  return results
    .filter((result) => (seesAll || offices.has(String(result.pemilik.id))) && needsAction(result))
    .sort(compareWorstFirst)
    .map((result) => {
      const bisaDiverifikasi = result.dasar !== 'data'
      return {
        ...toPublicFreshness(result),
        tindakan: tindakanOf(result),
        bisaDiverifikasi,
        verifikasiUrl: bisaDiverifikasi ? `/api/${SLUGS.menuPortal}/${result.menuId}/verifikasi` : null,
      }
    })
}
