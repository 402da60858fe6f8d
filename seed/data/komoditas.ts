import type { KategoriKomoditas, Satuan } from '../../src/domain/pangan'

export type SeedKomoditas = {
  nama: string
  satuan: Satuan
  kategori: KategoriKomoditas
  /** A believable price in rupiah for late 2026, for demo data only. */
  hargaAcuan: number
}

/** Staple commodities the trade office watches in Palembang's markets (ikan gabus: the fish in pempek). */
export const KOMODITAS_POKOK: SeedKomoditas[] = [
  { nama: 'Beras medium', satuan: 'kg', kategori: 'beras-serealia', hargaAcuan: 13_500 },
  { nama: 'Beras premium', satuan: 'kg', kategori: 'beras-serealia', hargaAcuan: 15_500 },
  { nama: 'Gula pasir', satuan: 'kg', kategori: 'gula-minyak', hargaAcuan: 18_000 },
  { nama: 'Minyak goreng curah', satuan: 'liter', kategori: 'gula-minyak', hargaAcuan: 17_000 },
  { nama: 'Minyak goreng kemasan', satuan: 'liter', kategori: 'gula-minyak', hargaAcuan: 19_500 },
  { nama: 'Cabai merah keriting', satuan: 'kg', kategori: 'sayur-bumbu', hargaAcuan: 45_000 },
  { nama: 'Cabai rawit', satuan: 'kg', kategori: 'sayur-bumbu', hargaAcuan: 55_000 },
  { nama: 'Bawang merah', satuan: 'kg', kategori: 'sayur-bumbu', hargaAcuan: 38_000 },
  { nama: 'Bawang putih', satuan: 'kg', kategori: 'sayur-bumbu', hargaAcuan: 40_000 },
  { nama: 'Telur ayam ras', satuan: 'kg', kategori: 'daging-telur', hargaAcuan: 29_000 },
  { nama: 'Daging sapi', satuan: 'kg', kategori: 'daging-telur', hargaAcuan: 135_000 },
  { nama: 'Daging ayam ras', satuan: 'kg', kategori: 'daging-telur', hargaAcuan: 36_000 },
  { nama: 'Tepung terigu', satuan: 'kg', kategori: 'tepung-olahan', hargaAcuan: 12_500 },
  { nama: 'Kedelai', satuan: 'kg', kategori: 'tepung-olahan', hargaAcuan: 11_500 },
  { nama: 'Ikan gabus', satuan: 'kg', kategori: 'ikan', hargaAcuan: 70_000 },
]
