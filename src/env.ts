import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import bytes from 'bytes'
import { z } from 'zod'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type Env = {
  isProduction: boolean
  databaseUrl: string
  databaseKind: DatabaseKind
  payloadSecret: string
  isSecretGenerated: boolean
  port: number
  publicUrl: string
  /** PUBLIC_URL was set: links and the admin use it; otherwise the admin stays on whichever local address it was opened at. */
  isPublicUrlSet: boolean
  /** SEGAR_SCHEMA_PUSH=1: the schema is pushed from the collections instead of migrated (throwaway test databases). */
  isSchemaPushed: boolean
  /** SEGAR_ADMIN=off serves only the API (no admin, no Next build). */
  isAdminServed: boolean
  /** SEGAR_SEED_SCENARIO: what a new, empty database is filled with at start besides the offices and the menu registry. */
  seedScenario: 'demo' | 'none'
  /** NO_COLOR set (https://no-color.org): terminal output without colours. */
  isColourDisabled: boolean
  smtpUrl?: string
  mailFrom: string
  /** Staging: every email goes to this one address instead of its real recipients. */
  emailOverrideTo?: string
  seedAdminEmail?: string
  seedAdminPassword?: string
  dataDir: string
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  scheduler: SchedulerSettings
  /** Days before a problem already told to an office is told again although it has not got worse. */
  reminderIntervalDays: number
  linkCheck: LinkCheckSettings
  bodyLimits: BodyLimits
}

/** The most a request body may carry, in bytes; read from BODY_LIMIT_* keys. */
export type BodyLimits = {
  /** JSON and form bodies: documents, logins, citizen reports. */
  jsonBytes: number
  /** `POST /api/<menu>/import` (CSV or a JSON array). */
  importBytes: number
  /** An upload collection that states no size of its own (each states its own: see collections/uploads). */
  uploadBytes: number
}

/** How the link checker behaves; read from LINK_CHECK_* keys. */
export type LinkCheckSettings = {
  /** Probe loopback and private addresses too (tests, or a portal inside the city network). */
  isPrivateAllowed: boolean
  /** Consecutive failing runs before a link counts as broken for the freshness engine. */
  confirmations: number
  timeoutMs: number
  /** Least time between two requests to the same host. */
  hostIntervalMs: number
}

/** When the scheduled jobs run (cron syntax, Asia/Jakarta); read from SCHEDULER and SCHEDULE_* keys. */
export type SchedulerSettings = {
  /** False on web-only instances: `npm start` then serves requests and runs no job. */
  isEnabled: boolean
  sweep: string
  digest: string
  weekly: string
  outbox: string
}

export class EnvError extends Error {
  readonly keys: string[]
  constructor(problems: { key: string; message: string }[]) {
    super(
      'Konfigurasi Segar tidak valid:\n' +
        problems.map((problem) => `  - ${problem.key}: ${problem.message}`).join('\n'),
    )
    this.name = 'EnvError'
    this.keys = problems.map((problem) => problem.key)
  }
}

export function databaseKindOf(url: string): DatabaseKind | undefined {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  return undefined
}

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value)

const linkCheckShape = {
  LINK_CHECK_ALLOW_PRIVATE: z.preprocess(
    emptyAsUndefined,
    z.enum(['0', '1', 'true', 'false'], { message: 'harus 1 (izinkan) atau 0 (tolak)' }).default('0'),
  ),
  LINK_CHECK_CONFIRMATIONS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ message: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'minimal 1').max(30, 'paling banyak 30').default(2),
  ),
  LINK_CHECK_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ message: 'harus berupa angka' }).int('harus bilangan bulat').min(100, 'minimal 100 ms').max(120_000, 'paling lama 120000 ms').default(10_000),
  ),
  LINK_CHECK_HOST_INTERVAL_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ message: 'harus berupa angka' }).int('harus bilangan bulat').min(0, 'tidak boleh negatif').max(60_000, 'paling lama 60000 ms').default(100),
  ),
}

function linkCheckSettingsOf(values: z.infer<z.ZodObject<typeof linkCheckShape>>): LinkCheckSettings {
  return {
    isPrivateAllowed: values.LINK_CHECK_ALLOW_PRIVATE === '1' || values.LINK_CHECK_ALLOW_PRIVATE === 'true',
    confirmations: values.LINK_CHECK_CONFIRMATIONS,
    timeoutMs: values.LINK_CHECK_TIMEOUT_MS,
    hostIntervalMs: values.LINK_CHECK_HOST_INTERVAL_MS,
  }
}

const cronExpression = (fallback: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .refine((value) => /^(\S+\s+){4,5}\S+$/.test(value), { message: 'harus ekspresi cron 5 atau 6 bagian, mis. "0 8 * * *"' })
      .default(fallback),
  )

const schedulerShape = {
  SCHEDULER: z.preprocess(emptyAsUndefined, z.enum(['on', 'off'], { message: 'harus on atau off' }).default('on')),
  SCHEDULE_SWEEP: cronExpression('0 * * * *'),
  SCHEDULE_DIGEST: cronExpression('0 8 * * *'),
  SCHEDULE_WEEKLY: cronExpression('0 7 * * 1'),
  SCHEDULE_OUTBOX: cronExpression('*/5 * * * *'),
  REMINDER_INTERVAL_DAYS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ message: 'harus berupa angka' }).int('harus bilangan bulat').min(1, 'minimal 1 hari').max(90, 'paling lama 90 hari').default(3),
  ),
}

const byteSize = (fallback: string) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default(fallback)
      .transform((value, ctx) => {
        const parsed = /^\s*\d+(\.\d+)?\s*(b|kb|mb|gb)?\s*$/i.test(value) ? bytes.parse(value) : null
        if (parsed === null || !Number.isFinite(parsed) || parsed < 1024 || parsed > 1024 ** 3) {
          ctx.addIssue({ code: 'custom', message: 'harus ukuran antara 1kb dan 1gb, mis. 1mb atau 524288' })
          return z.NEVER
        }
        return Math.floor(parsed)
      }),
  )

const bodyLimitShape = {
  BODY_LIMIT_JSON: byteSize('1mb'),
  BODY_LIMIT_IMPORT: byteSize('10mb'),
  BODY_LIMIT_UPLOAD: byteSize('10mb'),
}

const schema = z.object({
  ...schedulerShape,
  ...bodyLimitShape,
  ...linkCheckShape,
  NODE_ENV: z.preprocess(emptyAsUndefined, z.string().optional()),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('file:./data/segar.db')
      .refine((url) => databaseKindOf(url) !== undefined, {
        message:
          'harus diawali file: (SQLite), postgres:// atau postgresql:// (PostgreSQL), mongodb:// atau mongodb+srv:// (MongoDB)',
      }),
  ),
  PAYLOAD_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: 'harus berupa angka' })
      .int('harus bilangan bulat')
      .min(0, 'harus antara 0 dan 65535')
      .max(65535, 'harus antara 0 dan 65535')
      .default(3000),
  ),
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ protocol: /^https?$/, message: 'harus URL http(s) lengkap, mis. https://segar.palembang.go.id' }).optional(),
  ),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((url) => /^smtps?:\/\//.test(url), { message: 'harus diawali smtp:// atau smtps://' })
      .optional(),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default('Segar Palembang <segar@palembang.go.id>')),
  EMAIL_OVERRIDE_TO: z.preprocess(emptyAsUndefined, z.email({ message: 'bukan alamat email yang sah' }).optional()),
  SEED_ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email({ message: 'bukan alamat email yang sah' }).optional()),
  SEED_ADMIN_PASSWORD: z.preprocess(
    emptyAsUndefined,
    z.string().min(12, 'minimal 12 karakter').optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  SEGAR_SCHEMA_PUSH: z.preprocess(emptyAsUndefined, z.enum(['0', '1'], { message: 'harus 1 (dorong skema) atau 0 (migrasi)' }).default('0')),
  SEGAR_ADMIN: z.preprocess(emptyAsUndefined, z.enum(['on', 'off'], { message: 'harus on atau off' }).default('on')),
  SEGAR_SEED_SCENARIO: z.preprocess(emptyAsUndefined, z.enum(['demo', 'none'], { message: 'harus demo atau none' }).default('demo')),
  NO_COLOR: z.preprocess(emptyAsUndefined, z.string().optional()),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
})

/**
 * Parses configuration without touching the disk. A development secret that
 * is missing is left empty here; `loadEnv` fills it from the data folder.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const problems: { key: string; message: string }[] = []
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ key: String(issue.path[0] ?? 'konfigurasi'), message: issue.message })
    }
  }
  // Next sets NODE_ENV=production inside its own server and build, so the
  // operator's choice is read once at start and carried in SEGAR_MODE.
  const isProduction = (source.SEGAR_MODE ?? source.NODE_ENV) === 'production'
  const secret = source.PAYLOAD_SECRET ?? ''
  if (isProduction && secret.length < 32) {
    problems.push({
      key: 'PAYLOAD_SECRET',
      message: secret
        ? 'di produksi harus minimal 32 karakter'
        : 'wajib diisi di produksi (minimal 32 karakter acak)',
    })
  }
  if (isProduction && !source.PUBLIC_URL) {
    problems.push({ key: 'PUBLIC_URL', message: 'wajib diisi di produksi: alamat publik Segar, mis. https://segar.palembang.go.id (untuk tautan, cookie Secure, CSRF dan CORS)' })
  }
  if (source.SEED_ADMIN_EMAIL && !source.SEED_ADMIN_PASSWORD) {
    problems.push({ key: 'SEED_ADMIN_PASSWORD', message: 'wajib diisi bila SEED_ADMIN_EMAIL diisi' })
  }
  if (problems.length > 0 || !parsed.success) throw new EnvError(dedupe(problems))
  const values = parsed.data
  return {
    isProduction,
    databaseUrl: values.DATABASE_URL,
    databaseKind: databaseKindOf(values.DATABASE_URL) as DatabaseKind,
    payloadSecret: secret,
    isSecretGenerated: false,
    port: values.PORT,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    isPublicUrlSet: values.PUBLIC_URL !== undefined,
    isSchemaPushed: values.SEGAR_SCHEMA_PUSH === '1',
    isAdminServed: values.SEGAR_ADMIN === 'on',
    seedScenario: values.SEGAR_SEED_SCENARIO,
    isColourDisabled: values.NO_COLOR !== undefined,
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    emailOverrideTo: values.EMAIL_OVERRIDE_TO,
    seedAdminEmail: values.SEED_ADMIN_EMAIL,
    seedAdminPassword: values.SEED_ADMIN_PASSWORD,
    dataDir: path.resolve(values.DATA_DIR),
    logLevel: values.LOG_LEVEL,
    scheduler: {
      isEnabled: values.SCHEDULER === 'on',
      sweep: values.SCHEDULE_SWEEP,
      digest: values.SCHEDULE_DIGEST,
      weekly: values.SCHEDULE_WEEKLY,
      outbox: values.SCHEDULE_OUTBOX,
    },
    reminderIntervalDays: values.REMINDER_INTERVAL_DAYS,
    linkCheck: linkCheckSettingsOf(values),
    bodyLimits: { jsonBytes: values.BODY_LIMIT_JSON, importBytes: values.BODY_LIMIT_IMPORT, uploadBytes: values.BODY_LIMIT_UPLOAD },
  }
}

function dedupe(problems: { key: string; message: string }[]) {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const id = `${problem.key}:${problem.message}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/**
 * In development a missing secret is generated once and kept in the data
 * folder, so that sessions survive a restart without anyone copying a value.
 */
function developmentSecret(dataDir: string): { secret: string; isGenerated: boolean } {
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, 'utf8').trim(), isGenerated: false }
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return { secret, isGenerated: true }
}

let cached: Env | undefined

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source === process.env && cached) return cached
  const env = parseEnv(source)
  if (!env.payloadSecret) {
    const { secret, isGenerated } = developmentSecret(env.dataDir)
    env.payloadSecret = secret
    env.isSecretGenerated = isGenerated
    if (source === process.env) process.env.PAYLOAD_SECRET = secret
  }
  if (source === process.env) process.env.SEGAR_MODE ??= env.isProduction ? 'production' : 'development'
  if (source === process.env) cached = env
  return env
}
