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

/** The collections that are portal menus, each with a row in the menu registry. */
export const MENU_COLLECTIONS = [
  SLUGS.hargaPangan,
  SLUGS.statistikCovid,
  SLUGS.lowonganKerja,
  SLUGS.peluangInvestasi,
  SLUGS.agenda,
  SLUGS.kontakLayanan,
  SLUGS.layananPublik,
  SLUGS.formulir,
  SLUGS.dokumen,
  SLUGS.berita,
  SLUGS.opd,
] as const

export type MenuCollection = (typeof MENU_COLLECTIONS)[number]
