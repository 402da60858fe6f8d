import type { Payload } from 'payload'

import { seedContacts } from './data/contacts'
import { KAJIAN_2023_BROKEN_URLS, LINK_SERVICES, SI_DEMANG_SERVICES } from './data/services'
import { seedAgenda, seedContactList, seedDocuments, seedInvestments, seedNews, seedServices, seedVacancies } from './content'
import { officeIds } from './ensure'
import type { SeedProgress, SeedReport } from './ensure'

/** The day the scenario stands on: the study observed the portal in January 2023. */
export const KAJIAN_2023_NOW = new Date('2023-01-16T03:00:00.000Z')

const wib = (iso: string) => new Date(`${iso}+07:00`)

/**
 * The portal as the 2023 study found it (BAB V): investment information from
 * 2021, a vacancy page with nothing open, a dead SIM Online link, DPMPTSP
 * buttons leading nowhere, a directory link that lands on the home page, and
 * the rest (contacts, Si Demang, PBB, LAPOR, documents, news) working.
 * Forms are absent on purpose: none existed. Prices and COVID statistics
 * belong to seedDataMenus.
 */
export async function seedKajian2023({
  payload,
  report,
  onProgress,
}: {
  payload: Payload
  report?: SeedReport
  onProgress?: SeedProgress
}): Promise<SeedReport> {
  const tally: SeedReport = report ?? { created: {}, unchanged: {} }
  let done = 0
  const step = (label: string) => onProgress?.({ label: `Kajian 2023 ${++done}/7: ${label}`, done: 1, total: 1 })
  const ctx = { payload, report: tally, offices: await officeIds(payload) }

  // The only vacancy left on the page had closed long before.
  await seedVacancies({
    ...ctx,
    updatedAt: wib('2021-08-02T10:00:00'),
    items: [
      {
        posisi: 'Tenaga Pendamping Program Padat Karya',
        perusahaan: 'Dinas Tenaga Kerja Kota Palembang',
        lokasi: 'Kota Palembang',
        deskripsi: 'Pendamping lapangan program padat karya tunai (lowongan contoh, sudah ditutup).',
        batasLamaran: wib('2021-08-20T23:59:00'),
        kontak: 'disnaker@opd.segar.example',
      },
    ],
  })
  step('lowongan kerja')

  await seedInvestments({
    ...ctx,
    updatedAt: wib('2021-11-10T09:00:00'),
    items: [
      {
        judul: 'Pembangunan Pasar Modern Terpadu Jakabaring',
        sektor: 'Perdagangan',
        lokasi: 'Kecamatan Jakabaring',
        nilaiInvestasi: 120_000_000_000,
        deskripsi: 'Pasar modern dengan pusat grosir bahan pokok (informasi tahun 2021).',
        tahunData: 2021,
        kontak: 'DPMPTSP Kota Palembang, dpmptsp@opd.segar.example',
      },
      {
        judul: 'Kawasan Industri Kecil Gandus',
        sektor: 'Industri',
        lokasi: 'Kecamatan Gandus',
        deskripsi: 'Kawasan industri kecil dan menengah untuk kerajinan songket dan olahan ikan (informasi tahun 2021).',
        tahunData: 2021,
        kontak: 'DPMPTSP Kota Palembang, dpmptsp@opd.segar.example',
      },
    ],
  })
  step('peluang investasi')

  // "Jadwal Agenda: a document, worked."
  await seedAgenda({
    ...ctx,
    updatedAt: wib('2023-01-13T15:00:00'),
    items: [
      {
        judul: 'Upacara Peringatan Hari Amal Bakti Kementerian Agama',
        mulai: wib('2023-01-03T07:30:00'),
        selesai: wib('2023-01-03T09:00:00'),
        lokasi: 'Halaman Kantor Wali Kota Palembang',
        penyelenggara: 'PROKOPIM',
      },
      {
        judul: 'Rapat Evaluasi Pelayanan Publik Triwulan IV',
        mulai: wib('2023-01-18T09:00:00'),
        selesai: wib('2023-01-18T12:00:00'),
        lokasi: 'Ruang Rapat Parameswara',
        penyelenggara: 'PROKOPIM',
      },
    ],
  })
  step('agenda')

  await seedContactList({ ...ctx, updatedAt: wib('2022-11-01T09:00:00'), items: seedContacts() })
  step('kontak layanan')

  const services = [
    ...SI_DEMANG_SERVICES,
    LINK_SERVICES.pbb,
    LINK_SERVICES.lapor,
    { ...LINK_SERVICES.simOnline, url: KAJIAN_2023_BROKEN_URLS.simOnline },
    { ...LINK_SERVICES.cekAntrian, url: KAJIAN_2023_BROKEN_URLS.cekAntrian },
    { ...LINK_SERVICES.bookingOnline, url: KAJIAN_2023_BROKEN_URLS.bookingOnline },
    { ...LINK_SERVICES.direktori, url: KAJIAN_2023_BROKEN_URLS.direktori },
  ]
  await seedServices({ ...ctx, updatedAt: wib('2022-03-15T10:00:00'), items: services })
  step('layanan publik')

  await seedDocuments({
    ...ctx,
    updatedAt: wib('2022-12-20T10:00:00'),
    items: [
      {
        judul: 'Peraturan Wali Kota Palembang Nomor 15 Tahun 2020 tentang Penyelenggaraan Pelayanan Publik secara Elektronik',
        jenis: 'peraturan',
        tahun: 2020,
        nomor: 'Perwali No. 15 Tahun 2020',
        tautan: 'https://jdih.palembang.go.id',
      },
      {
        judul: 'Rencana Kerja Pemerintah Daerah Kota Palembang Tahun 2023',
        jenis: 'perencanaan',
        tahun: 2022,
        tautan: 'https://jdih.palembang.go.id',
      },
    ],
  })
  step('dokumen')

  await seedNews({
    ...ctx,
    items: [
      {
        judul: 'Pemkot Palembang Gelar Apel Awal Tahun 2023',
        slug: 'pemkot-palembang-gelar-apel-awal-tahun-2023',
        ringkasan: 'Wali Kota meminta seluruh perangkat daerah meningkatkan pelayanan publik di tahun 2023.',
        isi: ['Apel diikuti aparatur sipil negara dari seluruh perangkat daerah di halaman kantor wali kota.'],
        tanggalTerbit: wib('2023-01-02T08:00:00'),
        opd: 'DISKOMINFO',
      },
      {
        judul: 'Wali Kota Resmikan Taman Kota di Kecamatan Sukarami',
        slug: 'wali-kota-resmikan-taman-kota-di-kecamatan-sukarami',
        ringkasan: 'Taman baru menambah ruang terbuka hijau di kecamatan terpadat Palembang.',
        isi: ['Taman dilengkapi jalur pejalan kaki, area bermain anak dan sumur resapan.'],
        tanggalTerbit: wib('2023-01-12T10:00:00'),
        opd: 'DISKOMINFO',
      },
    ],
  })
  step('berita')
  return tally
}
