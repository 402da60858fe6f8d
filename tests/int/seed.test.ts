import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { seedDemo } from '../../seed/demo'
import { SEED_MENUS } from '../../seed/data/menus'
import { SI_DEMANG_SERVICES } from '../../seed/data/services'
import { MENU_COLLECTIONS } from '../../src/menus'
import { SLUGS } from '../../src/slugs'
import { startTestPayload } from '../helpers/payload'
import type { TestPayload } from '../helpers/payload'

const NOW = new Date('2026-11-25T02:00:00.000Z')

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0)

async function startWithUploads(): Promise<TestPayload & { uploadDir: string }> {
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segar-seed-'))
  const context = await startTestPayload({ extraEnv: { DATA_DIR: uploadDir } })
  return {
    ...context,
    uploadDir,
    cleanup: async () => {
      await context.cleanup()
      fs.rmSync(uploadDir, { recursive: true, force: true })
    },
  }
}

describe('seed: demo portal', () => {
  let context: TestPayload & { uploadDir: string }
  let payload: Payload
  let first: Awaited<ReturnType<typeof seed>>
  let firstDemo: Awaited<ReturnType<typeof seedDemo>>

  beforeAll(async () => {
    context = await startWithUploads()
    payload = context.payload
    // The scenario's price and COVID rows belong to seedDataMenus and its own tests; this
    // file seeds what seed() always seeds, then the demo content menus, as seed() does.
    first = await seed({ payload })
    firstDemo = await seedDemo({ payload, now: NOW })
  })

  afterAll(async () => {
    await context?.cleanup()
  })

  it('should create the 29 offices and one registry row per menu with its owner and cadence', async () => {
    expect(first.created[SLUGS.opd]).toBe(29)
    expect((await payload.count({ collection: SLUGS.opd })).totalDocs).toBe(29)
    const rows = await payload.find({ collection: SLUGS.menuPortal, depth: 1, limit: 100, pagination: false })
    expect(rows.docs).toHaveLength(SEED_MENUS.length)
    for (const slug of MENU_COLLECTIONS) {
      expect(rows.docs.some((row) => row.koleksi === slug), `registry row for ${slug}`).toBe(true)
    }
    const byKode = new Map(rows.docs.map((row) => [row.kode, row]))
    const ownerOf = (kode: string) => {
      const pemilik = byKode.get(kode)?.pemilik
      return typeof pemilik === 'object' && pemilik ? pemilik.singkatan : undefined
    }
    expect(ownerOf('harga-pangan')).toBe('DISDAG')
    expect(byKode.get('harga-pangan')?.kadensi).toBe('WORKDAYS')
    expect(ownerOf('kontak-pemadam-kebakaran')).toBe('DAMKAR')
    expect(byKode.get('kontak-pemadam-kebakaran')?.jenisKontak).toBe('pemadam-kebakaran')
    expect(ownerOf('dokumen')).toBe('BAGHUKUM')
    expect(byKode.get('dokumen')?.kadensi).toBe('IRREG')
    expect(byKode.get('layanan-publik')?.kadensi).toBe('ANNUAL_2')
    const contactRows = rows.docs.filter((row) => row.koleksi === SLUGS.kontakLayanan)
    expect(contactRows.map((row) => row.jenisKontak).sort()).toEqual(['ambulans', 'call-center', 'mobil-jenazah', 'pemadam-kebakaran'])
  })

  it('should fill every content menu with published content relative to now', async () => {
    for (const slug of [SLUGS.lowonganKerja, SLUGS.peluangInvestasi, SLUGS.agenda, SLUGS.kontakLayanan, SLUGS.layananPublik, SLUGS.formulir, SLUGS.dokumen, SLUGS.berita]) {
      const published = await payload.count({ collection: slug, where: { _status: { equals: 'published' } } })
      expect(published.totalDocs, slug).toBeGreaterThan(0)
    }
    const open = await payload.count({ collection: SLUGS.lowonganKerja, where: { batasLamaran: { greater_than: NOW.toISOString() } } })
    expect(open.totalDocs).toBeGreaterThanOrEqual(3)
    const upcoming = await payload.count({ collection: SLUGS.agenda, where: { mulai: { greater_than: NOW.toISOString() } } })
    expect(upcoming.totalDocs).toBeGreaterThanOrEqual(2)
    const siDemang = await payload.count({ collection: SLUGS.layananPublik, where: { nama: { like: 'Si Demang' } } })
    expect(siDemang.totalDocs).toBe(SI_DEMANG_SERVICES.length)
    const hearses = await payload.count({ collection: SLUGS.kontakLayanan, where: { jenis: { equals: 'mobil-jenazah' } } })
    expect(hearses.totalDocs).toBe(18)
    const callCentre = await payload.find({ collection: SLUGS.kontakLayanan, where: { jenis: { equals: 'call-center' } } })
    expect(callCentre.docs.map((doc) => doc.telepon)).toContain('112')
    const ambulance = await payload.find({ collection: SLUGS.kontakLayanan, where: { jenis: { equals: 'ambulans' } }, limit: 1 })
    expect(ambulance.docs[0]?.telepon).toMatch(/^\+62\d{8,12}$/)
  })

  it('should store real PDF files for forms and rich text for news', async () => {
    const form = await payload.find({ collection: SLUGS.formulir, depth: 1, limit: 1 })
    const berkas = form.docs[0]?.berkas
    expect(typeof berkas === 'object' && berkas?.mimeType).toBe('application/pdf')
    const filename = typeof berkas === 'object' && berkas ? berkas.filename : undefined
    const onDisk = fs.readFileSync(path.join(context.uploadDir, 'uploads', SLUGS.berkasFormulir, String(filename)))
    expect(onDisk.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const news = await payload.find({ collection: SLUGS.berita, limit: 1 })
    expect(news.docs[0]?.isi?.root.children.length).toBeGreaterThan(0)
    expect(news.docs[0]?.slug).toMatch(/^[a-z0-9-]+$/)
  })

  it('should stamp the content-change time from the seed clock, not the wall clock', async () => {
    const vacancy = await payload.find({ collection: SLUGS.lowonganKerja, limit: 1 })
    const stamped = new Date(String(vacancy.docs[0]?.isiDiubahPada))
    expect(Math.abs(stamped.getTime() - NOW.getTime())).toBeLessThan(3 * 24 * 60 * 60 * 1000)
  })

  it('should create nothing on a second run', async () => {
    const before = await payload.count({ collection: SLUGS.layananPublik })
    const second = await seed({ payload })
    expect(second.created).toEqual({})
    expect(total(second.unchanged)).toBe(total(first.created))
    const secondDemo = await seedDemo({ payload, now: NOW })
    expect(secondDemo.created).toEqual({})
    expect(total(secondDemo.unchanged)).toBe(total(firstDemo.created))
    expect((await payload.count({ collection: SLUGS.layananPublik })).totalDocs).toBe(before.totalDocs)
    expect((await payload.count({ collection: SLUGS.opd })).totalDocs).toBe(29)
    expect((await payload.count({ collection: SLUGS.menuPortal })).totalDocs).toBe(SEED_MENUS.length)
  })
})
