import type { CadenceCode } from '../../src/domain/cadence'
import { SLUGS } from '../../src/slugs'
import type { MenuCollection } from '../../src/slugs'

export type SeedMenu = {
  kode: string
  koleksi: MenuCollection
  jenisKontak?: 'ambulans' | 'mobil-jenazah' | 'pemadam-kebakaran' | 'call-center'
  judul: string
  deskripsi: string
  /** The owner office's singkatan (seed/data/offices.ts). */
  pemilik: string
  kadensi: CadenceCode
}

/**
 * One registry row per portal menu, with the owner office and cadence agreed
 * in issue 3. Contacts get a row per jenis so that the fire service owns its
 * own posts while the health office owns ambulances and hearses.
 */
export const SEED_MENUS: SeedMenu[] = [
  {
    kode: 'harga-pangan',
    koleksi: SLUGS.hargaPangan,
    judul: 'Harga Bahan Pokok',
    deskripsi: 'Harga eceran bahan pokok di pasar-pasar Kota Palembang, diperbarui setiap hari kerja.',
    pemilik: 'DISDAG',
    kadensi: 'WORKDAYS',
  },
  {
    kode: 'statistik-covid',
    koleksi: SLUGS.statistikCovid,
    judul: 'Palembang Tanggap COVID-19',
    deskripsi: 'Jumlah kasus COVID-19 di Kota Palembang dan per kecamatan, per tanggal.',
    pemilik: 'DINKES',
    kadensi: 'DAILY',
  },
  {
    kode: 'lowongan-kerja',
    koleksi: SLUGS.lowonganKerja,
    judul: 'Informasi Lowongan Kerja',
    deskripsi: 'Lowongan pekerjaan yang masih dibuka untuk warga Palembang.',
    pemilik: 'DISNAKER',
    kadensi: 'WEEKLY',
  },
  {
    kode: 'peluang-investasi',
    koleksi: SLUGS.peluangInvestasi,
    judul: 'Peluang Investasi',
    deskripsi: 'Proyek dan sektor yang ditawarkan kepada calon investor di Kota Palembang.',
    pemilik: 'DPMPTSP',
    kadensi: 'ANNUAL',
  },
  {
    kode: 'agenda',
    koleksi: SLUGS.agenda,
    judul: 'Jadwal Agenda',
    deskripsi: 'Agenda kegiatan Wali Kota dan Pemerintah Kota Palembang.',
    pemilik: 'PROKOPIM',
    kadensi: 'WEEKLY',
  },
  {
    kode: 'kontak-ambulans',
    koleksi: SLUGS.kontakLayanan,
    jenisKontak: 'ambulans',
    judul: 'Informasi Ambulans',
    deskripsi: 'Nomor ambulans di setiap puskesmas.',
    pemilik: 'DINKES',
    kadensi: 'QUARTERLY',
  },
  {
    kode: 'kontak-mobil-jenazah',
    koleksi: SLUGS.kontakLayanan,
    jenisKontak: 'mobil-jenazah',
    judul: 'Informasi Mobil Jenazah',
    deskripsi: 'Petugas dan nomor WhatsApp mobil jenazah di setiap kecamatan.',
    pemilik: 'DINKES',
    kadensi: 'QUARTERLY',
  },
  {
    kode: 'kontak-pemadam-kebakaran',
    koleksi: SLUGS.kontakLayanan,
    jenisKontak: 'pemadam-kebakaran',
    judul: 'Pemadam Kebakaran',
    deskripsi: 'Nomor pos pemadam kebakaran per wilayah.',
    pemilik: 'DAMKAR',
    kadensi: 'QUARTERLY',
  },
  {
    kode: 'kontak-call-center',
    koleksi: SLUGS.kontakLayanan,
    jenisKontak: 'call-center',
    judul: 'Call Center',
    deskripsi: 'Nomor panggilan darurat 112 dan call center Pemerintah Kota Palembang.',
    pemilik: 'DISKOMINFO',
    kadensi: 'QUARTERLY',
  },
  {
    kode: 'layanan-publik',
    koleksi: SLUGS.layananPublik,
    judul: 'Layanan Publik',
    deskripsi: 'Tautan ke layanan daring: Si Demang, Informasi PBB, perizinan DPMPTSP, SIM Online, LAPOR.',
    pemilik: 'DISKOMINFO',
    kadensi: 'ANNUAL_2',
  },
  {
    kode: 'formulir',
    koleksi: SLUGS.formulir,
    judul: 'Formulir',
    deskripsi: 'Formulir layanan yang dapat diunduh warga.',
    pemilik: 'DISKOMINFO',
    kadensi: 'ANNUAL_2',
  },
  {
    kode: 'dokumen',
    koleksi: SLUGS.dokumen,
    judul: 'Dokumen dan Daftar Link (JDIH)',
    deskripsi: 'Peraturan daerah, peraturan wali kota, laporan dan dokumen perencanaan.',
    pemilik: 'BAGHUKUM',
    kadensi: 'IRREG',
  },
  {
    kode: 'berita',
    koleksi: SLUGS.berita,
    judul: 'Berita',
    deskripsi: 'Berita kegiatan Wali Kota dan perangkat daerah.',
    pemilik: 'DISKOMINFO',
    kadensi: 'WEEKLY',
  },
  {
    kode: 'opd',
    koleksi: SLUGS.opd,
    judul: 'Informasi Dinas Kota',
    deskripsi: 'Daftar perangkat daerah Kota Palembang: alamat, telepon dan situs.',
    pemilik: 'DISKOMINFO',
    kadensi: 'ANNUAL',
  },
]
