import type { Payload } from 'payload'

import { seedContacts } from './data/contacts'
import { LINK_SERVICES, SI_DEMANG_SERVICES } from './data/services'
import {
  seedAgenda,
  seedContactList,
  seedDocuments,
  seedForms,
  seedInvestments,
  seedNews,
  seedServices,
  seedVacancies,
} from './content'
import type { SeedDocument, SeedForm, SeedNews } from './content'
import { officeIds } from './ensure'
import { seedMenuDemos } from './menuDemo'
import type { SeedProgress, SeedReport } from './ensure'
import { jakartaTimeOn, jakartaYear } from '../src/domain/calendar'

/** A day relative to `now`, at a given hour in Palembang (WIB, UTC+7). */
export function dayAt(now: Date, days: number, hourWib: number, minute = 0): Date {
  return jakartaTimeOn({ at: now, days, hour: hourWib, minute })
}

export const DEMO_FORMS: SeedForm[] = [
  {
    judul: 'Formulir Permohonan Surat Keterangan Domisili',
    layanan: 'Si Demang: Surat Keterangan Domisili',
    namaBerkas: 'formulir-sk-domisili.pdf',
    baris: ['Nama lengkap:', 'NIK:', 'Alamat:', 'Keperluan:', 'Tanda tangan pemohon:'],
    keterangan: 'Isi dengan huruf cetak, lampirkan fotokopi KTP dan Kartu Keluarga.',
  },
  {
    judul: 'Formulir Pengantar Nikah (N1)',
    layanan: 'Si Demang: Surat Pengantar Nikah (N1)',
    namaBerkas: 'formulir-pengantar-nikah-n1.pdf',
    baris: ['Data calon suami:', 'Data calon istri:', 'Rencana tanggal akad:', 'Tanda tangan:'],
  },
  {
    judul: 'Formulir Permohonan Keringanan PBB',
    layanan: 'Si Demang: Surat Keterangan Keringanan PBB',
    namaBerkas: 'formulir-keringanan-pbb.pdf',
    baris: ['Nomor Objek Pajak (NOP):', 'Nama wajib pajak:', 'Alasan permohonan:', 'Tanda tangan:'],
  },
]

export const DEMO_DOCUMENTS = (year: number): SeedDocument[] => [
  {
    judul: 'Peraturan Wali Kota Palembang Nomor 15 Tahun 2020 tentang Penyelenggaraan Pelayanan Publik secara Elektronik',
    jenis: 'peraturan',
    tahun: 2020,
    nomor: 'Perwali No. 15 Tahun 2020',
    tautan: 'https://jdih.palembang.go.id',
  },
  {
    judul: `Rencana Kerja Pemerintah Daerah Kota Palembang Tahun ${year}`,
    jenis: 'perencanaan',
    tahun: year,
    namaBerkas: `rkpd-palembang-${year}.pdf`,
    baris: ['Ringkasan RKPD (dokumen contoh untuk demo).', 'Prioritas: pelayanan publik, infrastruktur, ekonomi kerakyatan.'],
  },
  {
    judul: `Laporan Kinerja Instansi Pemerintah Kota Palembang Tahun ${year - 1}`,
    jenis: 'laporan',
    tahun: year - 1,
    namaBerkas: `lkjip-palembang-${year - 1}.pdf`,
    baris: ['Laporan kinerja (dokumen contoh untuk demo).'],
  },
]

export const DEMO_NEWS = (now: Date): SeedNews[] => [
  {
    judul: 'Wali Kota Tinjau Harga Bahan Pokok di Pasar 16 Ilir',
    slug: 'wali-kota-tinjau-harga-bahan-pokok-di-pasar-16-ilir',
    ringkasan: 'Harga beras dan minyak goreng stabil; cabai merah naik menjelang akhir pekan.',
    isi: [
      'Wali Kota Palembang meninjau Pasar 16 Ilir bersama Dinas Perdagangan untuk memastikan pasokan bahan pokok aman.',
      'Harga harian dari pasar-pasar kota kini dapat dilihat warga di menu Harga Bahan Pokok portal resmi.',
    ],
    tanggalTerbit: dayAt(now, -1, 10),
    opd: 'DISKOMINFO',
  },
  {
    judul: 'Layanan Surat Kelurahan Kini Bisa Diajukan dari Rumah lewat Si Demang',
    slug: 'layanan-surat-kelurahan-lewat-si-demang',
    ringkasan: 'Tujuh belas jenis surat kecamatan dan kelurahan dapat diajukan daring.',
    isi: [
      'Warga dapat mengajukan surat keterangan domisili, pengantar nikah dan surat lain tanpa antre di kantor kelurahan.',
      'Formulir pendukung tersedia di menu Formulir dan dapat diunduh sebelum datang.',
    ],
    tanggalTerbit: dayAt(now, -3, 9),
    opd: 'DISKOMINFO',
  },
  {
    judul: 'Damkar Palembang Gelar Simulasi Pemadaman di Kawasan Padat Penduduk',
    slug: 'damkar-palembang-gelar-simulasi-pemadaman',
    ringkasan: 'Simulasi melibatkan warga Seberang Ulu I dan relawan kebakaran kelurahan.',
    isi: ['Petugas memperagakan penggunaan alat pemadam api ringan dan jalur evakuasi.', 'Warga diingatkan menghubungi 112 bila terjadi kebakaran.'],
    tanggalTerbit: dayAt(now, -6, 14),
    opd: 'DISKOMINFO',
  },
]

/**
 * A believable, current portal relative to `now`: open vacancies, upcoming
 * events, services, contacts per kecamatan, forms, documents and news.
 */
export async function seedDemo({
  payload,
  now,
  report,
  onProgress,
}: {
  payload: Payload
  now: Date
  report?: SeedReport
  onProgress?: SeedProgress
}): Promise<SeedReport> {
  const tally: SeedReport = report ?? { created: {}, unchanged: {} }
  let done = 0
  const step = (label: string) => onProgress?.({ label: `Demo ${++done}/8: ${label}`, done: 1, total: 1 })
  const ctx = { payload, report: tally, offices: await officeIds(payload) }
  const updatedAt = dayAt(now, -2, 9)
  const year = jakartaYear({ at: updatedAt })

  await seedVacancies({
    ...ctx,
    updatedAt,
    items: [
      {
        posisi: 'Operator Produksi',
        perusahaan: 'PT Pupuk Sriwidjaja Palembang',
        lokasi: 'Kecamatan Kalidoni, Palembang',
        deskripsi: 'Pendidikan minimal SMK jurusan kimia atau mesin, bersedia bekerja bergilir. Lowongan contoh untuk demo.',
        batasLamaran: dayAt(now, 14, 23, 59),
        tautan: 'https://karir.pusri.co.id',
      },
      {
        posisi: 'Perawat Pelaksana',
        perusahaan: 'Rumah Sakit Umum Daerah Palembang BARI',
        lokasi: 'Kecamatan Seberang Ulu I, Palembang',
        deskripsi: 'D3/S1 Keperawatan, memiliki STR aktif. Lowongan contoh untuk demo.',
        batasLamaran: dayAt(now, 10, 16),
        kontak: 'kepegawaian@rsud.segar.example',
      },
      {
        posisi: 'Staf Administrasi Gudang',
        perusahaan: 'CV Sumber Rezeki Jakabaring',
        lokasi: 'Kecamatan Jakabaring, Palembang',
        deskripsi: 'Lulusan SMA/SMK, teliti, menguasai pengolah angka. Lowongan contoh untuk demo.',
        batasLamaran: dayAt(now, 21, 23, 59),
        kontak: '0811 7300 0001 (pesan WhatsApp)',
      },
      {
        posisi: 'Pelatih Bahasa Inggris Program Pelatihan Kerja',
        perusahaan: 'UPTD Balai Latihan Kerja Kota Palembang',
        lokasi: 'Kecamatan Sukarami, Palembang',
        deskripsi: 'S1 Pendidikan Bahasa Inggris, pengalaman mengajar dua tahun. Lowongan contoh untuk demo.',
        batasLamaran: dayAt(now, 7, 15),
        tautan: 'https://disnaker.palembang.go.id',
      },
    ],
  })
  step('lowongan kerja')

  await seedInvestments({
    ...ctx,
    updatedAt,
    items: [
      {
        judul: 'Pengembangan Kawasan Wisata Tepian Sungai Musi',
        sektor: 'Pariwisata',
        lokasi: 'Kawasan Benteng Kuto Besak, Kecamatan Ilir Barat I',
        nilaiInvestasi: 250_000_000_000,
        deskripsi: 'Penataan dermaga wisata, kuliner dan pertunjukan di tepian Sungai Musi.',
        tahunData: year,
        kontak: 'Bidang Promosi Penanaman Modal DPMPTSP, dpmptsp@opd.segar.example',
      },
      {
        judul: 'Pusat Logistik dan Pergudangan Kertapati',
        sektor: 'Logistik',
        lokasi: 'Kecamatan Kertapati',
        nilaiInvestasi: 180_000_000_000,
        deskripsi: 'Pergudangan terpadu dekat stasiun dan pelabuhan sungai untuk distribusi Sumatera bagian selatan.',
        tahunData: year,
        kontak: 'Bidang Promosi Penanaman Modal DPMPTSP, dpmptsp@opd.segar.example',
      },
      {
        judul: 'Pengolahan Sampah menjadi Energi Listrik',
        sektor: 'Energi dan lingkungan',
        lokasi: 'TPA Sukawinatan, Kecamatan Sukarami',
        deskripsi: 'Kerja sama pemerintah dan badan usaha untuk pengolahan sampah kota menjadi listrik.',
        tahunData: year - 1,
        kontak: 'Bidang Promosi Penanaman Modal DPMPTSP, dpmptsp@opd.segar.example',
      },
    ],
  })
  step('peluang investasi')

  await seedAgenda({
    ...ctx,
    updatedAt,
    items: [
      {
        judul: 'Rapat Koordinasi Pengendalian Inflasi Daerah',
        mulai: dayAt(now, 2, 9),
        selesai: dayAt(now, 2, 12),
        lokasi: 'Ruang Parameswara, Kantor Wali Kota Palembang',
        penyelenggara: 'PROKOPIM',
      },
      {
        judul: 'Jumat Bersih Bersama Warga Kecamatan Plaju',
        mulai: dayAt(now, 4, 6, 30),
        selesai: dayAt(now, 4, 9),
        lokasi: 'Lapangan Kantor Kecamatan Plaju',
        penyelenggara: 'PROKOPIM',
      },
      {
        judul: 'Musyawarah Perencanaan Pembangunan Kota',
        mulai: dayAt(now, 9, 8),
        selesai: dayAt(now, 9, 16),
        lokasi: 'Hotel di Kecamatan Ilir Barat I',
        penyelenggara: 'PROKOPIM',
        keterangan: 'Undangan terbatas; siaran langsung di kanal resmi Pemerintah Kota.',
      },
    ],
  })
  step('agenda')

  await seedContactList({ ...ctx, updatedAt, items: seedContacts() })
  step('kontak layanan')

  const services = await seedServices({ ...ctx, updatedAt, items: [...SI_DEMANG_SERVICES, ...Object.values(LINK_SERVICES)] })
  step('layanan publik')
  await seedForms({ ...ctx, updatedAt, services, items: DEMO_FORMS })
  step('formulir')
  await seedDocuments({ ...ctx, updatedAt, items: DEMO_DOCUMENTS(year) })
  step('dokumen')
  await seedNews({ ...ctx, items: DEMO_NEWS(now) })
  step('berita')
  // Menus whose demo content is a data file (seed/data/demo/<slug>.ts), e.g. pengumuman.
  await seedMenuDemos({ ...ctx, now, updatedAt, dayAt: (days, hourWib) => dayAt(now, days, hourWib) })
  return tally
}
