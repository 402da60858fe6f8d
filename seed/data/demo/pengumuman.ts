import type { MenuDemo } from '../../menuDemo'

/** Two announcements in force around the demo's `now` and one already over. */
export const demo: MenuDemo = ({ dayAt, office, paragraphs }) => [
  {
    key: { judul: 'Penutupan Jalan Merdeka untuk Hari Bebas Kendaraan Bermotor' },
    data: {
      isi: paragraphs([
        'Jalan Merdeka dari Simpang Charitas sampai Bundaran Air Mancur ditutup untuk kendaraan bermotor setiap Minggu pukul 06.00 sampai 09.00 WIB.',
        'Pengumuman contoh untuk demo.',
      ]),
      opd: office('DISKOMINFO'),
      berlakuMulai: dayAt(-3, 0).toISOString(),
      berlakuSampai: dayAt(25, 0).toISOString(),
    },
  },
  {
    key: { judul: 'Pendaftaran Pelatihan Digital untuk UMKM' },
    data: {
      isi: paragraphs(['Pendaftaran pelatihan pemasaran digital bagi pelaku UMKM Kota Palembang dibuka sampai akhir bulan.', 'Pengumuman contoh untuk demo.']),
      opd: office('DISKOMINFO'),
      berlakuMulai: dayAt(-1, 0).toISOString(),
      berlakuSampai: dayAt(12, 0).toISOString(),
    },
  },
  {
    key: { judul: 'Gangguan Layanan Call Center 112' },
    data: {
      isi: paragraphs(['Layanan call center 112 sempat terganggu karena pemeliharaan jaringan dan telah pulih.', 'Pengumuman contoh untuk demo.']),
      opd: office('DISKOMINFO'),
      berlakuMulai: dayAt(-20, 0).toISOString(),
      berlakuSampai: dayAt(-18, 0).toISOString(),
    },
  },
]
