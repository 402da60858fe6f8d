import { describe, expect, it } from 'vitest'

import { clientBucket, clientKey, rateDecision } from '../../../src/freshness/citizenReports'

const now = new Date('2025-07-16T10:00:00Z')
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000)

describe('rateDecision', () => {
  it('should allow five reports in an hour and refuse the sixth until the oldest leaves the window', () => {
    const recent = [50, 40, 30, 20, 10].map(minutesAgo)
    expect(rateDecision({ recent: recent.slice(0, 4), now })).toEqual({ isAllowed: true })
    expect(rateDecision({ recent, now })).toEqual({ isAllowed: false, retryAfterSeconds: 10 * 60 })
  })

  it('should not count reports older than an hour', () => {
    expect(rateDecision({ recent: [61, 60, 30, 20, 10].map(minutesAgo), now })).toEqual({ isAllowed: true })
  })

  it('should wait for enough reports to leave the window when there are more than five', () => {
    const recent = [55, 50, 40, 30, 20, 10].map(minutesAgo)
    expect(rateDecision({ recent, now })).toEqual({ isAllowed: false, retryAfterSeconds: 10 * 60 })
  })
})

describe('client keys', () => {
  it('should treat an IPv4-mapped address as the IPv4 address', () => {
    expect(clientBucket({ address: '::ffff:203.0.113.7' })).toBe('203.0.113.7')
  })

  it('should put every address of one IPv6 /64 in one bucket', () => {
    expect(clientBucket({ address: '2001:db8:1:2::1' })).toBe(clientBucket({ address: '2001:0db8:0001:0002:ffff:1:2:3' }))
    expect(clientBucket({ address: '2001:db8:1:2::1' })).not.toBe(clientBucket({ address: '2001:db8:1:3::1' }))
  })

  it('should share one bucket for unknown addresses', () => {
    expect(clientBucket({ address: undefined })).toBe(clientBucket({ address: 'bukan-alamat' }))
  })

  it('should not contain the address and depend on the secret', () => {
    const key = clientKey({ address: '203.0.113.7', secret: 'a' })
    expect(key).not.toContain('203')
    expect(key).toBe(clientKey({ address: '203.0.113.7', secret: 'a' }))
    expect(key).not.toBe(clientKey({ address: '203.0.113.7', secret: 'b' }))
  })
})
