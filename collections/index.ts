import type { CollectionConfig } from 'payload'

import { menuCollections } from '../src/menus'
import { SLUGS } from '../src/slugs'
import { HariLibur } from './HariLibur'
import { HasilTautan } from './HasilTautan'
import { JobRuns } from './JobRuns'
import { Komoditas } from './Komoditas'
import { KotakKeluar } from './KotakKeluar'
import { LaporanWarga } from './LaporanWarga'
import { MenuPortal } from './MenuPortal'
import { NotifikasiTerkirim } from './NotifikasiTerkirim'
import { Percobaan } from './Percobaan'
import { Pengecualian } from './Pengecualian'
import { RiwayatKesegaran } from './RiwayatKesegaran'
import { TransisiKesegaran } from './TransisiKesegaran'
import { Users } from './Users'
import { Verifikasi } from './Verifikasi'

export { uploadCollections, LARGEST_UPLOAD_BYTES, UPLOAD_SLUGS } from './uploads'

const [directory, ...menus] = [
  ...menuCollections.filter((collection) => collection.slug === SLUGS.opd),
  ...menuCollections.filter((collection) => collection.slug !== SLUGS.opd),
]

export const collections: CollectionConfig[] = [
  // The office directory first: every relation to an office points at it.
  directory!,
  Users,
  MenuPortal,
  Komoditas,
  ...menus,
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
