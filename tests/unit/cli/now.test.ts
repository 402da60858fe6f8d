import { describe, expect, it } from 'vitest'

import { optionalNow, parseNow, UsageError } from '../../../src/cli/common'

const EXAMPLE = '2023-01-16T08:00:00+07:00'
const iso = (text: string) => parseNow({ text, example: EXAMPLE }).toISOString()

describe('parseNow', () => {
  it('should read a bare date as 00:00 of that day in Palembang, not in UTC', () => {
    expect(iso('2023-01-16')).toBe('2023-01-15T17:00:00.000Z')
  })

  it('should read a time without an offset as Palembang wall-clock time', () => {
    expect(iso('2023-01-16T08:00')).toBe('2023-01-16T01:00:00.000Z')
    expect(iso('2023-01-16T08:00:30.5')).toBe('2023-01-16T01:00:30.500Z')
  })

  it('should keep the offset an operator wrote', () => {
    expect(iso('2023-01-16T08:00:00+07:00')).toBe('2023-01-16T01:00:00.000Z')
    expect(iso('2023-01-16T08:00:00Z')).toBe('2023-01-16T08:00:00.000Z')
    expect(iso(' 2023-01-16T08:00:00-0300 ')).toBe('2023-01-16T11:00:00.000Z')
  })

  it('should refuse free text and days that do not exist, naming --now and an example', () => {
    for (const text of ['kemarin', '16/01/2023', '2023-02-30', '2023-13-01', '2023-01-16 08:00', '1673830800000', '']) {
      expect(() => parseNow({ text, example: EXAMPLE }), text).toThrow(UsageError)
    }
    expect(() => parseNow({ text: 'besok', example: EXAMPLE })).toThrow(`--now bukan waktu ISO-8601 yang sah: "besok". Contoh: --now ${EXAMPLE}`)
  })

  it('should leave --now unset when it was not given', () => {
    expect(optionalNow({ text: undefined, example: EXAMPLE })).toBeUndefined()
    expect(optionalNow({ text: '2023-01-16', example: EXAMPLE })?.toISOString()).toBe('2023-01-15T17:00:00.000Z')
  })
})
