import type { CollectionConfig } from 'payload'

import { Agenda } from './Agenda'
import { Berita } from './Berita'
import { Dokumen } from './Dokumen'
import { Formulir } from './Formulir'
import { HariLibur } from './HariLibur'
import { HasilTautan } from './HasilTautan'
import { HargaPangan } from './HargaPangan'
import { JobRuns } from './JobRuns'
import { Komoditas } from './Komoditas'
import { KotakKeluar } from './KotakKeluar'
import { KontakLayanan } from './KontakLayanan'
import { LaporanWarga } from './LaporanWarga'
import { LayananPublik } from './LayananPublik'
import { LowonganKerja } from './LowonganKerja'
import { MenuPortal } from './MenuPortal'
import { NotifikasiTerkirim } from './NotifikasiTerkirim'
import { Opd } from './Opd'
import { PeluangInvestasi } from './PeluangInvestasi'
import { Percobaan } from './Percobaan'
import { Pengecualian } from './Pengecualian'
import { RiwayatKesegaran } from './RiwayatKesegaran'
import { StatistikCovid } from './StatistikCovid'
import { TransisiKesegaran } from './TransisiKesegaran'
import { Users } from './Users'
import { Verifikasi } from './Verifikasi'

export { uploadCollections, LARGEST_UPLOAD_BYTES, UPLOAD_SLUGS } from './uploads'

export const collections: CollectionConfig[] = [
  Opd,
  Users,
  MenuPortal,
  Komoditas,
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
  RiwayatKesegaran,
  TransisiKesegaran,
  HariLibur,
  Verifikasi,
  Pengecualian,
  LaporanWarga,
  HasilTautan,
  KotakKeluar,
  JobRuns,
  NotifikasiTerkirim,
  Percobaan,
]
