import { describe, expect, it } from 'vitest'

import { BACKOFF_MINUTES, classifySendError, nextAttemptAt } from '../../../src/email/outbox'
import { applyRecipientOverride, parseMailFrom, pooledSmtpUrl } from '../../../src/email/transport'

const NOW = new Date('2026-11-28T01:00:00.000Z')

function smtpError(fields: { responseCode?: number; code?: string; response?: string; message?: string }) {
  return Object.assign(new Error(fields.message ?? 'gagal'), fields)
}

describe('classifySendError', () => {
  it.each([
    [{ code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:2525' }, false],
    [{ code: 'ETIMEDOUT', message: 'Connection timeout' }, false],
    [{ code: 'EENVELOPE', responseCode: 451, response: '451 4.3.0 coba lagi' }, false],
    [{ code: 'EMESSAGE', responseCode: 452, response: '452 penuh' }, false],
    [{ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 tidak ada' }, true],
    [{ code: 'EMESSAGE', responseCode: 554, response: '554 ditolak' }, true],
    // A wrong password is the configuration's fault, not the message's: fixing SMTP_URL must deliver it.
    [{ code: 'EAUTH', responseCode: 535, response: '535 salah sandi' }, false],
  ])('should judge %o permanent: %s', (fields, isPermanent) => {
    const failure = classifySendError(smtpError(fields))
    expect(failure.isPermanent).toBe(isPermanent)
    expect(failure.message).toContain(fields.code)
  })

  it('should treat something that is not an SMTP error as temporary', () => {
    expect(classifySendError(new Error('disk penuh')).isPermanent).toBe(false)
    expect(classifySendError('aneh').message).toContain('aneh')
  })
})

describe('nextAttemptAt', () => {
  it('should wait longer after each failure, up to the cap', () => {
    const waits = [1, 2, 3, 4, 5, 30].map((attempts) => (nextAttemptAt({ now: NOW, attempts }).getTime() - NOW.getTime()) / 60_000)
    expect(waits).toEqual([1, 5, 15, 60, 60, 60])
    expect(BACKOFF_MINUTES.at(-1)).toBe(60)
  })
})

describe('transport settings', () => {
  it('should pool SMTP connections and keep what the operator wrote in SMTP_URL', () => {
    const url = new URL(pooledSmtpUrl('smtp://user:p%40ss@mail.example:587?maxConnections=2'))
    expect(url.searchParams.get('pool')).toBe('true')
    expect(url.searchParams.get('maxConnections')).toBe('2')
    expect(url.searchParams.get('socketTimeout')).toBe('60000')
    expect(url.username).toBe('user')
    expect(url.password).toBe('p%40ss')
  })

  it('should redirect every recipient to the override and keep the real ones in a header', () => {
    const email = { to: ['a@x.example', 'b@x.example'], subject: 's', html: 'h', text: 't', headers: { 'X-Segar-Kunci': 'k' } }
    expect(applyRecipientOverride({ email })).toBe(email)
    expect(applyRecipientOverride({ email, overrideTo: 'staging@x.example' })).toEqual({
      ...email,
      to: ['staging@x.example'],
      headers: { 'X-Segar-Kunci': 'k', 'X-Segar-Penerima-Asli': 'a@x.example, b@x.example' },
    })
  })

  it.each([
    ['Segar Palembang <segar@palembang.go.id>', { name: 'Segar Palembang', address: 'segar@palembang.go.id' }],
    ['"Diskominfo, Palembang" <kominfo@palembang.go.id>', { name: 'Diskominfo, Palembang', address: 'kominfo@palembang.go.id' }],
    ['segar@palembang.go.id', { name: 'Segar', address: 'segar@palembang.go.id' }],
  ])('should read MAIL_FROM %s', (value, expected) => {
    expect(parseMailFrom(value)).toEqual(expected)
  })
})
