import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runLinkCheck } from '../../jobs/link-check/handler'
import type { LinkCheckSettings } from '../../src/env'
import type { PublicFreshness } from '../../src/freshness/public'
import type { Resolver } from '../../src/links/privateAddress'
import { SLUGS } from '../../src/slugs'
import { startLinkFixture } from '../helpers/linkFixture'
import type { LinkFixture } from '../helpers/linkFixture'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const SETTINGS: LinkCheckSettings = { isPrivateAllowed: true, confirmations: 2, timeoutMs: 5_000, hostIntervalMs: 0 }

/** Only the loopback fixture is reachable: any other name (seeded content, say) fails as unresolvable, never leaving the machine. */
const loopbackOnly: Resolver = async (hostname) => {
  if (hostname === 'localhost') return [{ address: '127.0.0.1', family: 4 }]
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
}

describe('link results feeding the freshness API', () => {
  let server: TestServer
  let site: LinkFixture
  let deadId: string | number
  let softId: string | number

  const check = () =>
    runLinkCheck({ payload: server.payload, now: new Date(), menu: 'layanan-publik', settings: SETTINGS, options: { backoffMs: 10 }, io: { resolve: loopbackOnly } })

  const freshness = async () => {
    const response = await server.api('/api/kesegaran/layanan-publik')
    expect(response.status).toBe(200)
    return (await response.json()) as PublicFreshness
  }

  const createService = async ({ nama, url, office }: { nama: string; url: string; office: string | number }) =>
    (
      await server.payload.create({
        collection: SLUGS.layananPublik,
        data: { nama, deskripsi: 'Layanan uji.', kategori: 'lainnya', tingkat: 'kota', url, penyelenggara: office as number, _status: 'published' },
        draft: false,
      })
    ).id

  beforeAll(async () => {
    site = await startLinkFixture()
    server = await startTestServer()
    deadId = await createService({ nama: 'SIM Online', url: `${site.base}/sim-online`, office: server.officeA.id })
    softId = await createService({ nama: 'Cek Antrian', url: `${site.base}/tidak-ada`, office: server.officeB.id })
    await createService({ nama: 'Layanan Domisili', url: `${site.base}/layanan`, office: server.officeB.id })
    await server.payload.create({
      collection: SLUGS.layananPublik,
      data: { nama: 'Draf', deskripsi: 'Belum terbit.', kategori: 'lainnya', tingkat: 'kota', url: `${site.base}/hilang?draf=1`, penyelenggara: server.officeA.id as number, _status: 'draft' },
      draft: true,
    })
  })

  afterAll(async () => {
    await server?.close()
    await site?.close()
  })

  it('should count a dead link as a problem of its menu only from the second failing run, and clear it on recovery', async () => {
    site.setDown('/sim-online', true)
    const first = await check()
    expect(first.jumlahTautan).toBe(3)
    expect(first.hasil.map((report) => report.url).sort()).toEqual([`${site.base}/layanan`, `${site.base}/sim-online`, `${site.base}/tidak-ada`])
    expect(first.hasil.find((report) => report.url.endsWith('/sim-online'))).toMatchObject({
      hasil: 'broken',
      status: 404,
      menu: 'layanan-publik',
      dokumen: String(deadId),
    })
    expect(first.terkonfirmasi).toBe(0)
    const afterOne = await freshness()
    expect(afterOne.masalah.map((problem) => problem.kode)).not.toContain('tautan-rusak')
    expect(afterOne.status).not.toBe('broken')

    const second = await check()
    expect(second.terkonfirmasi).toBe(2)
    const afterTwo = await freshness()
    expect(afterTwo.status).toBe('broken')
    expect(afterTwo.masalah).toEqual(
      expect.arrayContaining([
        { kode: 'tautan-rusak', pesan: expect.stringMatching(/^1 tautan gagal diakses/) },
        { kode: 'soft-404', pesan: expect.stringMatching(/^1 tautan membuka halaman/) },
      ]),
    )

    const rows = await server.payload.find({ collection: SLUGS.hasilTautan, where: { dokumen: { equals: String(deadId) } }, depth: 0 })
    expect(rows.docs).toHaveLength(1)
    expect(rows.docs[0]).toMatchObject({ kode: 'layanan-publik', koleksi: 'layanan-publik', hasil: 'broken', statusKode: 404, gagalBerturut: 2, terkonfirmasi: true, opd: server.officeA.id })
    expect(rows.docs[0]!.riwayat).toHaveLength(2)

    site.setDown('/sim-online', false)
    await server.payload.delete({ collection: SLUGS.layananPublik, id: softId })
    const third = await check()
    expect(third.jumlahTautan).toBe(2)
    expect(third.dihapus).toBe(1)
    const recovered = await freshness()
    expect(recovered.masalah.map((problem) => problem.kode)).not.toContain('tautan-rusak')
    expect(recovered.masalah.map((problem) => problem.kode)).not.toContain('soft-404')
    expect(recovered.status).toBe('fresh')
    const row = (await server.payload.find({ collection: SLUGS.hasilTautan, where: { dokumen: { equals: String(deadId) } }, depth: 0 })).docs[0]
    expect(row).toMatchObject({ hasil: 'ok', gagalBerturut: 0, terkonfirmasi: false, pertamaGagal: null })
  })

  it('should show link results to reviewers, to editors only for their offices, and to nobody anonymous', async () => {
    const anonymous = await server.api('/api/hasil-tautan')
    expect(anonymous.status).toBe(403)
    const reviewer = await server.api('/api/hasil-tautan?limit=100', { token: await server.login(server.users.reviewer.email) })
    expect(((await reviewer.json()) as { totalDocs: number }).totalDocs).toBeGreaterThanOrEqual(2)
    const editorA = await server.api('/api/hasil-tautan?limit=100&depth=0', { token: await server.login(server.users.editorA.email) })
    const rowsA = ((await editorA.json()) as { docs: { url: string }[] }).docs
    expect(rowsA.map((row) => row.url)).toEqual([`${site.base}/sim-online`])
  })

  it('should refuse writes over REST, even from an admin', async () => {
    const token = await server.login(server.users.admin.email)
    const response = await server.api('/api/hasil-tautan', { method: 'POST', token, json: { kunci: 'x', url: 'https://x.example', kode: 'layanan-publik' } })
    expect(response.status).toBe(403)
  })
})
