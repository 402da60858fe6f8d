/**
 * Reference data for the staple-food price menu: Palembang's markets, the
 * units prices are quoted in and the commodity groups. Declared once; the
 * collections, the import and the seed all read them from here.
 */
export type Pasar = { value: string; label: string; kecamatan: string; isUtama: boolean }

export const PASAR_PALEMBANG: Pasar[] = [
  { value: 'pasar-16-ilir', label: 'Pasar 16 Ilir', kecamatan: 'Ilir Timur I', isUtama: true },
  { value: 'pasar-cinde', label: 'Pasar Cinde', kecamatan: 'Bukit Kecil', isUtama: true },
  { value: 'pasar-lemabang', label: 'Pasar Lemabang', kecamatan: 'Ilir Timur II', isUtama: true },
  { value: 'pasar-km-5', label: 'Pasar KM 5', kecamatan: 'Sukarami', isUtama: true },
  { value: 'pasar-kertapati', label: 'Pasar Kertapati', kecamatan: 'Kertapati', isUtama: true },
  { value: 'pasar-plaju', label: 'Pasar Plaju', kecamatan: 'Plaju', isUtama: true },
  { value: 'pasar-sekip-ujung', label: 'Pasar Sekip Ujung', kecamatan: 'Kemuning', isUtama: true },
  { value: 'pasar-perumnas', label: 'Pasar Perumnas', kecamatan: 'Sako', isUtama: true },
  { value: 'pasar-induk-jakabaring', label: 'Pasar Induk Jakabaring', kecamatan: 'Jakabaring', isUtama: false },
  { value: 'pasar-tangga-buntung', label: 'Pasar Tangga Buntung', kecamatan: 'Ilir Barat II', isUtama: false },
  { value: 'pasar-kuto', label: 'Pasar Kuto', kecamatan: 'Ilir Timur II', isUtama: false },
  { value: 'pasar-soak-bato', label: 'Pasar Soak Bato', kecamatan: 'Ilir Barat II', isUtama: false },
  { value: 'pasar-alang-alang-lebar', label: 'Pasar Alang-Alang Lebar', kecamatan: 'Alang-Alang Lebar', isUtama: false },
  { value: 'pasar-kebun-semai', label: 'Pasar Kebun Semai', kecamatan: 'Kemuning', isUtama: false },
]

export const PASAR_OPTIONS = PASAR_PALEMBANG.map(({ value, label }) => ({ value, label }))

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '')

/** A market from its code or its name as people write it ("Pasar KM 5", "km5", "pasar-km-5"). */
export function findPasar(text: string): Pasar | undefined {
  const wanted = squash(text)
  if (!wanted) return undefined
  return PASAR_PALEMBANG.find(
    (pasar) => squash(pasar.value) === wanted || squash(pasar.label) === wanted || squash(pasar.label.replace(/^Pasar /, '')) === wanted,
  )
}

export const SATUAN_OPTIONS = [
  { value: 'kg', label: 'kilogram (kg)' },
  { value: 'liter', label: 'liter' },
  { value: 'butir', label: 'butir' },
  { value: 'ekor', label: 'ekor' },
  { value: 'ikat', label: 'ikat' },
  { value: 'bungkus', label: 'bungkus' },
  { value: 'kaleng', label: 'kaleng' },
] as const

export type Satuan = (typeof SATUAN_OPTIONS)[number]['value']

export const SATUAN_VALUES = SATUAN_OPTIONS.map((option) => option.value) as Satuan[]

export const KATEGORI_KOMODITAS = [
  { value: 'beras-serealia', label: 'Beras dan serealia' },
  { value: 'gula-minyak', label: 'Gula dan minyak goreng' },
  { value: 'sayur-bumbu', label: 'Sayur dan bumbu' },
  { value: 'daging-telur', label: 'Daging, unggas dan telur' },
  { value: 'ikan', label: 'Ikan' },
  { value: 'tepung-olahan', label: 'Tepung dan bahan olahan' },
  { value: 'lainnya', label: 'Lainnya' },
] as const

export type KategoriKomoditas = (typeof KATEGORI_KOMODITAS)[number]['value']
