import { describe, expect, it } from 'vitest'

import { isPrivateAddress, judgeAddresses } from '../../../src/links/privateAddress'

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '169.254.0.1',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    '[::1]',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    // IPv4-compatible (::/96): 127.0.0.1 and 10.0.0.1 written as IPv6
    '::7f00:1',
    '::127.0.0.1',
    '::a00:1',
    // SIIT (::ffff:0:0:0/96)
    '::ffff:0:7f00:1',
    '::ffff:0:a9fe:a9fe',
    // NAT64 well-known prefix carrying a private IPv4, and the local-use NAT64 prefix
    '64:ff9b::7f00:1',
    '64:ff9b::10.1.2.3',
    '64:ff9b::c0a8:101',
    '64:ff9b:1::808:808',
    // 6to4 carrying a private IPv4
    '2002:7f00:1::1',
    '2002:a9fe:a9fe::',
    '2002:c0a8:101::5',
    // site-local (deprecated, still routed inside some networks)
    'fec0::1',
    'feff::1',
    // Teredo, discard, reserved ::/8
    '2001::1',
    '100::1',
    '::2',
    'bukan-alamat',
    '127.1',
    '',
  ])('should call %s private', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  it.each([
    '8.8.8.8',
    '203.0.113.10',
    '172.32.0.1',
    '172.15.255.255',
    '192.169.0.1',
    '2001:db8::1',
    '2404:6800:4003::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
    '::ffff:0:808:808',
  ])(
    'should call %s public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false)
    },
  )
})

describe('judgeAddresses', () => {
  it('should refuse a name when any of its addresses is private', () => {
    const verdict = judgeAddresses({
      hostname: 'campur.contoh.example',
      addresses: [
        { address: '203.0.113.10', family: 4 },
        { address: 'fd00::5', family: 6 },
      ],
      isPrivateAllowed: false,
    })
    expect(verdict).toMatchObject({ isAllowed: false, reason: 'private' })
    expect(!verdict.isAllowed && verdict.detail).toMatch(/fd00::5/)
  })

  it('should allow private addresses when configured to', () => {
    const verdict = judgeAddresses({ hostname: 'localhost', addresses: [{ address: '127.0.0.1', family: 4 }], isPrivateAllowed: true })
    expect(verdict.isAllowed).toBe(true)
  })

  it('should allow a name whose every address is public', () => {
    const verdict = judgeAddresses({ hostname: 'palembang.go.id', addresses: [{ address: '203.0.113.10', family: 4 }], isPrivateAllowed: false })
    expect(verdict.isAllowed).toBe(true)
  })
})
