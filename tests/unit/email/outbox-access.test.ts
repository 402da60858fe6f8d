import type { Access, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { KotakKeluar } from '../../../collections/KotakKeluar'
import { EnvError, parseEnv } from '../../../src/env'

function allows(rule: Access | undefined, roles: string[] | null): unknown {
  const user = roles ? { id: 1, roles, opd: [7] } : null
  return rule!({ req: { user } as unknown as PayloadRequest })
}

describe('kotak-keluar access', () => {
  it.each([
    [['admin'], true],
    [['reviewer'], true],
    [['editor'], false],
    [null, false],
  ])('should let %o read the outbox: %s', (roles, isAllowed) => {
    expect(allows(KotakKeluar.access?.read, roles)).toBe(isAllowed)
  })

  it.each(['create', 'update', 'delete'] as const)('should refuse %s over the API to everyone, admins included', (operation) => {
    for (const roles of [['admin'], ['reviewer'], ['editor'], null]) expect(allows(KotakKeluar.access?.[operation], roles)).toBe(false)
  })
})

describe('EMAIL_OVERRIDE_TO', () => {
  it('should be off unless set, and refuse something that is not an address', () => {
    expect(parseEnv({}).emailOverrideTo).toBeUndefined()
    expect(parseEnv({ EMAIL_OVERRIDE_TO: '' }).emailOverrideTo).toBeUndefined()
    expect(parseEnv({ EMAIL_OVERRIDE_TO: 'staging@palembang.go.id' }).emailOverrideTo).toBe('staging@palembang.go.id')
    expect(() => parseEnv({ EMAIL_OVERRIDE_TO: 'bukan-alamat' })).toThrow(EnvError)
    try {
      parseEnv({ EMAIL_OVERRIDE_TO: 'bukan-alamat' })
    } catch (error) {
      expect((error as EnvError).keys).toEqual(['EMAIL_OVERRIDE_TO'])
    }
  })
})
