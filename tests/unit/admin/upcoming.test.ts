import { describe, expect, it } from 'vitest'

import { isUpcoming } from '../../../src/freshness/tasks'

describe('an editor to-do list', () => {
  it('should put a fresh menu due tomorrow under "akan datang", and a late one or one with a citizen report under action', () => {
    expect(isUpcoming({ status: 'fresh', masalah: [] })).toBe(true)
    expect(isUpcoming({ status: 'due', masalah: [{ kode: 'jatuh-tempo', pesan: '' }] })).toBe(false)
    expect(isUpcoming({ status: 'fresh', masalah: [{ kode: 'laporan-warga', pesan: '' }] })).toBe(false)
  })
})
