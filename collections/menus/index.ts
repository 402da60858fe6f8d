/**
 * Every portal menu, each declared in one file of this folder. The order is
 * the registry's and the admin panel's. src/menus derives the rest.
 *
 * To add a menu:
 * 1. Write `<Name>.ts` here with `defineMenu` (src/menus/declare.ts): its fields
 *    next to its slug, registry row(s), clock, owner field, link fields, importer.
 * 2. List it below.
 * 3. `npm run migrate:create -- <slug>`, `npm run generate:types`, and
 *    `NODE_OPTIONS=--conditions=production npx payload generate:importmap`.
 * 4. Optional demo content: `seed/data/demo/<slug>.ts` exporting `demo`.
 * 5. Add its row to the access matrix (tests/api/access-matrix.test.ts).
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
