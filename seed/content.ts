import type { Payload, RequestContext } from 'payload'

import { SLUGS } from '../src/slugs'
import type { SeedContact } from './data/contacts'
import type { SeedService } from './data/services'
import { ensureDoc, paragraphs, requireOffice } from './ensure'
import type { SeedReport } from './ensure'
import { simplePdf } from './pdf'

/** What every content seeder needs: the Local API, the report, offices by singkatan and the clock. */
export type ContentSeedContext = {
  payload: Payload
  report: SeedReport
  offices: Map<string, string | number>
}

const PUBLISHED = { _status: 'published' }

/** The audit stamp takes its time from the context, so seeded history keeps its own dates. */
const at = (date: Date): RequestContext => ({ now: date })

export type SeedVacancy = { posisi: string; perusahaan: string; lokasi: string; deskripsi: string; batasLamaran: Date; tautan?: string; kontak?: string }

export async function seedVacancies(ctx: ContentSeedContext & { items: SeedVacancy[]; updatedAt: Date }) {
  for (const item of ctx.items) {
    await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.lowonganKerja,
      where: { and: [{ posisi: { equals: item.posisi } }, { perusahaan: { equals: item.perusahaan } }] },
      data: { ...item, batasLamaran: item.batasLamaran.toISOString(), ...PUBLISHED },
      context: at(ctx.updatedAt),
    })
  }
}

export type SeedInvestment = { judul: string; sektor: string; lokasi: string; nilaiInvestasi?: number; deskripsi: string; tahunData: number; kontak: string }

export async function seedInvestments(ctx: ContentSeedContext & { items: SeedInvestment[]; updatedAt: Date }) {
  for (const item of ctx.items) {
    await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.peluangInvestasi,
      where: { judul: { equals: item.judul } },
      data: { ...item, ...PUBLISHED },
      context: at(ctx.updatedAt),
    })
  }
}

export type SeedEvent = { judul: string; mulai: Date; selesai: Date; lokasi: string; penyelenggara: string; keterangan?: string }

export async function seedAgenda(ctx: ContentSeedContext & { items: SeedEvent[]; updatedAt: Date }) {
  for (const item of ctx.items) {
    await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.agenda,
      where: { and: [{ judul: { equals: item.judul } }, { mulai: { equals: item.mulai.toISOString() } }] },
      data: {
        ...item,
        mulai: item.mulai.toISOString(),
        selesai: item.selesai.toISOString(),
        penyelenggara: requireOffice(ctx.offices, item.penyelenggara),
        ...PUBLISHED,
      },
      context: at(ctx.updatedAt),
    })
  }
}

export async function seedContactList(ctx: ContentSeedContext & { items: SeedContact[]; updatedAt: Date }) {
  for (const item of ctx.items) {
    await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.kontakLayanan,
      where: { and: [{ jenis: { equals: item.jenis } }, { wilayah: { equals: item.wilayah } }] },
      data: { ...item, ...PUBLISHED },
      context: at(ctx.updatedAt),
    })
  }
}

/** Services by name; returns their ids by name for the forms that point at them. */
export async function seedServices(ctx: ContentSeedContext & { items: SeedService[]; updatedAt: Date }) {
  const ids = new Map<string, string | number>()
  for (const item of ctx.items) {
    const { id } = await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.layananPublik,
      where: { nama: { equals: item.nama } },
      data: { ...item, penyelenggara: requireOffice(ctx.offices, item.penyelenggara), ...PUBLISHED },
      context: at(ctx.updatedAt),
    })
    ids.set(item.nama, id)
  }
  return ids
}

export type SeedForm = { judul: string; layanan: string; namaBerkas: string; baris: string[]; keterangan?: string }

export async function seedForms(ctx: ContentSeedContext & { items: SeedForm[]; services: Map<string, string | number>; updatedAt: Date }) {
  for (const item of ctx.items) {
    const layanan = ctx.services.get(item.layanan)
    if (layanan === undefined) throw new Error(`Layanan "${item.layanan}" untuk formulir "${item.judul}" belum ada.`)
    const pdf = simplePdf({ title: item.judul, lines: item.baris })
    const berkas = await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.berkasFormulir,
      where: { keterangan: { equals: `seed:${item.namaBerkas}` } },
      data: { keterangan: `seed:${item.namaBerkas}` },
      file: { data: pdf, mimetype: 'application/pdf', name: item.namaBerkas, size: pdf.length },
    })
    await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.formulir,
      where: { judul: { equals: item.judul } },
      data: { judul: item.judul, layanan, berkas: berkas.id, keterangan: item.keterangan, ...PUBLISHED },
      context: at(ctx.updatedAt),
    })
  }
}

export type SeedDocument = {
  judul: string
  jenis: 'peraturan' | 'laporan' | 'perencanaan' | 'lainnya'
  tahun: number
  nomor?: string
  tautan?: string
  /** When set, a PDF is generated and uploaded under this file name. */
  namaBerkas?: string
  baris?: string[]
}

export async function seedDocuments(ctx: ContentSeedContext & { items: SeedDocument[]; updatedAt: Date }) {
  for (const item of ctx.items) {
    let berkas: string | number | undefined
    if (item.namaBerkas) {
      const pdf = simplePdf({ title: item.judul, lines: item.baris ?? [] })
      berkas = (
        await ensureDoc({
          payload: ctx.payload,
          report: ctx.report,
          collection: SLUGS.berkasDokumen,
          where: { keterangan: { equals: `seed:${item.namaBerkas}` } },
          data: { keterangan: `seed:${item.namaBerkas}` },
          file: { data: pdf, mimetype: 'application/pdf', name: item.namaBerkas, size: pdf.length },
        })
      ).id
    }
    await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.dokumen,
      where: { judul: { equals: item.judul } },
      data: { judul: item.judul, jenis: item.jenis, tahun: item.tahun, nomor: item.nomor, tautan: item.tautan, berkas, ...PUBLISHED },
      context: at(ctx.updatedAt),
    })
  }
}

export type SeedNews = { judul: string; slug: string; ringkasan: string; isi: string[]; tanggalTerbit: Date; opd: string }

export async function seedNews(ctx: ContentSeedContext & { items: SeedNews[] }) {
  for (const item of ctx.items) {
    await ensureDoc({
      payload: ctx.payload,
      report: ctx.report,
      collection: SLUGS.berita,
      where: { slug: { equals: item.slug } },
      data: {
        judul: item.judul,
        slug: item.slug,
        ringkasan: item.ringkasan,
        isi: paragraphs(item.isi),
        tanggalTerbit: item.tanggalTerbit.toISOString(),
        opd: requireOffice(ctx.offices, item.opd),
        ...PUBLISHED,
      },
      context: at(item.tanggalTerbit),
    })
  }
}
