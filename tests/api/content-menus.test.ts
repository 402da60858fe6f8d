import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { expectFieldError, startContentServer } from '../helpers/content'
import type { ContentServer } from '../helpers/content'

let server: ContentServer
let adminToken: string
let reviewerToken: string

beforeAll(async () => {
  server = await startContentServer()
  adminToken = await server.login(server.users.admin.email)
  reviewerToken = await server.login(server.users.reviewer.email)
})

afterAll(async () => {
  await server?.close()
})

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

const count = async (collection: (typeof SLUGS)[keyof typeof SLUGS]) =>
  (await server.payload.count({ collection: collection as 'lowongan-kerja', overrideAccess: true })).totalDocs

const vacancy = (overrides: Record<string, unknown> = {}) => ({
  posisi: 'Juru Masak',
  perusahaan: 'Rumah Makan Pindang Musi',
  lokasi: 'Kecamatan Bukit Kecil',
  deskripsi: 'Berpengalaman memasak pindang patin.',
  batasLamaran: inDays(10),
  kontak: 'lamaran@pindang.segar.example',
  _status: 'draft',
  ...overrides,
})

describe('lowongan-kerja: validation', () => {
  it.each([
    ['javascript:alert(1)', /https?:\/\//],
    ['ftp://files.example.org/lowongan.pdf', /https?:\/\//],
  ])('should refuse a %s application link with 400 naming "Tautan lamaran", storing nothing', async (tautan, message) => {
    const token = await server.editorOf('DISNAKER')
    const before = await count(SLUGS.lowonganKerja)
    const response = await server.api('/api/lowongan-kerja', { method: 'POST', token, json: vacancy({ tautan }) })
    await expectFieldError(response, { path: 'tautan', label: 'Tautan lamaran', message })
    expect(await count(SLUGS.lowonganKerja)).toBe(before)
  })

  it('should refuse a vacancy with neither a link nor a contact, even as a draft', async () => {
    const token = await server.editorOf('DISNAKER')
    const before = await count(SLUGS.lowonganKerja)
    const response = await server.api('/api/lowongan-kerja?draft=true', { method: 'POST', token, json: vacancy({ kontak: '', tautan: '' }) })
    await expectFieldError(response, { path: 'tautan', label: 'Tautan lamaran', message: /minimal salah satu/ })
    expect(await count(SLUGS.lowonganKerja)).toBe(before)
  })
})

describe('lowongan-kerja: the owner office edits, another office cannot', () => {
  it('should let the DISNAKER editor create, update, publish and delete, keeping a version with who did it', async () => {
    const token = await server.editorOf('DISNAKER')
    const created = await server.api('/api/lowongan-kerja', { method: 'POST', token, json: vacancy() })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(doc._status).toBe('draft')

    const anonymousDraft = await server.api(`/api/lowongan-kerja/${doc.id}`)
    expect([403, 404]).toContain(anonymousDraft.status)
    const anonymousList = await (await server.api('/api/lowongan-kerja?limit=100')).json()
    expect(anonymousList.docs.some((item: { id: unknown }) => item.id === doc.id)).toBe(false)
    const reviewerView = await server.api(`/api/lowongan-kerja/${doc.id}?draft=true`, { token: reviewerToken })
    expect(reviewerView.status).toBe(200)

    const updated = await server.api(`/api/lowongan-kerja/${doc.id}`, { method: 'PATCH', token, json: { posisi: 'Kepala Juru Masak' } })
    expect(updated.status).toBe(200)
    const published = await server.api(`/api/lowongan-kerja/${doc.id}`, { method: 'PATCH', token, json: { _status: 'published' } })
    expect(published.status).toBe(200)

    const anonymous = await server.api(`/api/lowongan-kerja/${doc.id}`)
    expect(anonymous.status).toBe(200)
    const publicDoc = await anonymous.json()
    expect(publicDoc.posisi).toBe('Kepala Juru Masak')
    expect(publicDoc).not.toHaveProperty('diubahOleh')
    expect(publicDoc).not.toHaveProperty('isiDiubahPada')

    const stored = await server.payload.findByID({ collection: SLUGS.lowonganKerja, id: doc.id, depth: 0 })
    const disnakerUser = await server.payload.find({ collection: SLUGS.users, where: { email: { equals: 'editor.disnaker@uji.segar.example' } } })
    expect(stored.diubahOleh).toBe(disnakerUser.docs[0]?.id)
    expect(stored.isiDiubahPada).toEqual(expect.any(String))

    const versions = await (await server.api(`/api/lowongan-kerja/versions?where[parent][equals]=${doc.id}&limit=50`, { token: reviewerToken })).json()
    expect(versions.docs.length).toBeGreaterThanOrEqual(3)
    for (const version of versions.docs) {
      const who = version.version.diubahOleh
      expect(typeof who === 'object' ? who.id : who).toBe(disnakerUser.docs[0]?.id)
    }

    const removed = await server.api(`/api/lowongan-kerja/${doc.id}`, { method: 'DELETE', token })
    expect(removed.status).toBe(200)
    expect((await server.payload.find({ collection: SLUGS.lowonganKerja, where: { id: { equals: doc.id } } })).docs).toHaveLength(0)
  })

  it('should refuse the DISDAG editor with 403 and leave the vacancy unchanged', async () => {
    const owner = await server.editorOf('DISNAKER')
    const { doc } = await (await server.api('/api/lowongan-kerja', { method: 'POST', token: owner, json: vacancy({ _status: 'published' }) })).json()
    const outsider = await server.login(server.users.editorA.email)

    const create = await server.api('/api/lowongan-kerja', { method: 'POST', token: outsider, json: vacancy({ posisi: 'Penyusup' }) })
    expect(create.status).toBe(403)
    const patch = await server.api(`/api/lowongan-kerja/${doc.id}`, { method: 'PATCH', token: outsider, json: { posisi: 'Diubah orang lain' } })
    expect(patch.status).toBe(403)
    const remove = await server.api(`/api/lowongan-kerja/${doc.id}`, { method: 'DELETE', token: outsider })
    expect(remove.status).toBe(403)

    const stored = await server.payload.findByID({ collection: SLUGS.lowonganKerja, id: doc.id })
    expect(stored.posisi).toBe('Juru Masak')
    expect((await server.payload.count({ collection: SLUGS.lowonganKerja, where: { posisi: { equals: 'Penyusup' } } })).totalDocs).toBe(0)
  })

  it('should not count a save that changes nothing as a content change', async () => {
    const token = await server.editorOf('DISNAKER')
    const { doc } = await (await server.api('/api/lowongan-kerja', { method: 'POST', token, json: vacancy({ posisi: 'Kasir', _status: 'published' }) })).json()
    const before = await server.payload.findByID({ collection: SLUGS.lowonganKerja, id: doc.id })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const same = await server.api(`/api/lowongan-kerja/${doc.id}`, { method: 'PATCH', token, json: { posisi: 'Kasir' } })
    expect(same.status).toBe(200)
    const after = await server.payload.findByID({ collection: SLUGS.lowonganKerja, id: doc.id })
    expect(after.isiDiubahPada).toBe(before.isiDiubahPada)
  })
})

describe('peluang-investasi', () => {
  const investment = (overrides: Record<string, unknown> = {}) => ({
    judul: 'Hotel Terapung Sungai Musi',
    sektor: 'Pariwisata',
    lokasi: 'Kecamatan Seberang Ulu I',
    nilaiInvestasi: 75_000_000_000,
    deskripsi: 'Penginapan di atas sungai.',
    tahunData: new Date().getFullYear(),
    kontak: 'dpmptsp@opd.segar.example',
    _status: 'published',
    ...overrides,
  })

  it('should refuse a data year in the future and a negative value, storing nothing', async () => {
    const token = await server.editorOf('DPMPTSP')
    const before = await count(SLUGS.peluangInvestasi)
    const future = await server.api('/api/peluang-investasi', { method: 'POST', token, json: investment({ tahunData: new Date().getFullYear() + 2 }) })
    await expectFieldError(future, { path: 'tahunData', label: 'Tahun data', message: /masa depan/ })
    const negative = await server.api('/api/peluang-investasi', { method: 'POST', token, json: investment({ nilaiInvestasi: -5 }) })
    await expectFieldError(negative, { path: 'nilaiInvestasi', label: 'Nilai investasi', message: /0 atau lebih/ })
    const fraction = await server.api('/api/peluang-investasi', { method: 'POST', token, json: investment({ nilaiInvestasi: 10.5 }) })
    await expectFieldError(fraction, { path: 'nilaiInvestasi', label: 'Nilai investasi' })
    expect(await count(SLUGS.peluangInvestasi)).toBe(before)
  })

  it('should let DPMPTSP publish and refuse DINKES with 403', async () => {
    const owner = await server.editorOf('DPMPTSP')
    const created = await server.api('/api/peluang-investasi', { method: 'POST', token: owner, json: investment() })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(doc.nilaiInvestasi).toBe(75_000_000_000)
    const outsider = await server.login(server.users.editorB.email)
    const patch = await server.api(`/api/peluang-investasi/${doc.id}`, { method: 'PATCH', token: outsider, json: { tahunData: 2020 } })
    expect(patch.status).toBe(403)
    expect((await server.payload.findByID({ collection: SLUGS.peluangInvestasi, id: doc.id })).tahunData).toBe(investment().tahunData)
  })
})

describe('agenda', () => {
  const event = async (overrides: Record<string, unknown> = {}) => ({
    judul: 'Rapat Paripurna',
    mulai: inDays(3),
    selesai: inDays(3.2),
    lokasi: 'Gedung DPRD Kota Palembang',
    penyelenggara: await server.officeId('PROKOPIM'),
    _status: 'published',
    ...overrides,
  })

  it('should refuse an end before the start with 400 naming "Selesai", storing nothing', async () => {
    const token = await server.editorOf('PROKOPIM')
    const before = await count(SLUGS.agenda)
    const response = await server.api('/api/agenda', { method: 'POST', token, json: await event({ selesai: inDays(2) }) })
    await expectFieldError(response, { path: 'selesai', label: 'Selesai', message: /sebelum waktu mulai/ })
    expect(await count(SLUGS.agenda)).toBe(before)
  })

  it('should let PROKOPIM write its own events but not one naming another office', async () => {
    const token = await server.editorOf('PROKOPIM')
    const own = await server.api('/api/agenda', { method: 'POST', token, json: await event() })
    expect(own.status).toBe(201)
    const { doc } = await own.json()
    const disdag = await server.officeId('DISDAG')
    const foreign = await server.api('/api/agenda', { method: 'POST', token, json: await event({ judul: 'Agenda kantor lain', penyelenggara: disdag }) })
    expect(foreign.status).toBe(403)
    const move = await server.api(`/api/agenda/${doc.id}`, { method: 'PATCH', token, json: { penyelenggara: disdag } })
    expect(move.status).toBe(403)
    const stored = await server.payload.findByID({ collection: SLUGS.agenda, id: doc.id, depth: 0 })
    expect(stored.penyelenggara).toBe(await server.officeId('PROKOPIM'))
    expect((await server.payload.count({ collection: SLUGS.agenda, where: { judul: { equals: 'Agenda kantor lain' } } })).totalDocs).toBe(0)
  })
})

describe('kontak-layanan', () => {
  const contact = (overrides: Record<string, unknown> = {}) => ({
    jenis: 'ambulans',
    wilayah: 'Puskesmas Uji Coba',
    telepon: '0711-350000',
    whatsapp: '0812 7777 1234',
    _status: 'published',
    ...overrides,
  })

  it('should store numbers as +62 and refuse a malformed one with 400 naming "Telepon"', async () => {
    const token = await server.login(server.users.editorB.email)
    const created = await server.api('/api/kontak-layanan', { method: 'POST', token, json: contact() })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(doc.telepon).toBe('+62711350000')
    expect(doc.whatsapp).toBe('+6281277771234')

    const before = await count(SLUGS.kontakLayanan)
    const malformed = await server.api('/api/kontak-layanan', { method: 'POST', token, json: contact({ wilayah: 'Puskesmas Salah', telepon: '12-ab-34' }) })
    await expectFieldError(malformed, { path: 'telepon', label: 'Telepon' })
    const landlineWhatsapp = await server.api('/api/kontak-layanan', { method: 'POST', token, json: contact({ wilayah: 'Puskesmas Salah', whatsapp: '0711 350000' }) })
    await expectFieldError(landlineWhatsapp, { path: 'whatsapp', label: 'WhatsApp', message: /seluler/ })
    const shortForAmbulance = await server.api('/api/kontak-layanan', { method: 'POST', token, json: contact({ wilayah: 'Puskesmas Salah', telepon: '112' }) })
    await expectFieldError(shortForAmbulance, { path: 'telepon', label: 'Telepon', message: /call center/ })
    expect(await count(SLUGS.kontakLayanan)).toBe(before)
  })

  it('should accept 112 for the call center', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const response = await server.api('/api/kontak-layanan', {
      method: 'POST',
      token,
      json: contact({ jenis: 'call-center', wilayah: 'Kota Palembang (uji)', telepon: '112', whatsapp: '' }),
    })
    expect(response.status).toBe(201)
    expect((await response.json()).doc.telepon).toBe('112')
  })

  it('should let DINKES write ambulances but not fire posts, which DAMKAR owns', async () => {
    const dinkes = await server.login(server.users.editorB.email)
    const fire = await server.api('/api/kontak-layanan', { method: 'POST', token: dinkes, json: contact({ jenis: 'pemadam-kebakaran', wilayah: 'Pos Uji' }) })
    expect(fire.status).toBe(403)
    const damkar = await server.editorOf('DAMKAR')
    const own = await server.api('/api/kontak-layanan', { method: 'POST', token: damkar, json: contact({ jenis: 'pemadam-kebakaran', wilayah: 'Pos Uji', whatsapp: '' }) })
    expect(own.status).toBe(201)
    const { doc } = await own.json()
    const takeOver = await server.api(`/api/kontak-layanan/${doc.id}`, { method: 'PATCH', token: dinkes, json: { telepon: '0711 999999' } })
    expect(takeOver.status).toBe(403)
    expect((await server.payload.findByID({ collection: SLUGS.kontakLayanan, id: doc.id })).telepon).toBe('+62711350000')
  })
})

describe('layanan-publik', () => {
  const service = async (overrides: Record<string, unknown> = {}) => ({
    nama: 'Layanan Uji',
    deskripsi: 'Layanan untuk pengujian.',
    kategori: 'lainnya',
    tingkat: 'kota',
    url: 'https://layanan.palembang.go.id/uji',
    penyelenggara: await server.officeId('DISKOMINFO'),
    _status: 'published',
    ...overrides,
  })

  it.each(['javascript:alert(document.cookie)', 'ftp://ftp.palembang.go.id/layanan', 'palembang.go.id'])(
    'should refuse the address %s with 400 naming the URL field, storing nothing',
    async (url) => {
      const token = await server.editorOf('DISKOMINFO')
      const before = await count(SLUGS.layananPublik)
      const response = await server.api('/api/layanan-publik', { method: 'POST', token, json: await service({ url }) })
      await expectFieldError(response, { path: 'url', label: 'Alamat layanan', message: /https?:\/\// })
      expect(await count(SLUGS.layananPublik)).toBe(before)
    },
  )

  it('should refuse an unknown category', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const response = await server.api('/api/layanan-publik', { method: 'POST', token, json: await service({ kategori: 'hiburan' }) })
    await expectFieldError(response, { path: 'kategori', label: 'Kategori' })
  })

  it('should let DISKOMINFO publish its own service and refuse one naming another office', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const own = await server.api('/api/layanan-publik', { method: 'POST', token, json: await service() })
    expect(own.status).toBe(201)
    const foreign = await server.api('/api/layanan-publik', {
      method: 'POST',
      token,
      json: await service({ nama: 'Layanan kantor lain', penyelenggara: await server.officeId('BPPD') }),
    })
    expect(foreign.status).toBe(403)
    const outsider = await server.login(server.users.editorA.email)
    const create = await server.api('/api/layanan-publik', { method: 'POST', token: outsider, json: await service({ penyelenggara: server.officeA.id }) })
    expect(create.status).toBe(403)
  })
})

describe('menu-portal registry', () => {
  it('should be readable by the public and editable by reviewers, not editors', async () => {
    const list = await (await server.api('/api/menu-portal?where[kode][equals]=lowongan-kerja')).json()
    const row = list.docs[0]
    expect(row.koleksi).toBe('lowongan-kerja')
    const editor = await server.editorOf('DISNAKER')
    const byEditor = await server.api(`/api/menu-portal/${row.id}`, { method: 'PATCH', token: editor, json: { kadensi: 'ANNUAL' } })
    expect(byEditor.status).toBe(403)
    expect((await server.payload.findByID({ collection: SLUGS.menuPortal, id: row.id })).kadensi).toBe('WEEKLY')
    const byReviewer = await server.api(`/api/menu-portal/${row.id}`, { method: 'PATCH', token: reviewerToken, json: { kadensi: 'MONTHLY' } })
    expect(byReviewer.status).toBe(200)
    const restore = await server.api(`/api/menu-portal/${row.id}`, { method: 'PATCH', token: adminToken, json: { kadensi: 'WEEKLY' } })
    expect(restore.status).toBe(200)
  })
})
