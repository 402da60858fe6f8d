export type SeedOffice = {
  singkatan: string
  nama: string
  jenis: 'dinas' | 'badan' | 'bagian' | 'kecamatan'
  populasi?: number
}

/** The offices that own the portal's menus (portal-study.md). */
export const CITY_OFFICES: SeedOffice[] = [
  { singkatan: 'DISKOMINFO', nama: 'Dinas Komunikasi dan Informatika', jenis: 'dinas' },
  { singkatan: 'DISDAG', nama: 'Dinas Perdagangan', jenis: 'dinas' },
  { singkatan: 'DINKES', nama: 'Dinas Kesehatan', jenis: 'dinas' },
  { singkatan: 'DISNAKER', nama: 'Dinas Tenaga Kerja', jenis: 'dinas' },
  { singkatan: 'DPMPTSP', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', jenis: 'dinas' },
  { singkatan: 'BPPD', nama: 'Badan Pengelola Pajak Daerah', jenis: 'badan' },
  {
    singkatan: 'PROKOPIM',
    nama: 'Bagian Protokol dan Komunikasi Pimpinan, Sekretariat Daerah',
    jenis: 'bagian',
  },
  { singkatan: 'BAGHUKUM', nama: 'Bagian Hukum, Sekretariat Daerah', jenis: 'bagian' },
  { singkatan: 'DAMKAR', nama: 'Dinas Pemadam Kebakaran dan Penyelamatan', jenis: 'dinas' },
  { singkatan: 'DISDUKCAPIL', nama: 'Dinas Kependudukan dan Pencatatan Sipil', jenis: 'dinas' },
  {
    singkatan: 'BAPPEDALITBANG',
    nama: 'Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan',
    jenis: 'badan',
  },
]

/** The 18 kecamatan with their 2020 census population (BPS 2023, study chapter IV). */
export const KECAMATAN: { nama: string; populasi: number }[] = [
  { nama: 'Ilir Barat II', populasi: 67_647 },
  { nama: 'Gandus', populasi: 73_394 },
  { nama: 'Seberang Ulu I', populasi: 91_637 },
  { nama: 'Kertapati', populasi: 92_344 },
  { nama: 'Jakabaring', populasi: 90_882 },
  { nama: 'Seberang Ulu II', populasi: 100_480 },
  { nama: 'Plaju', populasi: 93_143 },
  { nama: 'Ilir Barat I', populasi: 141_855 },
  { nama: 'Bukit Kecil', populasi: 38_566 },
  { nama: 'Ilir Timur I', populasi: 66_135 },
  { nama: 'Kemuning', populasi: 80_644 },
  { nama: 'Ilir Timur II', populasi: 85_417 },
  { nama: 'Kalidoni', populasi: 124_248 },
  { nama: 'Ilir Timur III', populasi: 72_937 },
  { nama: 'Sako', populasi: 112_553 },
  { nama: 'Sematang Borang', populasi: 56_874 },
  { nama: 'Sukarami', populasi: 187_640 },
  { nama: 'Alang-Alang Lebar', populasi: 106_410 },
]

export function kecamatanCode(nama: string): string {
  return 'KEC-' + nama.toUpperCase().replace(/[^A-Z0-9]+/g, '-')
}

/** Demo mailboxes on a reserved domain, so a demo can never mail a real office by accident. */
export function demoMailbox(singkatan: string, prefix = ''): string {
  return `${prefix}${singkatan.toLowerCase()}@opd.segar.example`
}

export const ALL_SEED_OFFICES: SeedOffice[] = [
  ...CITY_OFFICES,
  ...KECAMATAN.map(({ nama, populasi }) => ({
    singkatan: kecamatanCode(nama),
    nama: `Kecamatan ${nama}`,
    jenis: 'kecamatan' as const,
    populasi,
  })),
]
