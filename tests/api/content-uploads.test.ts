import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { expectFieldError, pdfBytes, startContentServer, uploadForm } from '../helpers/content'
import type { ContentServer } from '../helpers/content'

const MB = 1024 * 1024

let server: ContentServer
let reviewerToken: string

beforeAll(async () => {
  server = await startContentServer()
  reviewerToken = await server.login(server.users.reviewer.email)
})

afterAll(async () => {
  await server?.close()
})

const filesIn = (slug: string) => {
  const dir = path.join(server.uploadDir, slug)
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

const uploadCount = async (slug: 'berkas-formulir' | 'berkas-dokumen' | 'media') => (await server.payload.count({ collection: slug })).totalDocs

const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), Buffer.alloc(512, 0)])

describe('berkas-formulir uploads', () => {
  it('should refuse a Windows program with 400 in Indonesian, storing no document and no file', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const before = await uploadCount(SLUGS.berkasFormulir)
    const response = await server.api('/api/berkas-formulir', {
      method: 'POST',
      token,
      body: uploadForm({ bytes: EXE, name: 'formulir.exe', type: 'application/x-msdownload' }),
    })
    await expectFieldError(response, { path: 'file', label: 'Berkas', message: /PDF, DOCX atau ODT/ })
    expect(await uploadCount(SLUGS.berkasFormulir)).toBe(before)
    expect(filesIn(SLUGS.berkasFormulir).some((name) => name.startsWith('formulir'))).toBe(false)
  })

  it('should refuse a program renamed to .pdf', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const response = await server.api('/api/berkas-formulir', {
      method: 'POST',
      token,
      body: uploadForm({ bytes: EXE, name: 'formulir-palsu.pdf', type: 'application/pdf' }),
    })
    await expectFieldError(response, { path: 'file', label: 'Berkas', message: /tidak diizinkan/ })
  })

  it('should refuse a PDF over 10 MB with 400 and an Indonesian message', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const before = await uploadCount(SLUGS.berkasFormulir)
    const response = await server.api('/api/berkas-formulir', {
      method: 'POST',
      token,
      body: uploadForm({ bytes: pdfBytes({ padTo: 10 * MB + 1 }), name: 'besar.pdf', type: 'application/pdf' }),
    })
    await expectFieldError(response, { path: 'file', label: 'Berkas', message: /terlalu besar: paling besar 10 MB/ })
    expect(await uploadCount(SLUGS.berkasFormulir)).toBe(before)
    expect(filesIn(SLUGS.berkasFormulir)).not.toContain('besar.pdf')
  })

  it('should accept a PDF of exactly 10 MB and serve it back', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const response = await server.api('/api/berkas-formulir', {
      method: 'POST',
      token,
      body: uploadForm({ bytes: pdfBytes({ padTo: 10 * MB }), name: 'pas-10mb.pdf', type: 'application/pdf' }),
    })
    expect(response.status, await response.clone().text()).toBe(201)
    const { doc } = await response.json()
    expect(doc.filesize).toBe(10 * MB)
    expect(doc).not.toHaveProperty('diunggahOleh.password')
    // Linked from nothing yet: only its uploader (and staff) may fetch it.
    const file = await server.api(`/api/berkas-formulir/file/${doc.filename}`, { token })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})

describe('formulir', () => {
  const makeService = async () => {
    const service = await server.payload.create({
      collection: SLUGS.layananPublik,
      data: {
        nama: `Layanan formulir ${Math.random().toString(36).slice(2, 8)}`,
        deskripsi: 'Untuk uji formulir.',
        kategori: 'kependudukan',
        tingkat: 'kelurahan',
        url: 'https://sidemang.palembang.go.id',
        penyelenggara: (await server.officeId('DISKOMINFO')) as number,
        _status: 'published',
      },
    })
    return service.id
  }

  const uploadPdf = async (token: string, name: string) => {
    const response = await server.api('/api/berkas-formulir', { method: 'POST', token, body: uploadForm({ bytes: pdfBytes(), name, type: 'application/pdf' }) })
    expect(response.status).toBe(201)
    return (await response.json()).doc.id
  }

  it('should refuse a form without a file, naming "Berkas"', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const before = (await server.payload.count({ collection: SLUGS.formulir })).totalDocs
    const response = await server.api('/api/formulir', { method: 'POST', token, json: { judul: 'Tanpa berkas', layanan: await makeService(), _status: 'published' } })
    await expectFieldError(response, { path: 'berkas', label: 'Berkas' })
    expect((await server.payload.count({ collection: SLUGS.formulir })).totalDocs).toBe(before)
  })

  it('should let DISKOMINFO publish a form and refuse DISDAG with 403', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const berkas = await uploadPdf(token, 'formulir-domisili.pdf')
    const created = await server.api('/api/formulir', {
      method: 'POST',
      token,
      json: { judul: 'Formulir Domisili', layanan: await makeService(), berkas, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const publicView = await (await server.api(`/api/formulir/${doc.id}`)).json()
    expect(publicView.berkas.mimeType).toBe('application/pdf')
    expect(publicView).not.toHaveProperty('diubahOleh')

    const outsider = await server.login(server.users.editorA.email)
    const patch = await server.api(`/api/formulir/${doc.id}`, { method: 'PATCH', token: outsider, json: { judul: 'Dibajak' } })
    expect(patch.status).toBe(403)
    expect((await server.payload.findByID({ collection: SLUGS.formulir, id: doc.id })).judul).toBe('Formulir Domisili')
  })
})

describe('dokumen', () => {
  const documentData = (overrides: Record<string, unknown> = {}) => ({
    judul: 'Perda Uji',
    jenis: 'peraturan',
    tahun: 2024,
    tautan: 'https://jdih.palembang.go.id/uji',
    _status: 'published',
    ...overrides,
  })

  it('should refuse a document with neither a file nor a link, and an ftp: link', async () => {
    const token = await server.editorOf('BAGHUKUM')
    const before = (await server.payload.count({ collection: SLUGS.dokumen })).totalDocs
    const neither = await server.api('/api/dokumen', { method: 'POST', token, json: documentData({ tautan: '' }) })
    await expectFieldError(neither, { path: 'tautan', label: 'Tautan dokumen', message: /minimal salah satu/ })
    const ftp = await server.api('/api/dokumen', { method: 'POST', token, json: documentData({ tautan: 'ftp://jdih.palembang.go.id/perda.pdf' }) })
    await expectFieldError(ftp, { path: 'tautan', label: 'Tautan dokumen' })
    expect((await server.payload.count({ collection: SLUGS.dokumen })).totalDocs).toBe(before)
  })

  it('should refuse a PDF over 20 MB and a DOCX, with 400', async () => {
    const token = await server.editorOf('BAGHUKUM')
    const before = await uploadCount(SLUGS.berkasDokumen)
    const big = await server.api('/api/berkas-dokumen', {
      method: 'POST',
      token,
      body: uploadForm({ bytes: pdfBytes({ padTo: 20 * MB + 1 }), name: 'lkjip-besar.pdf', type: 'application/pdf' }),
    })
    await expectFieldError(big, { path: 'file', label: 'Berkas', message: /paling besar 20 MB/ })
    const docx = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(26), Buffer.from('[Content_Types].xml word/document.xml', 'latin1')])
    const wrongKind = await server.api('/api/berkas-dokumen', {
      method: 'POST',
      token,
      body: uploadForm({ bytes: docx, name: 'perda.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    })
    await expectFieldError(wrongKind, { path: 'file', label: 'Berkas', message: /hanya PDF/ })
    expect(await uploadCount(SLUGS.berkasDokumen)).toBe(before)
  })

  it('should let BAGHUKUM publish a PDF document and refuse DINKES', async () => {
    const token = await server.editorOf('BAGHUKUM')
    const upload = await server.api('/api/berkas-dokumen', { method: 'POST', token, body: uploadForm({ bytes: pdfBytes(), name: 'perda-1.pdf', type: 'application/pdf' }) })
    expect(upload.status).toBe(201)
    const berkas = (await upload.json()).doc.id
    const created = await server.api('/api/dokumen', { method: 'POST', token, json: documentData({ tautan: '', berkas }) })
    expect(created.status).toBe(201)
    const outsider = await server.login(server.users.editorB.email)
    const create = await server.api('/api/dokumen', { method: 'POST', token: outsider, json: documentData({ judul: 'Bukan milik DINKES' }) })
    expect(create.status).toBe(403)
  })
})

describe('berita', () => {
  const news = async (overrides: Record<string, unknown> = {}) => ({
    judul: 'Wali Kota Resmikan Jembatan Baru',
    ringkasan: 'Jembatan menghubungkan dua kelurahan.',
    isi: {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [{ type: 'text', version: 1, text: 'Isi berita.', format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    },
    tanggalTerbit: new Date().toISOString(),
    opd: await server.officeId('DISKOMINFO'),
    _status: 'published',
    ...overrides,
  })

  it('should make the slug from the title and number a repeated one', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const first = await (await server.api('/api/berita', { method: 'POST', token, json: await news() })).json()
    expect(first.doc.slug).toBe('wali-kota-resmikan-jembatan-baru')
    const second = await (await server.api('/api/berita', { method: 'POST', token, json: await news() })).json()
    expect(second.doc.slug).toBe('wali-kota-resmikan-jembatan-baru-2')
    const clash = await server.api('/api/berita', { method: 'POST', token, json: await news({ slug: 'wali-kota-resmikan-jembatan-baru' }) })
    expect(clash.status).toBe(400)
  })

  it('should refuse a bad slug and a missing summary with 400 naming the fields', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const badSlug = await server.api('/api/berita', { method: 'POST', token, json: await news({ slug: 'Judul Dengan Spasi' }) })
    await expectFieldError(badSlug, { path: 'slug', label: 'Slug' })
    const noSummary = await server.api('/api/berita', { method: 'POST', token, json: await news({ judul: 'Tanpa ringkasan', ringkasan: '' }) })
    await expectFieldError(noSummary, { path: 'ringkasan', label: 'Ringkasan' })
  })

  it('should refuse news naming another office, even from the owner office editor', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const before = (await server.payload.count({ collection: SLUGS.berita })).totalDocs
    const foreign = await server.api('/api/berita', { method: 'POST', token, json: await news({ judul: 'Atas nama DISDAG', opd: server.officeA.id }) })
    expect(foreign.status).toBe(403)
    expect((await server.payload.count({ collection: SLUGS.berita })).totalDocs).toBe(before)
  })

  it('should hide drafts and editors from the public, and show drafts to the reviewer', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const { doc } = await (await server.api('/api/berita', { method: 'POST', token, json: await news({ judul: 'Berita rahasia draf', _status: 'draft' }) })).json()
    const anonymous = await server.api(`/api/berita/${doc.id}`)
    expect([403, 404]).toContain(anonymous.status)
    const list = await (await server.api('/api/berita?limit=100')).json()
    expect(list.docs.map((item: { judul: string }) => item.judul)).not.toContain('Berita rahasia draf')
    for (const item of list.docs) expect(item).not.toHaveProperty('diubahOleh')
    const reviewer = await server.api(`/api/berita/${doc.id}?draft=true`, { token: reviewerToken })
    expect(reviewer.status).toBe(200)
    const reviewed = await reviewer.json()
    expect(reviewed.judul).toBe('Berita rahasia draf')
    expect(reviewed.diubahOleh).toBeDefined()
  })

  it('should accept a PNG picture and refuse a program as a picture', async () => {
    const token = await server.editorOf('DISKOMINFO')
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    const image = await server.api('/api/media', { method: 'POST', token, body: uploadForm({ bytes: png, name: 'jembatan.png', type: 'image/png', fields: { alt: 'Jembatan baru' } }) })
    expect(image.status, await image.clone().text()).toBe(201)
    const exe = await server.api('/api/media', { method: 'POST', token, body: uploadForm({ bytes: EXE, name: 'foto.exe', type: 'application/octet-stream', fields: { alt: 'x' } }) })
    await expectFieldError(exe, { path: 'file', label: 'Berkas', message: /JPG|PNG/ })
  })
})
