import { describe, expect, it } from 'vitest'

import { activeException } from '../../../src/freshness/activeException'
import type { ExceptionRecord } from '../../../src/freshness/activeException'

const at = (iso: string) => new Date(iso)

const renovasi: ExceptionRecord = {
  id: 'a',
  alasan: 'Renovasi Pasar 16 Ilir',
  mulai: '2025-07-01T00:00:00.000+07:00',
  selesai: '2025-08-01T00:00:00.000+07:00',
}

describe('activeException', () => {
  it('should hold from its start until just before its end', () => {
    expect(activeException({ exceptions: [renovasi], now: at('2025-06-30T23:59:59.999+07:00') })).toBeNull()
    expect(activeException({ exceptions: [renovasi], now: at('2025-07-01T00:00:00+07:00') })?.id).toBe('a')
    expect(activeException({ exceptions: [renovasi], now: at('2025-07-31T23:59:59.999+07:00') })?.id).toBe('a')
    expect(activeException({ exceptions: [renovasi], now: at('2025-08-01T00:00:00+07:00') })).toBeNull()
  })

  it('should give dates the freshness rule can use, whether stored as strings or dates', () => {
    const found = activeException({ exceptions: [{ ...renovasi, mulai: at(String(renovasi.mulai)) }], now: at('2025-07-10T00:00:00Z') })
    expect(found).toEqual({
      id: 'a',
      alasan: 'Renovasi Pasar 16 Ilir',
      mulai: at('2025-07-01T00:00:00+07:00'),
      selesai: at('2025-08-01T00:00:00+07:00'),
    })
  })

  it('should stop holding when ended early, and report the early end as its end', () => {
    const ended = { ...renovasi, diakhiriPada: '2025-07-15T10:00:00+07:00' }
    expect(activeException({ exceptions: [ended], now: at('2025-07-15T09:59:59+07:00') })?.selesai).toEqual(at('2025-07-15T10:00:00+07:00'))
    expect(activeException({ exceptions: [ended], now: at('2025-07-15T10:00:00+07:00') })).toBeNull()
  })

  it('should ignore an early end recorded after the planned end', () => {
    const late = { ...renovasi, diakhiriPada: '2025-09-01T00:00:00+07:00' }
    expect(activeException({ exceptions: [late], now: at('2025-08-15T00:00:00+07:00') })).toBeNull()
  })

  it('should pick the overlapping exception that holds longest', () => {
    const extension: ExceptionRecord = { id: 'b', alasan: 'Diperpanjang', mulai: '2025-07-20T00:00:00+07:00', selesai: '2025-09-01T00:00:00+07:00' }
    expect(activeException({ exceptions: [renovasi, extension], now: at('2025-07-25T00:00:00+07:00') })?.id).toBe('b')
    expect(activeException({ exceptions: [extension, renovasi], now: at('2025-07-10T00:00:00+07:00') })?.id).toBe('a')
  })

  it('should skip records without usable dates or ending before they start', () => {
    const broken: ExceptionRecord[] = [
      { alasan: 'tanpa akhir', mulai: '2025-07-01T00:00:00Z', selesai: null },
      { alasan: 'terbalik', mulai: '2025-07-10T00:00:00Z', selesai: '2025-07-01T00:00:00Z' },
      { alasan: 'bukan tanggal', mulai: 'kemarin', selesai: '2025-08-01T00:00:00Z' },
    ]
    expect(activeException({ exceptions: broken, now: at('2025-07-05T00:00:00Z') })).toBeNull()
    expect(activeException({ exceptions: [], now: at('2025-07-05T00:00:00Z') })).toBeNull()
  })
})
