import { describe, expect, it } from 'vitest'

import { normalisePhone } from '../../src/domain/phone'

describe('normalisePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890', 'seluler'],
    ['0812 3456 789', '+628123456789', 'seluler'],
    ['+62 812 3456 7890', '+6281234567890', 'seluler'],
    ['6281234567890', '+6281234567890', 'seluler'],
    ['+62 (0) 812 3456 7890', '+6281234567890', 'seluler'],
    ['(0711) 350000', '+62711350000', 'tetap'],
    ['0711-3500001', '+627113500001', 'tetap'],
    ['021 1234 5678', '+622112345678', 'tetap'],
  ])('should store %s as %s', (input, value, kind) => {
    expect(normalisePhone({ input })).toEqual({ isValid: true, value, kind })
  })

  it.each([
    ['', 'empty'],
    ['0812', 'too short'],
    ['0812345678901234', 'too long'],
    ['08123abc567', 'letters'],
    ['812345678', 'no trunk prefix'],
    ['+1 415 555 0100', 'not Indonesian'],
    ['0812+3456789', 'plus in the middle'],
    ['0112345678', 'no area code starts with 1'],
  ])('should refuse %j (%s)', (input) => {
    const result = normalisePhone({ input })
    expect(result.isValid).toBe(false)
    if (!result.isValid) expect(result.reason).toMatch(/[a-z]/)
  })

  it('should allow 112 and other short numbers only where short numbers are allowed', () => {
    expect(normalisePhone({ input: '112', isShortAllowed: true })).toEqual({ isValid: true, value: '112', kind: 'darurat' })
    expect(normalisePhone({ input: '1500-117', isShortAllowed: true })).toEqual({ isValid: true, value: '1500117', kind: 'darurat' })
    expect(normalisePhone({ input: '112' }).isValid).toBe(false)
  })

  it('should take only mobile numbers for WhatsApp', () => {
    expect(normalisePhone({ input: '0813 6789 0123', isMobileOnly: true })).toMatchObject({ isValid: true, value: '+6281367890123' })
    expect(normalisePhone({ input: '(0711) 350000', isMobileOnly: true }).isValid).toBe(false)
    expect(normalisePhone({ input: '112', isMobileOnly: true, isShortAllowed: true }).isValid).toBe(false)
  })
})
