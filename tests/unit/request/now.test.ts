import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { contextNow } from '../../../src/request/now'

const CLOCK = new Date('2026-03-04T05:06:07.000Z')

describe('contextNow', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: CLOCK })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('should take a Date from the request context', () => {
    const given = new Date('2023-01-16T01:00:00.000Z')
    expect(contextNow({ req: { context: { now: given } } }).toISOString()).toBe('2023-01-16T01:00:00.000Z')
  })

  it('should read an ISO string in the context as that instant', () => {
    expect(contextNow({ req: { context: { now: '2023-01-16T08:00:00+07:00' } } }).toISOString()).toBe('2023-01-16T01:00:00.000Z')
  })

  it('should fall back to the clock when now is missing, not a date, or there is no context', () => {
    expect(contextNow({ req: { context: {} } }).toISOString()).toBe(CLOCK.toISOString())
    expect(contextNow({ req: { context: { now: 'kemarin' } } }).toISOString()).toBe(CLOCK.toISOString())
    expect(contextNow({ req: { context: { now: new Date('x') } } }).toISOString()).toBe(CLOCK.toISOString())
    expect(contextNow({ req: { context: { now: 1_700_000_000_000 } } }).toISOString()).toBe(CLOCK.toISOString())
    expect(contextNow({ req: {} }).toISOString()).toBe(CLOCK.toISOString())
    expect(contextNow({ req: undefined }).toISOString()).toBe(CLOCK.toISOString())
  })
})
