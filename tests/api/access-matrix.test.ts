import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SLUGS } from '../../src/slugs'
import { pdfBytes, startContentServer, uploadForm } from '../helpers/content'
import type { ContentServer } from '../helpers/content'
import { daysAgo, prepareDataMenus } from '../helpers/dataMenus'
import { PASSWORD } from '../helpers/server'
import { paragraphs } from '../../seed/ensure'

/**
 * The access matrix, over HTTP through the real express app: every collection
 * in the Payload config × anonymous, an editor of the owner office, an editor
 * of another office, a reviewer and an admin × every operation Payload's REST
 * API offers on it. Expectations live in one table (SPECS); a collection in
 * the config without an entry fails the first test, so a collection added
 * later must be declared here. Every refusal is checked to have left the
 * stored data exactly as it was.
 */

type Actor = 'anonim' | 'pemilik' | 'lain' | 'reviewer' | 'admin'
const ACTORS: Actor[] = ['anonim', 'pemilik', 'lain', 'reviewer', 'admin']
const EVERYONE = ACTORS
const LOGGED_IN: Actor[] = ['pemilik', 'lain', 'reviewer', 'admin']
const STAFF: Actor[] = ['reviewer', 'admin']
const OWNER_AND_STAFF: Actor[] = ['pemilik', 'reviewer', 'admin']
const OWNER_AND_ADMIN: Actor[] = ['pemilik', 'admin']
const ADMIN: Actor[] = ['admin']
const NOBODY: Actor[] = []

/** `doc`: a document of a collection without drafts; `published`/`draft`: the owner office's; `unlinked`: a file linked from nothing. */
type Variant = 'doc' | 'published' | 'draft' | 'unlinked'
type Purpose = 'read' | 'update' | 'delete' | 'duplicate' | 'restore'
type Doc = { id: string | number } & Record<string, unknown>
type Body = Record<string, unknown> | FormData

type Spec = {
  /** The office whose editor plays `pemilik`, and the office whose editor plays `lain`. */
  offices: { pemilik: string; lain: string }
  /** Stores a document to act on through the Local API (access overridden); `data` overrides fields. */
  make: (args: { variant: Variant; purpose: Purpose; data?: Record<string, unknown> }) => Promise<Doc>
  /** What a client sends to create one. */
  create: () => Promise<Body>
  /** What a client sends to change one, and how to see that it changed. */
  update: () => Promise<Record<string, unknown>>
  isUpdated?: (args: { doc: Doc; body: Record<string, unknown> }) => boolean
  /** What a duplicate sends along (a copy must differ where the collection wants unique values). */
  duplicate?: () => Promise<Record<string, unknown>>
  /** Who reads which variant; each listed variant is made and read by every actor. */
  read: Partial<Record<Variant, Actor[]>>
  /** The variant the writes act on. */
  writeVariant: Variant
  allow: { create: Actor[]; update: Actor[]; delete: Actor[]; duplicate: Actor[] | 'disabled' }
  /** Versions: who reads the owner's draft's versions and who restores one. */
  versions?: { read: Actor[]; restore: Actor[] }
  /** Field values inside the owner editor's scope and outside it: no write path may carry a document out. */
  scope?: { inside: () => Promise<Record<string, unknown>>; outside: () => Promise<Record<string, unknown>> }
  /** The path segment naming a document (Payload's preferences are named by key). */
  routeId?: (doc: Doc) => string
  /** Payload's migrations collection has no REST endpoints at all (Payload answers 501). */
  hasRest?: false
  /**
   * Operations whose route Payload answers in its own way, and why: the
   * refusals are then checked for that answer, and that nobody else's data
   * changes or is returned.
   */
  quirks?: Partial<Record<'count', string>>
}

type Loose = {
  create: (args: Record<string, unknown>) => Promise<Doc>
  update: (args: Record<string, unknown>) => Promise<Doc>
  find: (args: Record<string, unknown>) => Promise<{ docs: Doc[]; totalDocs: number }>
  count: (args: Record<string, unknown>) => Promise<{ totalDocs: number }>
  findVersions: (args: Record<string, unknown>) => Promise<{ docs: Doc[] }>
}

let server: ContentServer
const local = () => server.payload as unknown as Loose
const tokens = new Map<string, string>()
const users = new Map<string, Doc>()
let counter = 0
const next = () => ++counter

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

async function officeId(singkatan: string) {
  return server.officeId(singkatan)
}

/** An editor of one office, created once, with its token. */
async function editor(singkatan: string): Promise<{ token: string; user: Doc }> {
  const known = users.get(singkatan)
  if (known) return { token: tokens.get(singkatan)!, user: known }
  const email = `matriks.${singkatan.toLowerCase()}@uji.segar.example`
  const user = await local().create({
    collection: SLUGS.users,
    data: { email, nama: `Editor ${singkatan}`, password: PASSWORD, roles: ['editor'], opd: [await officeId(singkatan)] },
  })
  users.set(singkatan, { ...user, collection: SLUGS.users })
  tokens.set(singkatan, await server.login(email))
  return { token: tokens.get(singkatan)!, user: users.get(singkatan)! }
}

async function tokenOf(actor: Actor, spec: Spec): Promise<string | undefined> {
  if (actor === 'anonim') return undefined
  if (actor === 'reviewer' || actor === 'admin') return tokens.get(actor)
  return (await editor(spec.offices[actor])).token
}

async function menuId(kode: string) {
  const found = await local().find({ collection: SLUGS.menuPortal, where: { kode: { equals: kode } }, limit: 1, depth: 0 })
  return found.docs[0]!.id
}

const calendarDay = (offsetDays: number) => new Date(Date.UTC(2090, 0, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10)
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const richText = (text: string) => paragraphs([text])

const statusOf = (variant: Variant) => (variant === 'draft' ? 'draft' : 'published')

/** A menu content collection: public reads published, the owner office writes, reviewers read everything. */
function menuSpec({
  slug,
  offices,
  data,
  update,
  duplicate,
  scope,
}: {
  slug: string
  offices: Spec['offices']
  data: () => Promise<Record<string, unknown>>
  update: () => Record<string, unknown>
  duplicate?: () => Promise<Record<string, unknown>>
  scope?: Spec['scope']
}): Spec {
  return {
    offices,
    make: async ({ variant, data: overrides }) =>
      local().create({ collection: slug, data: { ...(await data()), ...overrides, _status: statusOf(variant) }, draft: variant === 'draft' }),
    create: async () => ({ ...(await data()), _status: 'published' }),
    update: async () => update(),
    duplicate,
    read: { published: EVERYONE, draft: OWNER_AND_STAFF },
    writeVariant: 'published',
    allow: { create: OWNER_AND_ADMIN, update: OWNER_AND_ADMIN, delete: OWNER_AND_ADMIN, duplicate: OWNER_AND_ADMIN },
    versions: { read: OWNER_AND_STAFF, restore: OWNER_AND_ADMIN },
    scope,
  }
}

/** A record the jobs write (Local API only): read as declared, never written over REST. */
function systemSpec({
  slug,
  offices,
  read,
  data,
}: {
  slug: string
  offices: Spec['offices']
  read: Actor[]
  data: () => Promise<Record<string, unknown>>
}): Spec {
  return {
    offices,
    make: async ({ data: overrides }) => local().create({ collection: slug, data: { ...(await data()), ...overrides } }),
    create: data,
    update: async () => ({}),
    read: { doc: read },
    writeVariant: 'doc',
    allow: { create: NOBODY, update: NOBODY, delete: NOBODY, duplicate: 'disabled' },
  }
}

type UploadSlug = typeof SLUGS.media | typeof SLUGS.berkasFormulir | typeof SLUGS.berkasDokumen

/**
 * A file collection: a file is public only once published content links to
 * it; an editor reads its own and those of drafts it may read; any editor
 * uploads; the uploader changes its file while nothing published links to it.
 */
function uploadSpec({
  slug,
  offices,
  file,
  fields,
  textField,
  link,
}: {
  slug: UploadSlug
  offices: Spec['offices']
  file: () => { bytes: Buffer; name: string; type: string }
  fields: () => Record<string, unknown>
  /** A text field of the collection that an update changes. */
  textField: 'alt' | 'keterangan'
  /** Stores content of the owner office linking to the file. */
  link: (args: { uploadId: string | number; status: 'published' | 'draft' }) => Promise<unknown>
}): Spec {
  return {
    offices,
    make: async ({ variant }) => {
      const { bytes, name, type } = file()
      const uploader = (await editor(offices.pemilik)).user
      const doc = await local().create({
        collection: slug,
        data: fields(),
        file: { data: bytes, mimetype: type, name: `${next()}-${name}`, size: bytes.length },
        user: uploader,
        overrideAccess: true,
      })
      if (variant === 'published' || variant === 'draft') await link({ uploadId: doc.id, status: variant })
      return doc
    },
    create: async () => {
      const { bytes, name, type } = file()
      return uploadForm({ bytes, name: `${next()}-${name}`, type, fields: fields() })
    },
    update: async () => ({ [textField]: `Diubah ${next()}` }),
    read: { published: EVERYONE, draft: OWNER_AND_STAFF, unlinked: OWNER_AND_STAFF },
    writeVariant: 'unlinked',
    allow: { create: ['pemilik', 'lain', 'admin'], update: OWNER_AND_ADMIN, delete: OWNER_AND_ADMIN, duplicate: 'disabled' },
  }
}

let shared: { layanan: Doc; berkasFormulir: Doc; komoditas: string | number; hargaPanganMenu: string | number }

const SPECS: Record<string, Spec> = {
  [SLUGS.opd]: {
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    make: async () => {
      const n = next()
      return local().create({ collection: SLUGS.opd, data: { nama: `Kantor Matriks ${n}`, singkatan: `MTX${n}`, jenis: 'lainnya' } })
    },
    create: async () => ({ nama: `Kantor Baru ${next()}`, singkatan: `MTXB${counter}`, jenis: 'lainnya' }),
    update: async () => ({ alamat: `Jl. Matriks ${next()}` }),
    read: { doc: EVERYONE },
    writeVariant: 'doc',
    allow: { create: ADMIN, update: ADMIN, delete: ADMIN, duplicate: 'disabled' },
  },
  [SLUGS.users]: {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    // Read and changed: the owner's own account. Deleted: a colleague's.
    make: async ({ purpose }) => {
      if (purpose !== 'delete') return (await editor('DISDAG')).user
      const n = next()
      return local().create({
        collection: SLUGS.users,
        data: { email: `rekan.${n}@uji.segar.example`, nama: `Rekan ${n}`, password: PASSWORD, roles: ['editor'], opd: [await officeId('DISDAG')] },
      })
    },
    create: async () => ({ email: `baru.${next()}@uji.segar.example`, password: PASSWORD, nama: 'Baru', roles: ['editor'], opd: [await officeId('DISDAG')] }),
    update: async () => ({ nama: `Nama ${next()}` }),
    read: { doc: OWNER_AND_STAFF },
    writeVariant: 'doc',
    allow: { create: ADMIN, update: OWNER_AND_ADMIN, delete: ADMIN, duplicate: 'disabled' },
  },
  [SLUGS.menuPortal]: {
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    // Rows for the offices menu, which DISKOMINFO owns already: no other office's scope changes.
    make: async () => {
      const n = next()
      return local().create({
        collection: SLUGS.menuPortal,
        data: { kode: `matriks-${n}`, koleksi: SLUGS.opd, judul: `Menu Matriks ${n}`, pemilik: await officeId('DISKOMINFO'), kadensi: 'ANNUAL' },
      })
    },
    create: async () => ({ kode: `matriks-baru-${next()}`, koleksi: SLUGS.opd, judul: 'Menu Baru', pemilik: await officeId('DISKOMINFO'), kadensi: 'ANNUAL' }),
    update: async () => ({ deskripsi: `Deskripsi ${next()}` }),
    read: { doc: EVERYONE },
    writeVariant: 'doc',
    allow: { create: STAFF, update: STAFF, delete: ADMIN, duplicate: 'disabled' },
  },
  [SLUGS.komoditas]: {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () => local().create({ collection: SLUGS.komoditas, data: { nama: `Komoditas Matriks ${next()}`, satuan: 'kg', kategori: 'sayur-bumbu' } }),
    create: async () => ({ nama: `Komoditas Baru ${next()}`, satuan: 'kg', kategori: 'sayur-bumbu' }),
    update: async () => ({ nama: `Komoditas Diubah ${next()}` }),
    read: { doc: EVERYONE },
    writeVariant: 'doc',
    allow: { create: STAFF, update: STAFF, delete: ADMIN, duplicate: 'disabled' },
  },
  [SLUGS.hargaPangan]: menuSpec({
    slug: SLUGS.hargaPangan,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    data: async () => ({ komoditas: shared.komoditas, pasar: 'pasar-cinde', tanggal: daysAgo(next()), harga: 15_000, satuan: 'kg' }),
    update: () => ({ harga: 15_000 + next() }),
    duplicate: async () => ({ tanggal: daysAgo(next()) }),
  }),
  [SLUGS.statistikCovid]: menuSpec({
    slug: SLUGS.statistikCovid,
    offices: { pemilik: 'DINKES', lain: 'DISDAG' },
    data: async () => ({ tanggal: daysAgo(next()), terkonfirmasi: 10, dirawat: 1, sembuh: 8, meninggal: 1, odp: 0, pdp: 0 }),
    update: () => ({ odp: next() }),
    duplicate: async () => ({ tanggal: daysAgo(next()) }),
  }),
  [SLUGS.lowonganKerja]: menuSpec({
    slug: SLUGS.lowonganKerja,
    offices: { pemilik: 'DISNAKER', lain: 'DISDAG' },
    data: async () => ({
      posisi: `Juru Masak ${next()}`,
      perusahaan: 'Rumah Makan Pindang Musi',
      lokasi: 'Kecamatan Bukit Kecil',
      deskripsi: 'Berpengalaman memasak pindang patin.',
      batasLamaran: inDays(10),
      kontak: 'lamaran@pindang.segar.example',
    }),
    update: () => ({ lokasi: `Kecamatan Ilir Barat ${next()}` }),
  }),
  [SLUGS.peluangInvestasi]: menuSpec({
    slug: SLUGS.peluangInvestasi,
    offices: { pemilik: 'DPMPTSP', lain: 'DINKES' },
    data: async () => ({
      judul: `Kawasan Wisata ${next()}`,
      sektor: 'Pariwisata',
      lokasi: 'Kecamatan Seberang Ulu I',
      tahunData: 2024,
      deskripsi: 'Lahan tepi Sungai Musi.',
      kontak: 'dpmptsp@opd.segar.example',
    }),
    update: () => ({ lokasi: `Kecamatan Kertapati ${next()}` }),
  }),
  [SLUGS.agenda]: menuSpec({
    slug: SLUGS.agenda,
    offices: { pemilik: 'PROKOPIM', lain: 'DINKES' },
    data: async () => ({
      judul: `Rapat Matriks ${next()}`,
      mulai: inDays(3),
      selesai: inDays(3.1),
      lokasi: 'Rumah Dinas Wali Kota',
      penyelenggara: await officeId('PROKOPIM'),
    }),
    update: () => ({ lokasi: `Ruang Rapat ${next()}` }),
    scope: {
      inside: async () => ({ penyelenggara: await officeId('PROKOPIM') }),
      outside: async () => ({ penyelenggara: await officeId('DINKES') }),
    },
  }),
  [SLUGS.kontakLayanan]: menuSpec({
    slug: SLUGS.kontakLayanan,
    // DINKES owns ambulances and hearses in the same collection: the closest neighbour of a fire post.
    offices: { pemilik: 'DAMKAR', lain: 'DINKES' },
    data: async () => ({ jenis: 'pemadam-kebakaran', wilayah: `Pos Matriks ${next()}`, telepon: '0711 350000' }),
    update: () => ({ petugas: `Petugas ${next()}` }),
    duplicate: async () => ({ telepon: '0711 999999' }),
    scope: { inside: async () => ({ jenis: 'pemadam-kebakaran' }), outside: async () => ({ jenis: 'ambulans' }) },
  }),
  [SLUGS.layananPublik]: menuSpec({
    slug: SLUGS.layananPublik,
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    data: async () => ({
      nama: `Layanan Matriks ${next()}`,
      deskripsi: 'Layanan untuk pengujian.',
      kategori: 'lainnya',
      tingkat: 'kota',
      url: 'https://layanan.segar.example/matriks',
      penyelenggara: await officeId('DISKOMINFO'),
    }),
    update: () => ({ deskripsi: `Deskripsi ${next()}` }),
    scope: {
      inside: async () => ({ penyelenggara: await officeId('DISKOMINFO') }),
      outside: async () => ({ penyelenggara: await officeId('DINKES') }),
    },
  }),
  [SLUGS.formulir]: menuSpec({
    slug: SLUGS.formulir,
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    data: async () => ({ judul: `Formulir Matriks ${next()}`, layanan: shared.layanan.id, berkas: shared.berkasFormulir.id }),
    update: () => ({ keterangan: `Petunjuk ${next()}` }),
  }),
  [SLUGS.dokumen]: menuSpec({
    slug: SLUGS.dokumen,
    offices: { pemilik: 'BAGHUKUM', lain: 'DINKES' },
    data: async () => ({ judul: `Perwali Matriks ${next()}`, jenis: 'peraturan', tahun: 2024, tautan: 'https://jdih.segar.example/perwali' }),
    update: () => ({ nomor: `Perwali No. ${next()}` }),
  }),
  [SLUGS.berita]: menuSpec({
    slug: SLUGS.berita,
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    data: async () => ({
      judul: `Berita Matriks ${next()}`,
      ringkasan: 'Ringkasan berita uji.',
      isi: richText('Isi berita uji.'),
      tanggalTerbit: new Date().toISOString(),
      opd: await officeId('DISKOMINFO'),
    }),
    update: () => ({ ringkasan: `Ringkasan ${next()}` }),
    duplicate: async () => ({ judul: `Salinan ${next()}`, slug: `salinan-${counter}` }),
    scope: {
      inside: async () => ({ opd: await officeId('DISKOMINFO') }),
      outside: async () => ({ opd: await officeId('DINKES') }),
    },
  }),
  pengumuman: menuSpec({
    slug: 'pengumuman',
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    data: async () => ({
      judul: `Pengumuman Matriks ${next()}`,
      isi: richText('Isi pengumuman uji.'),
      opd: await officeId('DISKOMINFO'),
      berlakuMulai: inDays(-1),
      berlakuSampai: inDays(7),
    }),
    update: () => ({ judul: `Pengumuman Diubah ${next()}` }),
    scope: {
      inside: async () => ({ opd: await officeId('DISKOMINFO') }),
      outside: async () => ({ opd: await officeId('DINKES') }),
    },
  }),
  [SLUGS.riwayatKesegaran]: systemSpec({
    slug: SLUGS.riwayatKesegaran,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    read: OWNER_AND_STAFF,
    data: async () => ({
      menu: shared.hargaPanganMenu,
      kode: 'harga-pangan',
      pemilik: await officeId('DISDAG'),
      status: 'fresh',
      dijalankanPada: inDays(-next()),
      putaran: `matriks-${counter}`,
    }),
  }),
  [SLUGS.transisiKesegaran]: systemSpec({
    slug: SLUGS.transisiKesegaran,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    read: OWNER_AND_STAFF,
    data: async () => ({
      menu: shared.hargaPanganMenu,
      kode: 'harga-pangan',
      pemilik: await officeId('DISDAG'),
      dari: 'fresh',
      ke: 'overdue',
      pada: inDays(-next()),
      putaran: `matriks-${counter}`,
    }),
  }),
  [SLUGS.hariLibur]: {
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    make: async () => local().create({ collection: SLUGS.hariLibur, data: { tanggal: calendarDay(next()), nama: 'Libur Matriks', jenis: 'libur-nasional' } }),
    create: async () => ({ tanggal: calendarDay(next()), nama: 'Libur Baru', jenis: 'cuti-bersama' }),
    update: async () => ({ nama: `Libur Diubah ${next()}` }),
    read: { doc: EVERYONE },
    writeVariant: 'doc',
    allow: { create: STAFF, update: STAFF, delete: STAFF, duplicate: 'disabled' },
  },
  [SLUGS.verifikasi]: {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () => local().create({ collection: SLUGS.verifikasi, data: { menu: shared.hargaPanganMenu, cara: 'login' } }),
    create: async () => ({ menu: shared.hargaPanganMenu, cara: 'login' }),
    update: async () => ({ catatan: `Catatan ${next()}` }),
    read: { doc: OWNER_AND_STAFF },
    writeVariant: 'doc',
    allow: { create: ADMIN, update: ADMIN, delete: ADMIN, duplicate: 'disabled' },
  },
  [SLUGS.pengecualian]: {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () => local().create({ collection: SLUGS.pengecualian, data: { menu: shared.hargaPanganMenu, alasan: `Renovasi pasar ${next()}`, selesai: inDays(30) } }),
    create: async () => ({ menu: shared.hargaPanganMenu, alasan: `Renovasi ${next()}`, selesai: inDays(30) }),
    // A grant is fixed once given; the one change is ending it.
    update: async () => ({ akhiri: true }),
    isUpdated: ({ doc }) => Boolean(doc.diakhiriPada),
    read: { doc: OWNER_AND_STAFF },
    writeVariant: 'doc',
    allow: { create: STAFF, update: STAFF, delete: ADMIN, duplicate: 'disabled' },
  },
  [SLUGS.laporanWarga]: {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () => local().create({ collection: SLUGS.laporanWarga, data: { menu: shared.hargaPanganMenu, pesan: `Harga sudah lama ${next()}` } }),
    create: async () => ({ menu: shared.hargaPanganMenu, pesan: `Harga cabai belum diperbarui ${next()}` }),
    update: async () => ({ status: 'ditangani' }),
    read: { doc: OWNER_AND_STAFF },
    writeVariant: 'doc',
    allow: { create: EVERYONE, update: OWNER_AND_ADMIN, delete: ADMIN, duplicate: 'disabled' },
  },
  [SLUGS.hasilTautan]: systemSpec({
    slug: SLUGS.hasilTautan,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    read: OWNER_AND_STAFF,
    data: async () => ({
      kunci: `matriks-${next()}`,
      url: 'https://contoh.segar.example/',
      menu: shared.hargaPanganMenu,
      kode: 'harga-pangan',
      koleksi: SLUGS.hargaPangan,
      dokumen: String(counter),
      pemilik: await officeId('DISDAG'),
      hasil: 'ok',
      terakhirDiperiksa: new Date().toISOString(),
    }),
  }),
  [SLUGS.kotakKeluar]: systemSpec({
    slug: SLUGS.kotakKeluar,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    read: STAFF,
    data: async () => ({
      kunci: `matriks-${next()}`,
      jenis: 'lainnya',
      kepada: ['disdag@opd.segar.example'],
      subjek: 'Uji',
      status: 'antre',
      percobaan: 0,
      teks: 'Uji',
      html: '<p>Uji</p>',
      opd: await officeId('DISDAG'),
    }),
  }),
  [SLUGS.jobRuns]: systemSpec({
    slug: SLUGS.jobRuns,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    read: STAFF,
    data: async () => ({
      kunci: `matriks:${next()}`,
      tugas: 'matriks',
      slot: inDays(-counter),
      status: 'selesai',
      mulai: new Date().toISOString(),
      pemilik: 'uji',
      sewaSampai: new Date().toISOString(),
    }),
  }),
  [SLUGS.percobaan]: systemSpec({
    slug: SLUGS.percobaan,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    read: NOBODY,
    data: async () => ({ kunci: `matriks-${next()}`, urutan: 1, pada: new Date().toISOString() }),
  }),
  [SLUGS.notifikasiTerkirim]: systemSpec({
    slug: SLUGS.notifikasiTerkirim,
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    read: OWNER_AND_STAFF,
    data: async () => ({
      menu: shared.hargaPanganMenu,
      kode: 'harga-pangan',
      pemilik: await officeId('DISDAG'),
      keadaan: 'overdue',
      jenis: 'ringkasan-harian',
      pada: inDays(-next()),
    }),
  }),
  [SLUGS.media]: uploadSpec({
    slug: SLUGS.media,
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    file: () => ({ bytes: PNG, name: 'foto.png', type: 'image/png' }),
    fields: () => ({ alt: 'Wali Kota meninjau pasar' }),
    textField: 'alt',
    link: async ({ uploadId, status }) =>
      local().create({
        collection: SLUGS.berita,
        data: {
          judul: `Berita Bergambar ${next()}`,
          ringkasan: 'Ringkasan.',
          isi: richText('Isi.'),
          tanggalTerbit: new Date().toISOString(),
          opd: await officeId('DISKOMINFO'),
          gambar: uploadId,
          _status: status,
        },
        draft: status === 'draft',
      }),
  }),
  [SLUGS.berkasFormulir]: uploadSpec({
    slug: SLUGS.berkasFormulir,
    offices: { pemilik: 'DISKOMINFO', lain: 'DINKES' },
    file: () => ({ bytes: pdfBytes(), name: 'formulir.pdf', type: 'application/pdf' }),
    fields: () => ({ keterangan: 'Formulir uji' }),
    textField: 'keterangan',
    link: async ({ uploadId, status }) =>
      local().create({
        collection: SLUGS.formulir,
        data: { judul: `Formulir Berkas ${next()}`, layanan: shared.layanan.id, berkas: uploadId, _status: status },
        draft: status === 'draft',
      }),
  }),
  [SLUGS.berkasDokumen]: uploadSpec({
    slug: SLUGS.berkasDokumen,
    offices: { pemilik: 'BAGHUKUM', lain: 'DINKES' },
    file: () => ({ bytes: pdfBytes(), name: 'perwali.pdf', type: 'application/pdf' }),
    fields: () => ({ keterangan: 'Dokumen uji' }),
    textField: 'keterangan',
    link: async ({ uploadId, status }) =>
      local().create({
        collection: SLUGS.dokumen,
        data: { judul: `Dokumen Berkas ${next()}`, jenis: 'laporan', tahun: 2024, berkas: uploadId, _status: status },
        draft: status === 'draft',
      }),
  }),
  // Payload's own collections.
  'payload-kv': {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () => local().create({ collection: 'payload-kv', data: { key: `matriks-${next()}`, data: { n: counter } } }),
    create: async () => ({ key: `matriks-baru-${next()}`, data: { n: counter } }),
    update: async () => ({ data: { n: next() } }),
    read: { doc: NOBODY },
    writeVariant: 'doc',
    allow: { create: NOBODY, update: NOBODY, delete: NOBODY, duplicate: 'disabled' },
  },
  // The admin panel's "someone is editing this" marks: every logged-in user must see and take them over.
  'payload-locked-documents': {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () =>
      local().create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: SLUGS.opd, value: await officeId('DISDAG') }, user: { relationTo: SLUGS.users, value: (await editor('DISDAG')).user.id } },
      }),
    create: async () => ({ document: { relationTo: SLUGS.opd, value: await officeId('DINKES') }, user: { relationTo: SLUGS.users, value: (await editor('DISDAG')).user.id } }),
    update: async () => ({ globalSlug: `matriks-${next()}` }),
    read: { doc: LOGGED_IN },
    writeVariant: 'doc',
    allow: { create: LOGGED_IN, update: LOGGED_IN, delete: LOGGED_IN, duplicate: 'disabled' },
  },
  // Each user's own admin settings, named by key; nobody else's, not even an admin's.
  'payload-preferences': {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () => local().create({ collection: 'payload-preferences', data: { key: `matriks-${next()}`, value: { n: counter } }, user: (await editor('DISDAG')).user }),
    create: async () => ({ key: `matriks-baru-${next()}`, value: { n: counter } }),
    update: async () => ({ value: { n: next() } }),
    isUpdated: ({ doc, body }) => JSON.stringify(doc.value) === JSON.stringify(body.value),
    read: { doc: ['pemilik'] },
    writeVariant: 'doc',
    allow: { create: LOGGED_IN, update: ['pemilik'], delete: ['pemilik'], duplicate: 'disabled' },
    routeId: (doc) => String(doc.key),
    quirks: {
      count: 'GET /api/payload-preferences/count is the caller\'s own preference named "count"',
    },
  },
  'payload-migrations': {
    offices: { pemilik: 'DISDAG', lain: 'DINKES' },
    make: async () => local().create({ collection: 'payload-migrations', data: { name: `matriks_${next()}`, batch: 99 } }),
    create: async () => ({ name: `matriks_baru_${next()}`, batch: 99 }),
    update: async () => ({ batch: next() }),
    read: { doc: NOBODY },
    writeVariant: 'doc',
    allow: { create: NOBODY, update: NOBODY, delete: NOBODY, duplicate: 'disabled' },
    hasRest: false,
  },
}

beforeAll(async () => {
  server = await startContentServer()
  tokens.set('reviewer', await server.login(server.users.reviewer.email))
  tokens.set('admin', await server.login(server.users.admin.email))
  const komoditas = await prepareDataMenus(server)
  const uploader = (await editor('DISKOMINFO')).user
  const bytes = pdfBytes()
  shared = {
    komoditas: [...komoditas.values()][0]!,
    hargaPanganMenu: await menuId('harga-pangan'),
    layanan: await local().create({
      collection: SLUGS.layananPublik,
      data: {
        nama: 'Layanan Formulir',
        deskripsi: 'Untuk formulir uji.',
        kategori: 'lainnya',
        tingkat: 'kota',
        url: 'https://layanan.segar.example/formulir',
        penyelenggara: await officeId('DISKOMINFO'),
        _status: 'published',
      },
    }),
    berkasFormulir: await local().create({
      collection: SLUGS.berkasFormulir,
      data: { keterangan: 'Berkas bersama' },
      file: { data: bytes, mimetype: 'application/pdf', name: 'bersama.pdf', size: bytes.length },
      user: uploader,
      overrideAccess: true,
    }),
  }
})

afterAll(async () => {
  await server?.close()
})

const isAllowed = (spec: Spec, actors: Actor[], actor: Actor) => spec.hasRest !== false && actors.includes(actor)

/** A refusal: 401, 403 or 404, or Payload's 501 where a collection has no REST endpoints. */
const isRefusal = (spec: Spec, status: number) => (spec.hasRest === false ? status === 501 : status === 401 || status === 403 || status === 404)

const configOf = (slug: string) => server.payload.config.collections.find((collection) => collection.slug === slug)!
const hasDrafts = (slug: string) => {
  const { versions } = configOf(slug)
  return Boolean(versions && versions.drafts)
}

async function call(spec: Spec, actor: Actor, path: string, init: { method?: string; json?: unknown; body?: Body } = {}) {
  const token = await tokenOf(actor, spec)
  if (init.body instanceof FormData) return server.api(path, { method: init.method, token, body: init.body })
  return server.api(path, { method: init.method, token, json: init.json ?? init.body })
}

/** The stored document (its newest version where there are drafts), its number of versions, and the collection's size. */
async function stored(slug: string, id: string | number) {
  const found = await local().find({
    collection: slug,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    draft: hasDrafts(slug),
    showHiddenFields: true,
    overrideAccess: true,
  })
  const versions = configOf(slug).versions ? (await local().findVersions({ collection: slug, where: { parent: { equals: id } }, limit: 0, pagination: false, depth: 0 })).docs.length : 0
  const total = (await local().count({ collection: slug, overrideAccess: true })).totalDocs
  return { doc: found.docs[0] ?? null, versions, total }
}

const routeOf = (spec: Spec, doc: Doc) => (spec.routeId ? spec.routeId(doc) : String(doc.id))

function expectUpdated(spec: Spec, doc: Doc | null, body: Record<string, unknown>, label: string) {
  expect(doc, label).not.toBeNull()
  if (spec.isUpdated) {
    expect(spec.isUpdated({ doc: doc!, body }), label).toBe(true)
    return
  }
  for (const [key, value] of Object.entries(body)) expect(doc![key], `${label}: ${key}`).toEqual(value)
}

const READS = ['find', 'findByID', 'count'] as const
const WRITES = ['create', 'update', 'bulkUpdate', 'delete', 'bulkDelete', 'duplicate'] as const
const VERSIONS = ['versions', 'version', 'restore'] as const

describe('the access matrix covers the whole config', () => {
  it('should declare expectations for every collection in the Payload config, and only for those', () => {
    const inConfig = server.payload.config.collections.map((collection) => collection.slug).sort()
    expect(Object.keys(SPECS).sort()).toEqual(inConfig)
  })

  it('should declare versions exactly where the collection keeps them, and files exactly for upload collections', () => {
    for (const collection of server.payload.config.collections) {
      const spec = SPECS[collection.slug]!
      expect(Boolean(spec.versions), `${collection.slug}: versions`).toBe(Boolean(collection.versions))
      expect(Boolean(spec.read.unlinked), `${collection.slug}: files`).toBe(Boolean(collection.upload))
      if (collection.versions && collection.versions.drafts) expect(Object.keys(spec.read).sort(), collection.slug).toEqual(['draft', 'published'])
    }
  })
})

describe.each(Object.keys(SPECS))('%s', (slug) => {
  const spec = SPECS[slug]!
  const drafts = () => (hasDrafts(slug) ? [false, true] : [false])

  const reads = spec.read.unlinked ? [...READS, 'file' as const] : READS
  it.each(reads)('%s: each actor reads exactly what the table says, and no more', async (op) => {
    for (const [variant, readers] of Object.entries(spec.read) as [Variant, Actor[]][]) {
      const doc = await spec.make({ variant, purpose: 'read' })
      for (const actor of ACTORS) {
        const label = `${slug} ${op} ${variant} as ${actor}`
        const mayRead = isAllowed(spec, readers, actor)
        for (const draft of op === 'file' || op === 'count' ? [false] : drafts()) {
          const query = draft ? '&draft=true' : ''
          if (op === 'find') {
            const response = await call(spec, actor, `/api/${slug}?where[id][equals]=${doc.id}&depth=0${query}`)
            if (mayRead) {
              expect(response.status, label).toBe(200)
              expect(((await response.json()).docs as Doc[]).map((found) => String(found.id)), label).toContain(String(doc.id))
            } else if (response.status === 200) {
              expect(((await response.json()).docs as Doc[]).map((found) => String(found.id)), label).not.toContain(String(doc.id))
            } else expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
          }
          if (op === 'findByID') {
            const response = await call(spec, actor, `/api/${slug}/${routeOf(spec, doc)}?depth=0${query}`)
            if (mayRead) {
              expect(response.status, label).toBe(200)
              expect(String((await response.json()).id), label).toBe(String(doc.id))
            } else if (response.status === 200) {
              // Payload's preferences answer an unknown key with 200 and `value: null`.
              const body = await response.json()
              expect(String(body.id), label).not.toBe(String(doc.id))
              expect(body.value ?? null, label).toBeNull()
            } else expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
          }
          if (op === 'count' && spec.quirks?.count) {
            const response = await call(spec, actor, `/api/${slug}/count?where[id][equals]=${doc.id}`)
            const body = await response.json()
            expect(body.totalDocs ?? 0, `${label} (${spec.quirks.count})`).toBe(0)
            expect(String(body.id), label).not.toBe(String(doc.id))
          } else if (op === 'count') {
            const response = await call(spec, actor, `/api/${slug}/count?where[id][equals]=${doc.id}`)
            if (mayRead) {
              expect(response.status, label).toBe(200)
              expect((await response.json()).totalDocs, label).toBe(1)
            } else if (response.status === 200) expect((await response.json()).totalDocs, label).toBe(0)
            else expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
          }
          if (op === 'file') {
            const response = await call(spec, actor, `/api/${slug}/file/${doc.filename}`)
            if (mayRead) expect(response.status, label).toBe(200)
            else expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
            await response.arrayBuffer()
          }
        }
      }
    }
  })

  it.each(WRITES)('%s: allowed actors change the data, refused ones leave it exactly as it was', async (op) => {
    for (const actor of ACTORS) {
      const label = `${slug} ${op} as ${actor}`
      if (op === 'create') {
        const before = (await local().count({ collection: slug, overrideAccess: true })).totalDocs
        const response = await call(spec, actor, `/api/${slug}`, { method: 'POST', body: await spec.create() })
        const after = (await local().count({ collection: slug, overrideAccess: true })).totalDocs
        if (isAllowed(spec, spec.allow.create, actor)) {
          expect(response.status, `${label}: ${await response.clone().text()}`).toBe(201)
          expect(after, label).toBe(before + 1)
        } else {
          expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
          expect(after, label).toBe(before)
        }
        continue
      }
      const purpose: Purpose = op === 'delete' || op === 'bulkDelete' ? 'delete' : op === 'duplicate' ? 'duplicate' : 'update'
      const doc = await spec.make({ variant: spec.writeVariant, purpose })
      const before = await stored(slug, doc.id)
      if (op === 'update' || op === 'bulkUpdate') {
        const body = await spec.update()
        const path = op === 'update' ? `/api/${slug}/${doc.id}` : `/api/${slug}?where[id][equals]=${doc.id}`
        const response = await call(spec, actor, path, { method: 'PATCH', json: body })
        const after = await stored(slug, doc.id)
        if (isAllowed(spec, spec.allow.update, actor)) {
          expect(response.status, `${label}: ${await response.clone().text()}`).toBe(200)
          expectUpdated(spec, after.doc, body, label)
        } else {
          if (response.status === 200) expect((await response.json()).docs ?? [], label).toEqual([])
          else expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
          expect(after, label).toEqual(before)
        }
      }
      if (op === 'delete' || op === 'bulkDelete') {
        const path = op === 'delete' ? `/api/${slug}/${routeOf(spec, doc)}` : `/api/${slug}?where[id][equals]=${doc.id}`
        const response = await call(spec, actor, path, { method: 'DELETE' })
        const after = await stored(slug, doc.id)
        if (isAllowed(spec, spec.allow.delete, actor)) {
          expect(response.status, `${label}: ${await response.clone().text()}`).toBe(200)
          expect(after.doc, label).toBeNull()
        } else {
          if (response.status === 200) expect((await response.json()).docs ?? [], label).toEqual([])
          else expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
          expect(after, label).toEqual(before)
        }
      }
      if (op === 'duplicate') {
        const body = spec.duplicate ? await spec.duplicate() : {}
        const response = await call(spec, actor, `/api/${slug}/${doc.id}/duplicate?draft=false`, { method: 'POST', json: body })
        const after = await stored(slug, doc.id)
        if (spec.allow.duplicate === 'disabled') {
          // 400 "cannot be duplicated"; auth collections have no duplicate route at all (404).
          const expected = spec.hasRest === false ? [501] : configOf(slug).auth ? [404] : [400]
          expect(expected, `${label}: ${await response.clone().text()}`).toContain(response.status)
          expect(after, label).toEqual(before)
        } else if (isAllowed(spec, spec.allow.duplicate, actor)) {
          expect(response.status, `${label}: ${await response.clone().text()}`).toBe(200)
          expect(after.total, label).toBe(before.total + 1)
        } else {
          expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
          expect(after, label).toEqual(before)
        }
      }
    }
  })

  // Declared only where the collection keeps versions (checked against the config above).
  const versionOps = spec.versions ? VERSIONS : []
  it.each(versionOps)('%s: versions are read and restored only within the same scope as the documents', async (op) => {
    if (!spec.versions) throw new Error(`${slug}: no versions declared`)
    const versionsOf = async (id: string | number) =>
      (await local().findVersions({ collection: slug, where: { parent: { equals: id } }, sort: 'createdAt', limit: 0, pagination: false, depth: 0 })).docs
    if (op === 'versions' || op === 'version') {
      const doc = await spec.make({ variant: 'draft', purpose: 'read' })
      await local().update({ collection: slug, id: doc.id, data: await spec.update(), draft: true })
      const [first] = await versionsOf(doc.id)
      for (const actor of ACTORS) {
        const label = `${slug} ${op} as ${actor}`
        const mayRead = isAllowed(spec, spec.versions.read, actor)
        const path = op === 'versions' ? `/api/${slug}/versions?where[parent][equals]=${doc.id}&depth=0` : `/api/${slug}/versions/${first!.id}?depth=0`
        const response = await call(spec, actor, path)
        if (mayRead) {
          expect(response.status, label).toBe(200)
          const body = await response.json()
          if (op === 'versions') expect(body.docs.length, label).toBeGreaterThanOrEqual(2)
          else expect(String(body.parent), label).toBe(String(doc.id))
        } else if (op === 'versions' && response.status === 200) expect((await response.json()).docs, label).toEqual([])
        else expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
      }
      return
    }
    for (const actor of ACTORS) {
      const label = `${slug} restore as ${actor}`
      const doc = await spec.make({ variant: 'published', purpose: 'restore' })
      const change = await spec.update()
      await local().update({ collection: slug, id: doc.id, data: change })
      const [first] = await versionsOf(doc.id)
      const before = await stored(slug, doc.id)
      const response = await call(spec, actor, `/api/${slug}/versions/${first!.id}`, { method: 'POST' })
      const after = await stored(slug, doc.id)
      if (isAllowed(spec, spec.versions.restore, actor)) {
        expect(response.status, `${label}: ${await response.clone().text()}`).toBe(200)
        for (const key of Object.keys(change)) expect(after.doc?.[key], `${label}: ${key}`).toEqual(doc[key])
      } else {
        expect(isRefusal(spec, response.status), `${label}: ${response.status}`).toBe(true)
        expect(after, label).toEqual(before)
      }
    }
  })

  const scoped = spec.scope ? ['the owner editor scope'] : []
  it.each(scoped)('should let no write path carry a document out of %s', async () => {
    if (!spec.scope) throw new Error(`${slug}: no scope declared`)
    const outside = await spec.scope.outside()
    const inside = await spec.scope.inside()
    const pemilik = 'pemilik'

    const countBefore = (await local().count({ collection: slug, overrideAccess: true })).totalDocs
    const create = await call(spec, pemilik, `/api/${slug}`, { method: 'POST', json: { ...(await spec.create()), ...outside } })
    expect(create.status, 'create').toBe(403)
    expect((await local().count({ collection: slug, overrideAccess: true })).totalDocs, 'create').toBe(countBefore)

    const own = await spec.make({ variant: 'published', purpose: 'update' })
    const before = await stored(slug, own.id)
    const update = await call(spec, pemilik, `/api/${slug}/${own.id}`, { method: 'PATCH', json: outside })
    expect(update.status, 'update').toBe(403)
    const bulk = await call(spec, pemilik, `/api/${slug}?where[id][equals]=${own.id}`, { method: 'PATCH', json: outside })
    expect(bulk.status, 'bulk update').toBe(403)
    const duplicate = await call(spec, pemilik, `/api/${slug}/${own.id}/duplicate?draft=false`, {
      method: 'POST',
      json: { ...(spec.duplicate ? await spec.duplicate() : {}), ...outside },
    })
    expect(duplicate.status, 'duplicate').toBe(403)
    expect(await stored(slug, own.id), 'nothing changed').toEqual(before)

    // A document that was once outside the scope and was moved in by an admin: its old version stays outside.
    for (const actor of ['pemilik', 'admin'] as const) {
      const moved = await spec.make({ variant: 'published', purpose: 'restore', data: outside })
      await local().update({ collection: slug, id: moved.id, data: inside })
      const [first] = (await local().findVersions({ collection: slug, where: { parent: { equals: moved.id } }, sort: 'createdAt', limit: 1, depth: 0 })).docs
      const movedBefore = await stored(slug, moved.id)
      const restore = await call(spec, actor, `/api/${slug}/versions/${first!.id}`, { method: 'POST' })
      if (actor === 'admin') {
        expect(restore.status, `restore as admin: ${await restore.clone().text()}`).toBe(200)
        continue
      }
      expect(restore.status, `restore as ${actor}: ${await restore.clone().text()}`).toBe(403)
      expect(await stored(slug, moved.id), 'restore changed nothing').toEqual(movedBefore)
    }
  })
})

describe('the findings of the attack on main (issue 10), each now refused', () => {
  const firePost = (overrides: Record<string, unknown> = {}) =>
    local().create({
      collection: SLUGS.kontakLayanan,
      data: { jenis: 'pemadam-kebakaran', wilayah: `Pos Plaju ${next()}`, telepon: '0711 350000', _status: 'published', ...overrides },
      draft: overrides._status === 'draft',
    })
  const dinkes = () => server.login(server.users.editorB.email)

  it('should refuse a DINKES editor duplicating a DAMKAR fire post as published with a fake number', async () => {
    const post = await firePost()
    const before = await stored(SLUGS.kontakLayanan, post.id)
    const response = await server.api(`/api/kontak-layanan/${post.id}/duplicate?draft=false`, {
      method: 'POST',
      token: await dinkes(),
      json: { telepon: '0711 666666' },
    })
    expect(response.status, await response.clone().text()).toBe(403)
    expect(await stored(SLUGS.kontakLayanan, post.id)).toEqual(before)
    expect((await local().count({ collection: SLUGS.kontakLayanan, where: { telepon: { equals: '+62711666666' } } })).totalDocs).toBe(0)
  })

  it('should refuse a DINKES editor restoring a fire-post version of a contact DINKES now owns', async () => {
    const post = await firePost()
    await local().update({ collection: SLUGS.kontakLayanan, id: post.id, data: { jenis: 'ambulans', wilayah: 'Puskesmas Kertapati' } })
    const [fireVersion] = (await local().findVersions({ collection: SLUGS.kontakLayanan, where: { parent: { equals: post.id } }, sort: 'createdAt', limit: 1, depth: 0 })).docs
    const before = await stored(SLUGS.kontakLayanan, post.id)
    for (const query of ['', '?draft=true']) {
      const response = await server.api(`/api/kontak-layanan/versions/${fireVersion!.id}${query}`, { method: 'POST', token: await dinkes() })
      expect(response.status, `${query}: ${await response.clone().text()}`).toBe(403)
    }
    expect(await stored(SLUGS.kontakLayanan, post.id)).toEqual(before)
    expect(before.doc?.jenis).toBe('ambulans')
  })

  it("should not show a DINKES editor DAMKAR's drafts through versions, whatever the query", async () => {
    const draft = await firePost({ wilayah: 'Pos Rahasia Seberang Ulu', _status: 'draft' })
    const [version] = (await local().findVersions({ collection: SLUGS.kontakLayanan, where: { parent: { equals: draft.id } }, limit: 1, depth: 0 })).docs
    const asDinkes = await dinkes()
    const list = await server.api('/api/kontak-layanan/versions?where[version.wilayah][like]=Rahasia&depth=0', { token: asDinkes })
    expect(list.status).toBe(200)
    expect(JSON.stringify(await list.json())).not.toContain('Rahasia')
    const one = await server.api(`/api/kontak-layanan/versions/${version!.id}`, { token: asDinkes })
    expect([403, 404]).toContain(one.status)
    const drafts = await server.api('/api/kontak-layanan?draft=true&where[wilayah][like]=Rahasia', { token: asDinkes })
    expect(JSON.stringify(await drafts.json())).not.toContain('Rahasia')
    // The owner office does see it, so the refusals above are about scope, not a broken query.
    const asDamkar = await server.api('/api/kontak-layanan/versions?where[version.wilayah][like]=Rahasia&depth=0', { token: (await editor('DAMKAR')).token })
    expect(JSON.stringify(await asDamkar.json())).toContain('Rahasia')
  })

  it('should keep a file from anonymous readers until published content links to it, and again once unpublished', async () => {
    const { token, user } = await editor('DISKOMINFO')
    const upload = await server.api('/api/media', { method: 'POST', token, body: uploadForm({ bytes: PNG, name: 'rahasia.png', type: 'image/png', fields: { alt: 'Rancangan' } }) })
    expect(upload.status).toBe(201)
    const { doc: media } = await upload.json()
    const anonymousSees = async () => {
      const document = await server.api(`/api/media/${media.id}`)
      const file = await server.api(`/api/media/file/${media.filename}`)
      const list = await server.api('/api/media?limit=0')
      const listed = ((await list.json()).docs ?? []).some((doc: Doc) => String(doc.id) === String(media.id))
      await file.arrayBuffer()
      expect([200, 403, 404]).toContain(document.status)
      expect([200, 403]).toContain(file.status)
      return { document: document.status === 200, file: file.status === 200, listed }
    }
    const hidden = { document: false, file: false, listed: false }
    expect(await anonymousSees(), 'linked from nothing').toEqual(hidden)
    const news = await local().create({
      collection: SLUGS.berita,
      data: { judul: 'Berita bergambar', ringkasan: 'Ringkasan.', isi: richText('Isi.'), opd: await officeId('DISKOMINFO'), gambar: media.id, _status: 'draft' },
      draft: true,
      user,
    })
    expect(await anonymousSees(), 'linked from a draft').toEqual(hidden)
    await local().update({ collection: SLUGS.berita, id: news.id, data: { _status: 'published' } })
    expect(await anonymousSees(), 'linked from published news').toEqual({ document: true, file: true, listed: true })
    await local().update({ collection: SLUGS.berita, id: news.id, data: { _status: 'draft' } })
    expect(await anonymousSees(), 'unpublished again').toEqual(hidden)
  })

  it('should refuse an uploader replacing a file published content links to, which would change it unrecorded', async () => {
    const { token, user } = await editor('DISKOMINFO')
    const media = await local().create({
      collection: SLUGS.media,
      data: { alt: 'Terbit' },
      file: { data: PNG, mimetype: 'image/png', name: `terbit-${next()}.png`, size: PNG.length },
      user,
      overrideAccess: true,
    })
    await local().create({
      collection: SLUGS.berita,
      data: { judul: `Berita ${next()}`, ringkasan: 'R.', isi: richText('I.'), opd: await officeId('DISKOMINFO'), gambar: media.id, _status: 'published' },
    })
    const before = await stored(SLUGS.media, media.id)
    const change = await server.api(`/api/media/${media.id}`, { method: 'PATCH', token, json: { alt: 'Diganti' } })
    expect(change.status).toBe(403)
    const remove = await server.api(`/api/media/${media.id}`, { method: 'DELETE', token })
    expect(remove.status).toBe(403)
    expect(await stored(SLUGS.media, media.id)).toEqual(before)
  })

  it('should refuse role and office changes in bulk, which would let an admin change its own account', async () => {
    const admin = await stored(SLUGS.users, server.users.admin.id)
    const demote = await server.api('/api/users?where[roles][in]=admin', { method: 'PATCH', token: tokens.get('admin'), json: { roles: ['editor'] } })
    expect(demote.status, await demote.clone().text()).toBe(403)
    expect(await stored(SLUGS.users, server.users.admin.id)).toEqual(admin)
    const { token, user } = await editor('DINKES')
    const self = await stored(SLUGS.users, user.id)
    for (const json of [{ roles: ['admin'] }, { opd: [await officeId('DAMKAR')] }]) {
      const raise = await server.api(`/api/users?where[id][equals]=${user.id}`, { method: 'PATCH', token, json })
      expect(raise.status, JSON.stringify(json)).toBe(403)
    }
    expect(await stored(SLUGS.users, user.id)).toEqual(self)
  })
})
