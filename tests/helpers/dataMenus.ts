import type { Payload } from 'payload'

import { seedKomoditas } from '../../seed/dataMenus'
import { jakartaDay } from '../../src/domain/calendar'
import { addDays } from '../../src/domain/calendarDate'
import { SLUGS } from '../../src/slugs'
import type { TestServer } from './server'

/**
 * The registry rows the data menus need (owner DISDAG for prices, DINKES for
 * COVID), created only if the general seed has not already made them, and
 * the commodity list. Returns the commodity ids by lower-case name.
 */
export async function prepareDataMenus(server: TestServer): Promise<Map<string, string | number>> {
  const { payload, officeA, officeB } = server
  const ensure = async (koleksi: typeof SLUGS.hargaPangan | typeof SLUGS.statistikCovid, pemilik: string | number, judul: string, kadensi: 'WORKDAYS' | 'DAILY') => {
    const existing = await payload.find({ collection: SLUGS.menuPortal, where: { koleksi: { equals: koleksi } }, limit: 1, depth: 0 })
    if (existing.docs.length > 0) return
    await payload.create({ collection: SLUGS.menuPortal, data: { kode: koleksi, koleksi, judul, pemilik: pemilik as number, kadensi, status: 'aktif' } })
  }
  await ensure(SLUGS.hargaPangan, officeA.id, 'Harga Bahan Pokok', 'WORKDAYS')
  await ensure(SLUGS.statistikCovid, officeB.id, 'Palembang Tanggap COVID-19', 'DAILY')
  return seedKomoditas({ payload })
}

export async function kecamatanId(payload: Payload, nama: string): Promise<string | number> {
  const result = await payload.find({ collection: SLUGS.opd, where: { nama: { equals: `Kecamatan ${nama}` } }, limit: 1, depth: 0 })
  const office = result.docs[0]
  if (!office) throw new Error(`Kecamatan ${nama} tidak ada`)
  return office.id
}

/** A calendar date `days` before today in Jakarta, as YYYY-MM-DD. */
export function daysAgo(days: number): string {
  return addDays({ date: jakartaDay({ at: new Date() }), days: -days })
}
