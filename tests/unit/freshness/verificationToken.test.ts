import { describe, expect, it } from 'vitest'

import {
  signToken,
  signVerificationToken,
  verificationLink,
  verifyVerificationToken,
} from '../../../src/freshness/verificationToken'

const SECRET = 'rahasia-uji-yang-cukup-panjang-untuk-hmac-0123'
const ISSUED = new Date('2025-07-01T09:00:00+07:00')
const DAY_MS = 24 * 60 * 60 * 1000

const sign = (overrides: Partial<Parameters<typeof signVerificationToken>[0]> = {}) =>
  signVerificationToken({ menuId: 42, officeId: 7, now: ISSUED, secret: SECRET, ...overrides })

describe('verification tokens', () => {
  it('should accept a fresh token and give back the menu, the office, the times and a random id', () => {
    const result = verifyVerificationToken({ token: sign(), now: new Date(ISSUED.getTime() + DAY_MS), secret: SECRET })
    expect(result.isValid).toBe(true)
    if (!result.isValid) return
    expect(result.claims).toMatchObject({ purpose: 'verifikasi', menuId: '42', officeId: '7' })
    expect(result.claims.issuedAt.toISOString()).toBe(ISSUED.toISOString())
    expect(result.claims.expiresAt.getTime()).toBe(ISSUED.getTime() + 14 * DAY_MS)
    expect(result.claims.tokenId).toMatch(/^[A-Za-z0-9_-]{16}$/)
  })

  it('should give every token its own id, even for the same menu at the same moment', () => {
    const ids = [sign(), sign()].map((token) => {
      const result = verifyVerificationToken({ token, now: ISSUED, secret: SECRET })
      return result.isValid ? result.claims.tokenId : undefined
    })
    expect(ids[0]).toBeDefined()
    expect(ids[0]).not.toBe(ids[1])
  })

  it('should still accept a token one millisecond before 14 days and refuse it as expired at exactly 14 days', () => {
    const token = sign()
    const expiry = ISSUED.getTime() + 14 * DAY_MS
    expect(verifyVerificationToken({ token, now: new Date(expiry - 1), secret: SECRET }).isValid).toBe(true)
    expect(verifyVerificationToken({ token, now: new Date(expiry), secret: SECRET })).toEqual({ isValid: false, reason: 'expired' })
  })

  it('should honour a shorter lifetime', () => {
    const token = sign({ ttlDays: 1 })
    expect(verifyVerificationToken({ token, now: new Date(ISSUED.getTime() + DAY_MS), secret: SECRET })).toEqual({
      isValid: false,
      reason: 'expired',
    })
  })

  it('should refuse a token whose claims were changed to another menu', () => {
    const [version, body, mac] = sign().split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    const forged = Buffer.from(JSON.stringify({ ...claims, m: '43' })).toString('base64url')
    expect(verifyVerificationToken({ token: `${version}.${forged}.${mac}`, now: ISSUED, secret: SECRET })).toEqual({
      isValid: false,
      reason: 'tampered',
    })
  })

  it('should refuse a token with a changed signature or signed with another secret', () => {
    const token = sign()
    const flipped = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')
    expect(verifyVerificationToken({ token: flipped, now: ISSUED, secret: SECRET })).toEqual({ isValid: false, reason: 'tampered' })
    expect(verifyVerificationToken({ token, now: ISSUED, secret: `${SECRET}-lain` })).toEqual({ isValid: false, reason: 'tampered' })
  })

  it('should refuse a correctly signed token made for another purpose', () => {
    const token = signToken({ purpose: 'berhenti-langganan', menuId: 42, officeId: 7, now: ISSUED, secret: SECRET })
    expect(verifyVerificationToken({ token, now: ISSUED, secret: SECRET })).toEqual({ isValid: false, reason: 'wrong-purpose' })
  })

  it('should refuse text that is not a token at all', () => {
    for (const token of ['', 'abc', 'v1.abc', 'v2.a.b', 'v1..']) {
      expect(verifyVerificationToken({ token, now: ISSUED, secret: SECRET })).toEqual({ isValid: false, reason: 'malformed' })
    }
  })

  it('should build a link to the confirmation page that carries a valid token', () => {
    const link = verificationLink({ publicUrl: 'https://segar.palembang.go.id/', menuId: 42, officeId: 7, now: ISSUED, secret: SECRET })
    const url = new URL(link)
    expect(`${url.origin}${url.pathname}`).toBe('https://segar.palembang.go.id/api/menu-portal/verifikasi-tautan')
    const token = url.searchParams.get('token') ?? ''
    expect(verifyVerificationToken({ token, now: ISSUED, secret: SECRET }).isValid).toBe(true)
  })
})
