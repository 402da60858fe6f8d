/**
 * Every portal menu, each declared in one file of this folder. The order is
 * the registry's and the admin panel's. src/menus derives the rest.
 */
import { Agenda } from './Agenda'
import { Berita } from './Berita'
import { Dokumen } from './Dokumen'
import { Formulir } from './Formulir'
import { HargaPangan } from './HargaPangan'
import { KontakLayanan } from './KontakLayanan'
import { LayananPublik } from './LayananPublik'
import { LowonganKerja } from './LowonganKerja'
import { Opd } from './Opd'
import { PeluangInvestasi } from './PeluangInvestasi'
import { Pengumuman } from './Pengumuman'
import { StatistikCovid } from './StatistikCovid'

export const MENUS = [
  HargaPangan,
  StatistikCovid,
  LowonganKerja,
  PeluangInvestasi,
  Agenda,
  KontakLayanan,
  LayananPublik,
  Formulir,
  Dokumen,
  Berita,
  Opd,
  Pengumuman,
] as const
