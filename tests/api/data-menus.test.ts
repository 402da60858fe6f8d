import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { daysAgo, kecamatanId, prepareDataMenus } from '../helpers/dataMenus'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

let server: TestServer
let komoditas: Map<string, string | number>
let tokens: { admin: string; editorA: string; editorB: string; reviewer: string }

type FieldError = { path: string; message: string }

/** The field-level errors of a Payload 400. */
async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors: { data?: { errors?: FieldError[] } }[] }
  return body.errors.flatMap((error) => error.data?.errors ?? [])
}

const count = async (collection: typeof SLUGS.hargaPangan | typeof SLUGS.statistikCovid) =>
  (await server.payload.count({ collection, overrideAccess: true })).totalDocs

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** An id of the right type for this database that no document has. */
function missingIdLike(id: string | number): string | number {
  return typeof id === 'number' ? 987_654_321 : 'f'.repeat(String(id).length)
}

beforeAll(async () => {
  server = await startTestServer()
  komoditas = await prepareDataMenus(server)
  tokens = {
    admin: await server.login(server.users.admin.email),
    editorA: await server.login(server.users.editorA.email),
    editorB: await server.login(server.users.editorB.email),
    reviewer: await server.login(server.users.reviewer.email),
  }
})

afterAll(async () => {
  await server?.close()
})

const beras = () => komoditas.get('beras medium')!
const gula = () => komoditas.get('gula pasir')!

describe('harga-pangan over HTTP', () => {
  it('should let an editor of the trade office publish a price, filling the unit from the commodity and recording who', async () => {
    const response = await server.api('/api/harga-pangan', {
      method: 'POST',
      token: tokens.editorA,
      json: { komoditas: beras(), pasar: 'pasar-cinde', harga: 14_250, tanggal: daysAgo(1), _status: 'published' },
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc).toMatchObject({ pasar: 'pasar-cinde', harga: 14_250, satuan: 'kg', _status: 'published' })
    expect(doc.tanggal).toBe(`${daysAgo(1)}T00:00:00.000Z`)
    expect(String(idOf(doc.diubahOleh))).toBe(String(server.users.editorA.id))

    const anonymous = await server.api(`/api/harga-pangan/${doc.id}`)
    expect(anonymous.status).toBe(200)
    const publicDoc = await anonymous.json()
    expect(publicDoc.harga).toBe(14_250)
    expect(publicDoc.diubahOleh).toBeUndefined()
    expect(publicDoc.isiDiubahPada).toBeUndefined()
  })

  it('should read a day written the Indonesian way (HH/BB/TTTT) as that calendar day', async () => {
    const [year, month, day] = daysAgo(2).split('-')
    const response = await server.api('/api/harga-pangan', {
      method: 'POST',
      token: tokens.editorA,
      json: { komoditas: beras(), pasar: 'pasar-km-5', harga: 13_900, tanggal: `${day}/${month}/${year}`, _status: 'published' },
    })
    expect(response.status).toBe(201)
    expect((await response.json()).doc.tanggal).toBe(`${daysAgo(2)}T00:00:00.000Z`)
    const found = await (await server.api(`/api/harga-pangan?where[tanggal][equals]=${daysAgo(2)}&where[pasar][equals]=pasar-km-5`)).json()
    expect(found.totalDocs).toBe(1)
  })

  it('should keep a draft away from anonymous readers while its editor sees it', async () => {
    const response = await server.api('/api/harga-pangan?draft=true', {
      method: 'POST',
      token: tokens.editorA,
      json: { komoditas: gula(), pasar: 'pasar-lemabang', harga: 18_250, tanggal: daysAgo(1), _status: 'draft' },
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc._status).toBe('draft')

    const anonymous = await server.api(`/api/harga-pangan/${doc.id}`)
    expect([403, 404]).toContain(anonymous.status)
    const anonymousList = await (await server.api('/api/harga-pangan?limit=100')).json()
    expect(anonymousList.docs.map((item: { id: unknown }) => String(item.id))).not.toContain(String(doc.id))

    const editor = await server.api(`/api/harga-pangan/${doc.id}?draft=true`, { token: tokens.editorA })
    expect(editor.status).toBe(200)
  })

  it.each([
    ['a negative price', { harga: -5_000 }, 'harga', /lebih dari Rp0/],
    ['a zero price', { harga: 0 }, 'harga', /lebih dari Rp0/],
    ['a price with cents', { harga: 12_500.5 }, 'harga', /bilangan bulat/],
    ['a date in the future', { tanggal: daysAgo(-2) }, 'tanggal', /masa depan/],
    ['an impossible date', { tanggal: '2024-02-30' }, 'tanggal', /tidak sah/],
    ['a market outside Palembang', { pasar: 'pasar-baru-bandung' }, 'pasar', /./],
  ])('should refuse %s with 400 naming the field, storing nothing', async (_name, change, path, message) => {
    const before = await count(SLUGS.hargaPangan)
    const response = await server.api('/api/harga-pangan', {
      method: 'POST',
      token: tokens.editorA,
      json: { komoditas: beras(), pasar: 'pasar-plaju', harga: 14_000, tanggal: daysAgo(3), _status: 'published', ...change },
    })
    expect(response.status).toBe(400)
    const errors = await fieldErrors(response)
    const error = errors.find((item) => item.path === path)
    expect(error?.message).toMatch(message)
    expect(await count(SLUGS.hargaPangan)).toBe(before)
  })

  it('should refuse a negative price even in a draft', async () => {
    const before = await count(SLUGS.hargaPangan)
    const response = await server.api('/api/harga-pangan?draft=true', {
      method: 'POST',
      token: tokens.editorA,
      json: { komoditas: beras(), pasar: 'pasar-plaju', harga: -1, tanggal: daysAgo(3), _status: 'draft' },
    })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).map((item) => item.path)).toContain('harga')
    expect(await count(SLUGS.hargaPangan)).toBe(before)
  })

  it('should refuse an unknown commodity with 400 on komoditas', async () => {
    const before = await count(SLUGS.hargaPangan)
    const response = await server.api('/api/harga-pangan', {
      method: 'POST',
      token: tokens.editorA,
      json: { komoditas: missingIdLike(beras()), pasar: 'pasar-plaju', harga: 14_000, tanggal: daysAgo(3), _status: 'published' },
    })
    expect(response.status).toBe(400)
    const error = (await fieldErrors(response)).find((item) => item.path === 'komoditas')
    expect(error?.message).toMatch(/Komoditas tidak dikenal/)
    expect(await count(SLUGS.hargaPangan)).toBe(before)
  })

  it('should refuse a second price for the same commodity, market and day, and allow it on another day', async () => {
    const row = { komoditas: gula(), pasar: 'pasar-kertapati', harga: 17_750, tanggal: daysAgo(4), _status: 'published' }
    const first = await server.api('/api/harga-pangan', { method: 'POST', token: tokens.editorA, json: row })
    expect(first.status).toBe(201)
    const before = await count(SLUGS.hargaPangan)
    const again = await server.api('/api/harga-pangan', { method: 'POST', token: tokens.editorA, json: { ...row, harga: 18_000 } })
    expect(again.status).toBe(400)
    const error = (await fieldErrors(again)).find((item) => item.path === 'tanggal')
    expect(error?.message).toMatch(/Gula pasir.*sudah ada/)
    expect(await count(SLUGS.hargaPangan)).toBe(before)
    const otherDay = await server.api('/api/harga-pangan', { method: 'POST', token: tokens.editorA, json: { ...row, tanggal: daysAgo(5) } })
    expect(otherDay.status).toBe(201)
  })

  it('should refuse an editor of another office and anonymous writers, changing nothing', async () => {
    const created = await server.payload.create({
      collection: SLUGS.hargaPangan,
      data: { komoditas: beras() as number, pasar: 'pasar-sekip-ujung', harga: 13_500, satuan: 'kg', tanggal: `${daysAgo(6)}T00:00:00.000Z`, _status: 'published' },
      draft: false,
    })
    const before = await count(SLUGS.hargaPangan)
    const row = { komoditas: beras(), pasar: 'pasar-perumnas', harga: 14_000, tanggal: daysAgo(6), _status: 'published' }

    const otherOffice = await server.api('/api/harga-pangan', { method: 'POST', token: tokens.editorB, json: row })
    expect(otherOffice.status).toBe(403)
    const anonymous = await server.api('/api/harga-pangan', { method: 'POST', json: row })
    expect([401, 403]).toContain(anonymous.status)
    const reviewer = await server.api('/api/harga-pangan', { method: 'POST', token: tokens.reviewer, json: row })
    expect(reviewer.status).toBe(403)

    const otherOfficeUpdate = await server.api(`/api/harga-pangan/${created.id}`, { method: 'PATCH', token: tokens.editorB, json: { harga: 1 } })
    expect([403, 404]).toContain(otherOfficeUpdate.status)
    const otherOfficeDelete = await server.api(`/api/harga-pangan/${created.id}`, { method: 'DELETE', token: tokens.editorB })
    expect([403, 404]).toContain(otherOfficeDelete.status)

    expect(await count(SLUGS.hargaPangan)).toBe(before)
    const unchanged = await server.payload.findByID({ collection: SLUGS.hargaPangan, id: created.id })
    expect(unchanged.harga).toBe(13_500)
  })

  it('should keep a version per change with who made it', async () => {
    const created = await server.api('/api/harga-pangan', {
      method: 'POST',
      token: tokens.editorA,
      json: { komoditas: beras(), pasar: 'pasar-16-ilir', harga: 14_000, tanggal: daysAgo(7), _status: 'published' },
    })
    const { doc } = await created.json()
    const byAdmin = await server.api(`/api/harga-pangan/${doc.id}`, { method: 'PATCH', token: tokens.admin, json: { harga: 14_500 } })
    expect(byAdmin.status).toBe(200)

    const versions = await server.api(`/api/harga-pangan/versions?where[parent][equals]=${doc.id}&sort=createdAt&depth=0`, { token: tokens.editorA })
    expect(versions.status).toBe(200)
    const { docs } = (await versions.json()) as { docs: { version: { harga: number; diubahOleh: unknown } }[] }
    expect(docs.map((item) => [item.version.harga, String(idOf(item.version.diubahOleh))])).toEqual([
      [14_000, String(server.users.editorA.id)],
      [14_500, String(server.users.admin.id)],
    ])
    const anonymousVersions = await server.api(`/api/harga-pangan/versions?where[parent][equals]=${doc.id}`)
    expect([401, 403]).toContain(anonymousVersions.status)
  })
})

describe('statistik-covid over HTTP', () => {
  const counts = { terkonfirmasi: 120, dirawat: 10, sembuh: 105, meninggal: 5, odp: 0, pdp: 0 }

  it('should let the health office publish the city figures (no wilayah) and one kecamatan', async () => {
    const city = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorB,
      json: { tanggal: '2022-06-01', ...counts, _status: 'published' },
    })
    expect(city.status).toBe(201)
    expect((await city.json()).doc).toMatchObject({ cakupan: 'kota', terkonfirmasi: 120 })

    const gandus = await kecamatanId(server.payload, 'Gandus')
    const kecamatan = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorB,
      json: { tanggal: '2022-06-01', wilayah: gandus, ...counts, terkonfirmasi: 130, _status: 'published' },
    })
    expect(kecamatan.status).toBe(201)
    expect((await kecamatan.json()).doc.cakupan).toBe('kecamatan')

    const publicCity = await (await server.api('/api/statistik-covid?where[cakupan][equals]=kota&where[tanggal][equals]=2022-06-01')).json()
    expect(publicCity.docs.map((doc: { terkonfirmasi: number }) => doc.terkonfirmasi)).toEqual([120])
  })

  it('should refuse impossible totals with a message naming the fields, storing nothing', async () => {
    const before = await count(SLUGS.statistikCovid)
    const response = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorB,
      json: { tanggal: '2022-06-02', terkonfirmasi: 100, dirawat: 40, sembuh: 60, meninggal: 5, odp: 0, pdp: 0, _status: 'published' },
    })
    expect(response.status).toBe(400)
    const error = (await fieldErrors(response)).find((item) => item.path === 'terkonfirmasi')
    expect(error?.message).toMatch(/dirawat \+ sembuh \+ meninggal .*105.* melebihi terkonfirmasi \(100\)/)
    expect(await count(SLUGS.statistikCovid)).toBe(before)
  })

  it.each([
    ['a negative count', { meninggal: -1 }, 'meninggal', /tidak boleh negatif/],
    ['a fractional count', { odp: 1.5 }, 'odp', /bilangan bulat/],
    ['a date in the future', { tanggal: daysAgo(-1) }, 'tanggal', /masa depan/],
  ])('should refuse %s with 400 naming the field', async (_name, change, path, message) => {
    const before = await count(SLUGS.statistikCovid)
    const response = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorB,
      json: { tanggal: '2022-06-03', ...counts, _status: 'published', ...change },
    })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).find((item) => item.path === path)?.message).toMatch(message)
    expect(await count(SLUGS.statistikCovid)).toBe(before)
  })

  it('should refuse a wilayah that is not a kecamatan', async () => {
    const response = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorB,
      json: { tanggal: '2022-06-04', wilayah: server.officeA.id, ...counts, _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).find((item) => item.path === 'wilayah')?.message).toMatch(/bukan kecamatan/)
  })

  it('should refuse a second row for the same day and the same wilayah', async () => {
    const before = await count(SLUGS.statistikCovid)
    const city = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorB,
      json: { tanggal: '2022-06-01', ...counts, _status: 'published' },
    })
    expect(city.status).toBe(400)
    expect((await fieldErrors(city)).find((item) => item.path === 'tanggal')?.message).toMatch(/Kota Palembang.*sudah ada/)
    const gandus = await kecamatanId(server.payload, 'Gandus')
    const kecamatan = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorB,
      json: { tanggal: '2022-06-01', wilayah: gandus, ...counts, _status: 'published' },
    })
    expect(kecamatan.status).toBe(400)
    expect((await fieldErrors(kecamatan)).find((item) => item.path === 'tanggal')?.message).toMatch(/Gandus.*sudah ada/)
    expect(await count(SLUGS.statistikCovid)).toBe(before)
  })

  it('should refuse the trade office writing COVID figures', async () => {
    const before = await count(SLUGS.statistikCovid)
    const response = await server.api('/api/statistik-covid', {
      method: 'POST',
      token: tokens.editorA,
      json: { tanggal: '2022-06-05', ...counts, _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect(await count(SLUGS.statistikCovid)).toBe(before)
  })
})
