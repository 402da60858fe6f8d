import type { Payload } from 'payload'

import { SLUGS } from '../src/slugs'
import { SEED_MENUS } from './data/menus'
import { ensureDoc, officeIds, requireOffice } from './ensure'
import type { SeedReport } from './ensure'

/** One registry row per menu (by its kode); a row an admin has since edited is left alone. */
export async function seedRegistry({
  payload,
  report,
  onProgress,
}: {
  payload: Payload
  report: SeedReport
  onProgress?: (step: { label: string; done: number; total: number }) => void
}): Promise<void> {
  const offices = await officeIds(payload)
  let done = 0
  for (const menu of SEED_MENUS) {
    await ensureDoc({
      payload,
      report,
      collection: SLUGS.menuPortal,
      where: { kode: { equals: menu.kode } },
      data: {
        kode: menu.kode,
        koleksi: menu.koleksi,
        jenisKontak: menu.jenisKontak ?? null,
        judul: menu.judul,
        deskripsi: menu.deskripsi,
        pemilik: requireOffice(offices, menu.pemilik),
        kadensi: menu.kadensi,
        status: 'aktif',
      },
    })
    onProgress?.({ label: 'Daftar menu', done: ++done, total: SEED_MENUS.length })
  }
}
