import { describe, expect, it } from 'vitest'

import { jakartaYear } from '../../src/domain/calendar'
import { slugify } from '../../src/domain/text'

describe('slugify', () => {
  it('should make a lower-case, hyphenated slug from an Indonesian title', () => {
    expect(slugify({ text: 'Wali Kota Tinjau Pasar 16 Ilir & Pasar Cinde!' })).toBe('wali-kota-tinjau-pasar-16-ilir-dan-pasar-cinde')
    expect(slugify({ text: '  Café  Ampera  ' })).toBe('cafe-ampera')
  })

  it('should cut a long title at a word boundary', () => {
    expect(slugify({ text: 'satu dua tiga empat', maxLength: 12 })).toBe('satu-dua')
  })
})

describe('jakartaYear', () => {
  it('should already be the new year in Palembang at 17:00 UTC on 31 December', () => {
    expect(jakartaYear({ at: new Date('2025-12-31T16:59:59Z') })).toBe(2025)
    expect(jakartaYear({ at: new Date('2025-12-31T17:00:00Z') })).toBe(2026)
  })
})
