import { KECAMATAN } from './offices'

export type SeedContact = {
  jenis: 'ambulans' | 'mobil-jenazah' | 'pemadam-kebakaran' | 'call-center'
  wilayah: string
  petugas?: string
  telepon: string
  whatsapp?: string
  keterangan?: string
}

const DEMO_NOTE = 'Nomor contoh untuk demo, bukan nomor layanan sebenarnya.'

const pad = (value: number) => String(value).padStart(3, '0')

/** Health centres with an ambulance, one per kecamatan's main puskesmas. */
export const PUSKESMAS = [
  'Puskesmas Merdeka',
  'Puskesmas 23 Ilir',
  'Puskesmas Makrayu',
  'Puskesmas Dempo',
  'Puskesmas Sako',
  'Puskesmas Kenten',
  'Puskesmas Plaju',
  'Puskesmas Kertapati',
  'Puskesmas Sukarami',
  'Puskesmas Gandus',
]

export const FIRE_POSTS = [
  'Markas Komando Damkar, Jl. Merdeka',
  'Pos Damkar Seberang Ulu I',
  'Pos Damkar Sako',
  'Pos Damkar Sukarami',
  'Pos Damkar Kertapati',
  'Pos Damkar Kalidoni',
]

/** Contacts per kecamatan, puskesmas and fire post, with fictional demo numbers (except 112). */
export function seedContacts(): SeedContact[] {
  const ambulances = PUSKESMAS.map((wilayah, index) => ({
    jenis: 'ambulans' as const,
    wilayah,
    telepon: `0711 5${pad(index + 1)}01`,
    whatsapp: `0811 7100 0${pad(index + 1)}`,
    keterangan: `Siaga 24 jam. ${DEMO_NOTE}`,
  }))
  const hearses = KECAMATAN.map(({ nama }, index) => ({
    jenis: 'mobil-jenazah' as const,
    wilayah: `Kecamatan ${nama}`,
    petugas: `Petugas Kecamatan ${nama}`,
    telepon: `0811 7200 0${pad(index + 1)}`,
    whatsapp: `0811 7200 0${pad(index + 1)}`,
    keterangan: DEMO_NOTE,
  }))
  const firePosts = FIRE_POSTS.map((wilayah, index) => ({
    jenis: 'pemadam-kebakaran' as const,
    wilayah,
    telepon: `0711 6${pad(index + 1)}13`,
    keterangan: DEMO_NOTE,
  }))
  const callCentres: SeedContact[] = [
    { jenis: 'call-center', wilayah: 'Kota Palembang', telepon: '112', keterangan: 'Panggilan darurat terpadu, bebas pulsa, 24 jam.' },
  ]
  return [...ambulances, ...hearses, ...firePosts, ...callCentres]
}
