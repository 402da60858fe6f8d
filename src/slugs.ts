import type { CollectionSlug } from 'payload'

import type { MENUS } from '../collections/menus'

/** Every collection slug, declared once. Relations import these, never a string literal. */
export const SLUGS = {
  opd: 'opd',
  users: 'users',
  menuPortal: 'menu-portal',
  hargaPangan: 'harga-pangan',
  komoditas: 'komoditas',
  statistikCovid: 'statistik-covid',
  lowonganKerja: 'lowongan-kerja',
  peluangInvestasi: 'peluang-investasi',
  agenda: 'agenda',
  kontakLayanan: 'kontak-layanan',
  layananPublik: 'layanan-publik',
  formulir: 'formulir',
  dokumen: 'dokumen',
  berita: 'berita',
  media: 'media',
  berkasFormulir: 'berkas-formulir',
  berkasDokumen: 'berkas-dokumen',
  riwayatKesegaran: 'riwayat-kesegaran',
  transisiKesegaran: 'transisi-kesegaran',
  hariLibur: 'hari-libur',
  verifikasi: 'verifikasi',
  pengecualian: 'pengecualian',
  laporanWarga: 'laporan-warga',
  hasilTautan: 'hasil-tautan',
  kotakKeluar: 'kotak-keluar',
  jobRuns: 'job-runs',
  notifikasiTerkirim: 'notifikasi-terkirim',
  percobaan: 'percobaan',
} as const

export type Slug = (typeof SLUGS)[keyof typeof SLUGS]

/** The slug of a portal menu: one declared in collections/menus (the list itself is MENU_COLLECTIONS in src/menus). */
export type MenuCollection = (typeof MENUS)[number]['slug']

/** For queries on a collection chosen at run time (a registry row's `koleksi`), where the generated per-slug types cannot apply. */
export const asSlug = (slug: string) => slug as CollectionSlug
