import type { FreshnessProblem, FreshnessStatus } from '../domain/freshness'
import type { MenuFreshness } from './evaluate'

/**
 * What the public site reads for one menu: enough to say "diperbarui 2 jam
 * lalu" or show an archive notice. The owner office appears by name only.
 */
export type PublicFreshness = {
  menu: string
  judul: string
  pemilik: { id: string | number; nama: string; singkatan: string }
  kadensi: string
  kadensiLabel: string
  status: FreshnessStatus
  label: string
  terakhirDiperbarui: string | null
  jatuhTempo: string | null
  umurHari: number | null
  tanggalData: string | null
  masalah: FreshnessProblem[]
  catatanArsip: string | null
}

export function toPublicFreshness(result: MenuFreshness): PublicFreshness {
  return {
    menu: result.menu,
    judul: result.judul,
    pemilik: { id: result.pemilik.id, nama: result.pemilik.nama, singkatan: result.pemilik.singkatan },
    kadensi: result.kadensi,
    kadensiLabel: result.kadensiLabel,
    status: result.status,
    label: result.label,
    terakhirDiperbarui: result.terakhirDiperbarui,
    jatuhTempo: result.jatuhTempo,
    umurHari: result.umurHari,
    tanggalData: result.tanggalData,
    masalah: result.masalah.map((problem) => ({ kode: problem.kode, pesan: problem.pesan })),
    catatanArsip: result.catatanArsip,
  }
}
