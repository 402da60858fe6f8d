import { describe, expect, it } from 'vitest'

import { EnvError, parseEnv } from '../../src/env'

const SECRET = 'x'.repeat(40)

function errorOf(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source)
  } catch (error) {
    if (error instanceof EnvError) return error
    throw error
  }
  throw new Error('parseEnv accepted a bad configuration')
}

describe('parseEnv', () => {
  it('should default to the embedded SQLite file on port 3000', () => {
    const env = parseEnv({})
    expect(env.databaseUrl).toBe('file:./data/segar.db')
    expect(env.databaseKind).toBe('sqlite')
    expect(env.port).toBe(3000)
    expect(env.publicUrl).toBe('http://localhost:3000')
    expect(env.isProduction).toBe(false)
  })

  it.each([
    ['file:/var/lib/segar/segar.db', 'sqlite'],
    ['postgres://u:p@db:5432/segar', 'postgres'],
    ['postgresql://u@db/segar', 'postgres'],
    ['mongodb://db:27017/segar', 'mongodb'],
    ['mongodb+srv://u:p@cluster.example/segar', 'mongodb'],
  ])('should choose the adapter from %s', (url, kind) => {
    expect(parseEnv({ DATABASE_URL: url }).databaseKind).toBe(kind)
  })

  it('should name DATABASE_URL when its scheme is unknown', () => {
    const error = errorOf({ DATABASE_URL: 'ftp://x' })
    expect(error.keys).toEqual(['DATABASE_URL'])
    expect(error.message).toContain('DATABASE_URL')
  })

  it('should refuse production without a secret, and with a short one', () => {
    expect(errorOf({ NODE_ENV: 'production', PUBLIC_URL: 'https://segar.palembang.go.id' }).keys).toEqual(['PAYLOAD_SECRET'])
    expect(errorOf({ NODE_ENV: 'production', PAYLOAD_SECRET: 'pendek' }).message).toMatch(/PAYLOAD_SECRET: .*32/)
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: SECRET, PUBLIC_URL: 'https://segar.palembang.go.id' }).isProduction).toBe(true)
  })

  it('should refuse production without PUBLIC_URL, naming it', () => {
    const error = errorOf({ NODE_ENV: 'production', PAYLOAD_SECRET: SECRET })
    expect(error.keys).toEqual(['PUBLIC_URL'])
    expect(error.message).toMatch(/PUBLIC_URL: wajib diisi di produksi/)
    expect(parseEnv({ PAYLOAD_SECRET: SECRET }).publicUrl).toBe('http://localhost:3000')
  })

  it('should read the mode the operator chose even where Next has set NODE_ENV=production', () => {
    expect(parseEnv({ NODE_ENV: 'production', SEGAR_MODE: 'development' }).isProduction).toBe(false)
  })

  it('should name every bad key in one error', () => {
    const error = errorOf({
      DATABASE_URL: 'mysql://x',
      PORT: 'delapan',
      PUBLIC_URL: 'bukan-url',
      SMTP_URL: 'http://mail',
      SEED_ADMIN_EMAIL: 'bukan-email',
      NODE_ENV: 'production',
    })
    expect(new Set(error.keys)).toEqual(
      new Set(['DATABASE_URL', 'PORT', 'PUBLIC_URL', 'SMTP_URL', 'SEED_ADMIN_EMAIL', 'SEED_ADMIN_PASSWORD', 'PAYLOAD_SECRET']),
    )
    for (const key of error.keys) expect(error.message).toContain(`${key}:`)
  })

  it('should treat empty values as unset', () => {
    const env = parseEnv({ DATABASE_URL: '', PORT: '', SMTP_URL: '' })
    expect(env.databaseKind).toBe('sqlite')
    expect(env.port).toBe(3000)
    expect(env.smtpUrl).toBeUndefined()
  })

  it('should read body limits as sizes (1 MB for JSON, 10 MB for imports by default) and name a bad one', () => {
    expect(parseEnv({}).bodyLimits).toEqual({ jsonBytes: 1024 * 1024, importBytes: 10 * 1024 * 1024, uploadBytes: 10 * 1024 * 1024 })
    expect(parseEnv({ BODY_LIMIT_JSON: '256kb', BODY_LIMIT_IMPORT: '20971520' }).bodyLimits).toMatchObject({ jsonBytes: 256 * 1024, importBytes: 20 * 1024 * 1024 })
    const error = errorOf({ BODY_LIMIT_JSON: 'banyak', BODY_LIMIT_IMPORT: '5gb' })
    expect(new Set(error.keys)).toEqual(new Set(['BODY_LIMIT_JSON', 'BODY_LIMIT_IMPORT']))
  })

  it('should read the switches that used to be read where they were used', () => {
    const defaults = parseEnv({})
    expect(defaults).toMatchObject({ isPublicUrlSet: false, isSchemaPushed: false, isAdminServed: true, seedScenario: 'demo', isColourDisabled: false })
    const set = parseEnv({ PUBLIC_URL: 'https://segar.example/', SEGAR_SCHEMA_PUSH: '1', SEGAR_ADMIN: 'off', SEGAR_SEED_SCENARIO: 'none', NO_COLOR: '1' })
    expect(set).toMatchObject({ publicUrl: 'https://segar.example', isPublicUrlSet: true, isSchemaPushed: true, isAdminServed: false, seedScenario: 'none', isColourDisabled: true })
    expect(parseEnv({ SEGAR_SCHEMA_PUSH: '', SEGAR_ADMIN: '', NO_COLOR: '' })).toMatchObject({ isSchemaPushed: false, isAdminServed: true, isColourDisabled: false })
  })

  it('should name a bad switch instead of guessing', () => {
    expect(errorOf({ SEGAR_ADMIN: 'no', SEGAR_SCHEMA_PUSH: 'yes', SEGAR_SEED_SCENARIO: 'kajian' }).keys.sort()).toEqual(['SEGAR_ADMIN', 'SEGAR_SCHEMA_PUSH', 'SEGAR_SEED_SCENARIO'])
  })
})
