/**
 * How each importable data menu turns rows into documents: names of
 * commodities and kecamatan resolved against the database, duplicates found
 * within the file and against what is stored. The menu declarations name
 * these (collections/menus); src/import/core.ts runs them.
 */
import { storedCalendarDate } from '../domain/calendarDate'
import { covidRingkasan, hargaRingkasan, KOTA_PALEMBANG } from '../domain/ringkasan'
import { SLUGS } from '../slugs'
import { existingKeys, nameKey, parseRows } from './core'
import type { MenuImporter, Prepared } from './core'
import { hargaPanganRowSchema, statistikCovidRowSchema } from './schemas'
import { relationKey } from '../domain/relation'

const prepareHargaPangan: MenuImporter['prepare'] = async ({
  payload,
  req,
  rows,
  now,
}) => {
  const { parsed, errors } = parseRows({ schema: hargaPanganRowSchema({ now }), rows })
  const komoditas = await payload.find({ collection: SLUGS.komoditas, depth: 0, pagination: false, limit: 0, overrideAccess: true, req })
  const byName = new Map(komoditas.docs.map((doc) => [nameKey(doc.nama), doc]))
  const prepared: Prepared[] = []
  const seen = new Map<string, number>()
  for (const { baris, row } of parsed) {
    const found = byName.get(nameKey(row.komoditas))
    if (!found) {
      errors.push({ baris, kolom: 'komoditas', pesan: `Komoditas "${row.komoditas}" tidak ada di daftar komoditas. Periksa ejaannya atau minta Diskominfo menambahkannya.` })
      continue
    }
    const key = `${found.id}|${row.pasar}|${row.tanggal}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      errors.push({ baris, kolom: 'tanggal', pesan: `Sama dengan baris ${earlier}: komoditas, pasar dan tanggal yang sama.` })
      continue
    }
    seen.set(key, baris)
    prepared.push({
      baris,
      data: {
        komoditas: found.id,
        pasar: row.pasar,
        harga: row.harga,
        satuan: row.satuan ?? found.satuan,
        tanggal: storedCalendarDate(row.tanggal),
        ringkasan: hargaRingkasan({ nama: found.nama, pasar: row.pasar, tanggal: row.tanggal }),
      },
    })
  }
  const existing = await existingKeys({
    payload,
    req,
    collection: SLUGS.hargaPangan,
    tanggal: prepared.map((row) => String(row.data.tanggal)),
    keyOf: (doc) => `${relationKey(doc.komoditas) ?? null}|${doc.pasar}|${String(doc.tanggal).slice(0, 10)}`,
  })
  for (const row of prepared) {
    if (existing.has(`${row.data.komoditas}|${row.data.pasar}|${String(row.data.tanggal).slice(0, 10)}`)) {
      errors.push({ baris: row.baris, kolom: 'tanggal', pesan: 'Harga untuk komoditas, pasar dan tanggal ini sudah ada. Ubah baris yang ada, jangan mengimpornya lagi.' })
    }
  }
  return { prepared, errors }
}


const prepareStatistikCovid: MenuImporter['prepare'] = async ({
  payload,
  req,
  rows,
  now,
}) => {
  const { parsed, errors } = parseRows({ schema: statistikCovidRowSchema({ now }), rows })
  const kecamatan = await payload.find({
    collection: SLUGS.opd,
    where: { jenis: { equals: 'kecamatan' } },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true,
    req,
  })
  const byName = new Map<string, string | number>()
  const namaOf = new Map<string, string>()
  for (const office of kecamatan.docs) {
    byName.set(nameKey(office.nama), office.id)
    byName.set(nameKey(office.nama.replace(/^kecamatan\s+/i, '')), office.id)
    byName.set(nameKey(office.singkatan), office.id)
    namaOf.set(String(office.id), office.nama)
  }
  const prepared: Prepared[] = []
  const seen = new Map<string, number>()
  for (const { baris, row } of parsed) {
    const isCity = row.wilayah === undefined || /^(kota\s+)?palembang$/i.test(row.wilayah)
    const wilayah = isCity ? null : byName.get(nameKey(row.wilayah!))
    if (wilayah === undefined) {
      errors.push({ baris, kolom: 'wilayah', pesan: `Kecamatan "${row.wilayah}" tidak dikenal. Tulis nama kecamatan (mis. Ilir Barat I) atau kosongkan untuk Kota Palembang.` })
      continue
    }
    const key = `${wilayah ?? 'kota'}|${row.tanggal}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      errors.push({ baris, kolom: 'tanggal', pesan: `Sama dengan baris ${earlier}: wilayah dan tanggal yang sama.` })
      continue
    }
    seen.set(key, baris)
    const { wilayah: _name, tanggal, ...counts } = row
    const namaWilayah = wilayah === null ? KOTA_PALEMBANG : (namaOf.get(String(wilayah)) ?? '')
    prepared.push({
      baris,
      data: {
        ...counts,
        wilayah,
        cakupan: wilayah === null ? 'kota' : 'kecamatan',
        tanggal: storedCalendarDate(tanggal),
        ringkasan: covidRingkasan({ namaWilayah, tanggal }),
      },
    })
  }
  const existing = await existingKeys({
    payload,
    req,
    collection: SLUGS.statistikCovid,
    tanggal: prepared.map((row) => String(row.data.tanggal)),
    keyOf: (doc) => `${relationKey(doc.wilayah) ?? 'kota'}|${String(doc.tanggal).slice(0, 10)}`,
  })
  for (const row of prepared) {
    if (existing.has(`${row.data.wilayah ?? 'kota'}|${String(row.data.tanggal).slice(0, 10)}`)) {
      errors.push({ baris: row.baris, kolom: 'tanggal', pesan: 'Data untuk wilayah dan tanggal ini sudah ada. Ubah baris yang ada, jangan mengimpornya lagi.' })
    }
  }
  return { prepared, errors }
}



export const hargaPanganImporter: MenuImporter = { prepare: prepareHargaPangan }

export const statistikCovidImporter: MenuImporter = { prepare: prepareStatistikCovid }
