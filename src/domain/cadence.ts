/**
 * Update cadences, as data. Codes follow the EU Publications Office
 * "frequency" list used by DCAT (dct:accrualPeriodicity), plus WORKDAYS.
 * Thresholds are HDX's: days since the last update at which a menu becomes
 * due, overdue and delinquent (freshness-model.md).
 */
export const CADENCE_CODES = [
  'DAILY',
  'WORKDAYS',
  'WEEKLY',
  'MONTHLY',
  'QUARTERLY',
  'ANNUAL_2',
  'ANNUAL',
  'IRREG',
  'AS_NEEDED',
  'NOT_PLANNED',
] as const

export type CadenceCode = (typeof CADENCE_CODES)[number]

export type Thresholds = { due: number; overdue: number; delinquent: number }

export type Cadence = {
  code: CadenceCode
  label: string
  /** Days in one period; undefined for cadences that are not monitored. */
  days?: number
  /** Counted in working days (Monday to Friday, minus holidays) rather than calendar days. */
  isWorkingDays?: boolean
  thresholds?: Thresholds
  /** EU Publications Office frequency authority URI. */
  euFrequency: string
}

const EU = 'http://publications.europa.eu/resource/authority/frequency/'

export const CADENCES: Record<CadenceCode, Cadence> = {
  DAILY: { code: 'DAILY', label: 'Harian', days: 1, thresholds: { due: 1, overdue: 2, delinquent: 3 }, euFrequency: `${EU}DAILY` },
  WORKDAYS: {
    code: 'WORKDAYS',
    label: 'Setiap hari kerja',
    days: 1,
    isWorkingDays: true,
    thresholds: { due: 1, overdue: 2, delinquent: 3 },
    euFrequency: `${EU}DAILY`,
  },
  WEEKLY: { code: 'WEEKLY', label: 'Mingguan', days: 7, thresholds: { due: 7, overdue: 14, delinquent: 21 }, euFrequency: `${EU}WEEKLY` },
  MONTHLY: { code: 'MONTHLY', label: 'Bulanan', days: 30, thresholds: { due: 30, overdue: 44, delinquent: 60 }, euFrequency: `${EU}MONTHLY` },
  QUARTERLY: {
    code: 'QUARTERLY',
    label: 'Triwulanan',
    days: 90,
    thresholds: { due: 90, overdue: 120, delinquent: 150 },
    euFrequency: `${EU}QUARTERLY`,
  },
  ANNUAL_2: {
    code: 'ANNUAL_2',
    label: 'Dua kali setahun',
    days: 180,
    thresholds: { due: 180, overdue: 210, delinquent: 240 },
    euFrequency: `${EU}ANNUAL_2`,
  },
  ANNUAL: { code: 'ANNUAL', label: 'Tahunan', days: 365, thresholds: { due: 365, overdue: 425, delinquent: 455 }, euFrequency: `${EU}ANNUAL` },
  IRREG: { code: 'IRREG', label: 'Tidak teratur', euFrequency: `${EU}IRREG` },
  AS_NEEDED: { code: 'AS_NEEDED', label: 'Sesuai kebutuhan', euFrequency: `${EU}AS_NEEDED` },
  NOT_PLANNED: { code: 'NOT_PLANNED', label: 'Tidak direncanakan', euFrequency: `${EU}NOT_PLANNED` },
}

export const CADENCE_OPTIONS = CADENCE_CODES.map((code) => ({ label: `${CADENCES[code].label} (${code})`, value: code }))
