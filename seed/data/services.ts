/** Public services the study observed on the portal (portal-study.md), as seed data. */

export type SeedService = {
  nama: string
  deskripsi: string
  kategori: 'perizinan' | 'pajak' | 'kependudukan' | 'pengaduan' | 'hukum' | 'kesehatan' | 'ketenagakerjaan' | 'lainnya'
  tingkat: 'kota' | 'kecamatan' | 'kelurahan'
  url: string
  /** Singkatan of the office that provides it. */
  penyelenggara: string
}

export const SI_DEMANG_URL = 'https://sidemang.palembang.go.id'

const siDemang = (
  nama: string,
  tingkat: 'kecamatan' | 'kelurahan',
  deskripsi: string,
  kategori: SeedService['kategori'] = 'kependudukan',
): SeedService => ({
  nama: `Si Demang: ${nama}`,
  deskripsi: `${deskripsi} Diajukan daring lewat Si Demang dan diambil di kantor ${tingkat} setempat.`,
  kategori,
  tingkat,
  url: SI_DEMANG_URL,
  penyelenggara: 'DISKOMINFO',
})

/** Si Demang: online letters from kecamatan and kelurahan offices (study, BAB V). */
export const SI_DEMANG_SERVICES: SeedService[] = [
  siDemang('Izin Reklame Insidentil', 'kecamatan', 'Izin pemasangan reklame sementara untuk acara atau promosi singkat.', 'perizinan'),
  siDemang('Dispensasi Nikah Kurang dari 10 Hari', 'kecamatan', 'Dispensasi bagi calon pengantin yang mendaftar kurang dari sepuluh hari kerja sebelum akad.'),
  siDemang('Surat Keterangan Umum', 'kecamatan', 'Surat keterangan untuk keperluan yang tidak tercakup jenis surat lain.'),
  siDemang('Surat Keterangan Domisili', 'kelurahan', 'Keterangan tempat tinggal warga di kelurahan.'),
  siDemang('Surat Pengantar Berobat', 'kelurahan', 'Pengantar rujukan berobat bagi warga kelurahan.', 'kesehatan'),
  siDemang('Surat Keterangan Keluarga Kurang Mampu', 'kelurahan', 'Keterangan keluarga berpenghasilan rendah untuk bantuan pendidikan atau kesehatan.'),
  siDemang('Surat Keterangan Janda', 'kelurahan', 'Keterangan status janda.'),
  siDemang('Surat Keterangan Duda', 'kelurahan', 'Keterangan status duda.'),
  siDemang('Surat Keterangan Domisili Sementara Warga Negara Asing', 'kelurahan', 'Keterangan tempat tinggal sementara bagi warga negara asing.'),
  siDemang('Surat Keterangan Beda Nama', 'kelurahan', 'Keterangan bahwa dua penulisan nama dalam dokumen berbeda adalah orang yang sama.'),
  siDemang('Surat Keterangan Kematian Suami/Istri (N6)', 'kelurahan', 'Keterangan kematian pasangan untuk keperluan menikah kembali (model N6).'),
  siDemang('Surat Keterangan Kematian', 'kelurahan', 'Keterangan kematian warga untuk pengurusan akta kematian dan ahli waris.'),
  siDemang('Surat Keterangan Belum Memiliki Rumah', 'kelurahan', 'Keterangan belum memiliki rumah, mis. untuk pengajuan kredit rumah bersubsidi.'),
  siDemang('Surat Keterangan Belum Menikah', 'kelurahan', 'Keterangan status belum pernah menikah.'),
  siDemang('Surat Keterangan Keringanan PBB', 'kelurahan', 'Pengantar permohonan keringanan Pajak Bumi dan Bangunan.', 'pajak'),
  siDemang('Surat Keterangan Domisili Sementara', 'kelurahan', 'Keterangan tempat tinggal sementara bagi pendatang.'),
  siDemang('Surat Pengantar Nikah (N1)', 'kelurahan', 'Surat pengantar nikah bagi warga beragama Islam (model N1).'),
]

export const LINK_SERVICES = {
  pbb: {
    nama: 'Informasi PBB',
    deskripsi: 'Cek tagihan dan status pembayaran Pajak Bumi dan Bangunan dengan Nomor Objek Pajak (NOP).',
    kategori: 'pajak',
    tingkat: 'kota',
    url: 'https://bppd.palembang.go.id',
    penyelenggara: 'BPPD',
  },
  cekAntrian: {
    nama: 'DPMPTSP: Cek Antrian',
    deskripsi: 'Melihat nomor antrian layanan perizinan yang sedang dilayani di Mal Pelayanan Publik.',
    kategori: 'perizinan',
    tingkat: 'kota',
    url: 'https://dpmptsp.palembang.go.id/antrian',
    penyelenggara: 'DPMPTSP',
  },
  bookingOnline: {
    nama: 'DPMPTSP: Booking Online',
    deskripsi: 'Memesan jadwal kedatangan untuk layanan perizinan agar tidak antre lama.',
    kategori: 'perizinan',
    tingkat: 'kota',
    url: 'https://dpmptsp.palembang.go.id/booking',
    penyelenggara: 'DPMPTSP',
  },
  simOnline: {
    nama: 'Pelayanan SIM Online',
    deskripsi: 'Perpanjangan Surat Izin Mengemudi secara daring melalui layanan Korlantas Polri.',
    kategori: 'lainnya',
    tingkat: 'kota',
    url: 'https://www.korlantas.polri.go.id',
    penyelenggara: 'DISKOMINFO',
  },
  lapor: {
    nama: 'LAPOR! (SP4N)',
    deskripsi: 'Menyampaikan pengaduan dan aspirasi kepada instansi pemerintah melalui lapor.go.id.',
    kategori: 'pengaduan',
    tingkat: 'kota',
    url: 'https://www.lapor.go.id',
    penyelenggara: 'DISKOMINFO',
  },
  direktori: {
    nama: 'Informasi Dinas Kota',
    deskripsi: 'Daftar perangkat daerah Kota Palembang beserta alamat dan kontaknya.',
    kategori: 'lainnya',
    tingkat: 'kota',
    url: 'https://palembang.go.id/opd',
    penyelenggara: 'DISKOMINFO',
  },
} satisfies Record<string, SeedService>

/** What the study found broken in January 2023 (BAB V): the same services, with the links it saw fail. */
export const KAJIAN_2023_BROKEN_URLS = {
  /** "Not Found". */
  simOnline: 'https://palembang.go.id/pelayanan-sim-online-tidak-ada',
  /** Redirected back to the portal's home page. */
  direktori: 'https://palembang.go.id/',
  /** Buttons that led nowhere. */
  cekAntrian: 'https://palembang.go.id/layanan-publik/dpmptsp/cek-antrian',
  bookingOnline: 'https://palembang.go.id/layanan-publik/dpmptsp/booking-online',
}
