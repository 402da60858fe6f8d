import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSweep } from '../../jobs/sweep/handler'
import type { PublicFreshness } from '../../src/freshness/public'
import { SLUGS } from '../../src/slugs'
import { startTestServer } from '../helpers/server'
import type { TestServer } from '../helpers/server'

const PUBLIC_KEYS = [
  'catatanArsip',
  'jatuhTempo',
  'judul',
  'kadensi',
  'kadensiLabel',
  'label',
  'masalah',
  'menu',
  'pemilik',
  'status',
  'tanggalData',
  'terakhirDiperbarui',
  'umurHari',
].sort()

describe('public freshness API', () => {
  let server: TestServer
  let registrySize: number

  beforeAll(async () => {
    server = await startTestServer()
    registrySize = (await server.payload.count({ collection: SLUGS.menuPortal })).totalDocs
    // Something published just now, so one menu is fresh at request time.
    await server.payload.create({
      collection: SLUGS.kontakLayanan,
      data: { jenis: 'pemadam-kebakaran', wilayah: 'Pos Damkar Uji', telepon: '0711 350000', _status: 'published' },
      draft: false,
    })
    const covid = await server.payload.find({ collection: SLUGS.menuPortal, where: { kode: { equals: 'statistik-covid' } }, limit: 1 })
    await server.payload.update({
      collection: SLUGS.menuPortal,
      id: covid.docs[0]!.id,
      data: { status: 'arsip', catatanArsip: 'Data COVID-19 tidak lagi diperbarui sejak status darurat berakhir.' },
    })
  })

  afterAll(async () => {
    await server?.close()
  })

  it('should list every registry menu, active and archived, in the public shape', async () => {
    const response = await server.api('/api/kesegaran')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    const body = (await response.json()) as PublicFreshness[]
    expect(body).toHaveLength(registrySize)
    for (const item of body) {
      expect(Object.keys(item).sort()).toEqual(PUBLIC_KEYS)
      expect(Object.keys(item.pemilik).sort()).toEqual(['id', 'nama', 'singkatan'])
      expect(item.label.length).toBeGreaterThan(0)
      for (const problem of item.masalah) expect(Object.keys(problem).sort()).toEqual(['kode', 'pesan'])
    }
    const damkar = body.find((item) => item.menu === 'kontak-pemadam-kebakaran')!
    expect(damkar).toMatchObject({ status: 'fresh', label: 'Segar', umurHari: 0, pemilik: { singkatan: 'DAMKAR' } })
    expect(Date.parse(damkar.jatuhTempo!)).toBeGreaterThan(Date.now())
    const covid = body.find((item) => item.menu === 'statistik-covid')!
    expect(covid).toMatchObject({ status: 'archived', label: 'Diarsipkan', masalah: [] })
    expect(covid.catatanArsip).toMatch(/tidak lagi diperbarui/)
    const forms = body.find((item) => item.menu === 'formulir')!
    expect(forms).toMatchObject({ status: 'empty', label: 'Kosong', terakhirDiperbarui: null })
    expect(forms.masalah[0]!.kode).toBe('kosong')
  })

  it('should answer one menu by its kode', async () => {
    const response = await server.api('/api/kesegaran/kontak-pemadam-kebakaran')
    expect(response.status).toBe(200)
    const body = (await response.json()) as PublicFreshness
    expect(body.menu).toBe('kontak-pemadam-kebakaran')
    expect(body.judul).toBe('Pemadam Kebakaran')
    expect(body.status).toBe('fresh')
    expect(Object.keys(body).sort()).toEqual(PUBLIC_KEYS)
  })

  it('should answer 404 in Indonesian for an unknown menu', async () => {
    for (const kode of ['tidak-ada', 'BUKAN%20KODE']) {
      const response = await server.api(`/api/kesegaran/${kode}`)
      expect(response.status).toBe(404)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0]!.message).toMatch(/tidak dikenal/)
    }
  })

  it('should never expose an email address, to anyone', async () => {
    const token = await server.login(server.users.admin.email)
    for (const path of ['/api/kesegaran', '/api/kesegaran/harga-pangan']) {
      for (const init of [{}, { token }]) {
        const text = await (await server.api(path, init)).text()
        expect(text).not.toMatch(/@/)
        expect(text).not.toMatch(/emailNotifikasi|emailPimpinan/)
      }
    }
  })

  it('should let nobody write freshness history over REST, and editors read only their offices', async () => {
    await runSweep({ payload: server.payload, now: new Date() })
    const admin = await server.login(server.users.admin.email)
    const editor = await server.login(server.users.editorA.email)
    const create = await server.api(`/api/${SLUGS.riwayatKesegaran}`, {
      method: 'POST',
      token: admin,
      json: { kode: 'harga-pangan', status: 'fresh', dijalankanPada: new Date().toISOString(), putaran: 'palsu' },
    })
    expect(create.status).toBe(403)
    expect((await server.api(`/api/${SLUGS.transisiKesegaran}`, { method: 'POST', token: admin, json: {} })).status).toBe(403)

    expect((await server.api(`/api/${SLUGS.riwayatKesegaran}`)).status).toBe(403)
    const all = (await (await server.api(`/api/${SLUGS.riwayatKesegaran}?limit=100`, { token: admin })).json()) as { totalDocs: number }
    expect(all.totalDocs).toBe(registrySize)
    const own = (await (await server.api(`/api/${SLUGS.riwayatKesegaran}?limit=100&depth=0`, { token: editor })).json()) as {
      docs: { kode: string; pemilik: string | number }[]
    }
    expect(own.docs.length).toBeGreaterThan(0)
    expect(own.docs.map((doc) => doc.kode)).toContain('harga-pangan')
    for (const doc of own.docs) expect(String(doc.pemilik)).toBe(String(server.officeA.id))

    const snapshot = (await server.payload.find({ collection: SLUGS.riwayatKesegaran, limit: 1 })).docs[0]!
    const update = await server.api(`/api/${SLUGS.riwayatKesegaran}/${snapshot.id}`, { method: 'PATCH', token: admin, json: { status: 'fresh' } })
    expect(update.status).toBe(403)
    const remove = await server.api(`/api/${SLUGS.riwayatKesegaran}/${snapshot.id}`, { method: 'DELETE', token: admin })
    expect(remove.status).toBe(403)
  })
})
