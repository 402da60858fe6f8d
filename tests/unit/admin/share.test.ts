import { describe, expect, it } from 'vitest'

import { freshShare, isCounted } from '../../../src/components/Kesegaran/data'

describe('the share of fresh menus', () => {
  it('should count only monitored menus, so an office whose only menu is IRREG has no share instead of 0%', () => {
    expect(isCounted('unmonitored')).toBe(false)
    expect(isCounted('archived')).toBe(false)
    expect(isCounted('exempt')).toBe(false)
    expect(isCounted('overdue')).toBe(true)
    expect(freshShare({ statuses: ['unmonitored'] })).toBeNull()
    expect(freshShare({ statuses: ['fresh', 'fresh', 'overdue', 'unmonitored', 'unmonitored'] })).toBeCloseTo(2 / 3)
  })
})
