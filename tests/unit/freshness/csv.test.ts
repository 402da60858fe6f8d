import { describe, expect, it } from 'vitest'

import { csvField, csvRow } from '../../../src/freshness/csv'

describe('csvField', () => {
  it.each([
    ['=HYPERLINK("https://jahat.example","klik")', `"'=HYPERLINK(""https://jahat.example"",""klik"")"`],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('should neutralise a cell that a spreadsheet would run: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it.each([
    ['Harga Bahan Pokok', 'Harga Bahan Pokok'],
    ['a=b', 'a=b'],
    ['2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z'],
    ['Produk Hukum, "JDIH"', '"Produk Hukum, ""JDIH"""'],
  ])('should leave ordinary text as it is: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('should keep negative numbers as numbers', () => {
    expect(csvRow([-3, 0, null, 'x'])).toBe('-3,0,,x\r\n')
  })
})
