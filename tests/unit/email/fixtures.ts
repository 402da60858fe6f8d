import type { DigestItem } from '../../../src/email/officeDigest'
import type { WeeklyReportArgs } from '../../../src/email/weeklyReport'

export const NOW = new Date('2023-01-16T08:00:00+07:00')
export const PUBLIC_URL = 'https://segar.palembang.go.id'

export const OFFICE = { nama: 'Dinas Perdagangan', singkatan: 'DISDAG' }

export const DIGEST_ITEMS: DigestItem[] = [
  {
    menu: 'harga-pangan',
    judul: 'Harga pangan',
    status: 'delinquent',
    label: 'Sangat terlambat',
    sejak: '2020-04-13T00:00:00.000Z',
    masalah: [{ kode: 'sangat-terlambat', pesan: 'Sangat terlambat sejak 13 April 2020: data terbaru bertanggal 1 April 2020, padahal kadensinya harian.' }],
    isDueTomorrow: false,
    fixUrl: `${PUBLIC_URL}/admin/collections/harga-pangan`,
    laporanTerbuka: 2,
  },
  {
    menu: 'agenda',
    judul: 'Agenda <Kota> & "Event"',
    status: 'empty',
    label: 'Kosong',
    sejak: '2022-12-31',
    masalah: [{ kode: 'kosong', pesan: 'Semua 4 butir yang diterbitkan sudah tidak berlaku <script>alert(1)</script>.' }],
    isDueTomorrow: false,
    fixUrl: `${PUBLIC_URL}/admin/collections/agenda`,
    laporanTerbuka: 0,
  },
  {
    menu: 'layanan-publik',
    judul: 'Layanan publik',
    status: 'overdue',
    label: 'Terlambat',
    sejak: '2022-11-01T03:00:00.000Z',
    masalah: [{ kode: 'terlambat', pesan: 'Terlambat sejak 1 November 2022: terakhir dikonfirmasi masih benar 1 Agustus 2022, padahal kadensinya triwulanan.' }],
    isDueTomorrow: false,
    fixUrl: `${PUBLIC_URL}/admin/collections/layanan-publik`,
    verifyUrl: `${PUBLIC_URL}/api/menu-portal/verifikasi-tautan?token=v1.abc.def`,
    laporanTerbuka: 0,
  },
  {
    menu: 'kontak-layanan',
    judul: 'Kontak layanan',
    status: 'fresh',
    label: 'Segar',
    sejak: null,
    masalah: [],
    isDueTomorrow: true,
    fixUrl: `${PUBLIC_URL}/admin/collections/kontak-layanan`,
    verifyUrl: `${PUBLIC_URL}/api/menu-portal/verifikasi-tautan?token=v1.ghi.jkl`,
    laporanTerbuka: 0,
  },
  {
    menu: 'dokumen',
    judul: 'Dokumen',
    status: 'fresh',
    label: 'Segar',
    sejak: '2023-01-10T02:00:00.000Z',
    masalah: [{ kode: 'laporan-warga', pesan: '1 laporan warga belum ditangani sejak 10 Januari 2023.' }],
    isDueTomorrow: false,
    fixUrl: `${PUBLIC_URL}/admin/collections/dokumen`,
    laporanTerbuka: 1,
  },
  {
    menu: 'statistik-covid',
    judul: 'Statistik COVID-19',
    status: 'due',
    label: 'Jatuh tempo',
    sejak: '2023-01-15T00:00:00.000Z',
    masalah: [{ kode: 'jatuh-tempo', pesan: 'Jatuh tempo sejak 15 Januari 2023: data terbaru bertanggal 8 Januari 2023, padahal kadensinya mingguan.' }],
    isDueTomorrow: false,
    fixUrl: `${PUBLIC_URL}/admin/collections/statistik-covid`,
    laporanTerbuka: 0,
  },
]

export const WEEKLY: WeeklyReportArgs = {
  weekOf: '2023-01-16',
  offices: [
    { nama: 'Dinas Perdagangan', singkatan: 'DISDAG', segar: 3, terlambat: 2, sangatTerlambat: 1, persenSegar: 50, medianHariPerbaikan: 4.5 },
    { nama: 'Dinas Kesehatan', singkatan: 'DINKES', segar: 1210, terlambat: 0, sangatTerlambat: 0, persenSegar: 100, medianHariPerbaikan: null },
    { nama: 'Dinas <Uji> & Coba', singkatan: 'D&C', segar: 0, terlambat: 1, sangatTerlambat: 3, persenSegar: 0, medianHariPerbaikan: 12 },
  ],
  worst: [
    { menu: 'harga-pangan', judul: 'Harga pangan', pemilik: 'DISDAG', status: 'delinquent', label: 'Sangat terlambat', umurHari: 1009 },
    { menu: 'agenda', judul: 'Agenda', pemilik: 'D&C', status: 'overdue', label: 'Terlambat', umurHari: 40 },
  ],
  trend: [
    { tanggal: '2022-11-28', persenSegar: 41.2 },
    { tanggal: '2022-12-05', persenSegar: 45 },
    { tanggal: '2022-12-12', persenSegar: 52.5 },
    { tanggal: '2022-12-19', persenSegar: 50 },
    { tanggal: '2022-12-26', persenSegar: 48 },
    { tanggal: '2023-01-02', persenSegar: 55.5 },
    { tanggal: '2023-01-09', persenSegar: 60 },
    { tanggal: '2023-01-16', persenSegar: 63.2 },
  ],
  change: { persenSegarSekarang: 63.2, persenSegarMingguLalu: 60 },
  publicUrl: PUBLIC_URL,
  now: NOW,
}
