import { describe, expect, it } from 'vitest'

import { normaliseUrl, richTextUrls } from '../../../src/links/collect'
import { nextLinkState } from '../../../src/links/confirm'

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 19))

describe('nextLinkState', () => {
  it('should not confirm a first failure, and confirm the second in a row', () => {
    const first = nextLinkState({ previous: null, hasil: 'broken', now: day(1), confirmations: 2 })
    expect(first).toEqual({ gagalBerturut: 1, pertamaGagal: day(1), dikonfirmasiPada: null, terkonfirmasi: false })
    const second = nextLinkState({ previous: first, hasil: 'soft-404', now: day(2), confirmations: 2 })
    expect(second).toEqual({ gagalBerturut: 2, pertamaGagal: day(1), dikonfirmasiPada: day(2), terkonfirmasi: true })
    const third = nextLinkState({ previous: second, hasil: 'broken', now: day(3), confirmations: 2 })
    expect(third).toMatchObject({ gagalBerturut: 3, pertamaGagal: day(1), dikonfirmasiPada: day(2), terkonfirmasi: true })
  })

  it('should clear a failing link that works again', () => {
    const failing = { gagalBerturut: 4, pertamaGagal: day(1), dikonfirmasiPada: day(2) }
    for (const hasil of ['ok', 'redirected'] as const) {
      expect(nextLinkState({ previous: failing, hasil, now: day(5), confirmations: 2 })).toEqual({
        gagalBerturut: 0,
        pertamaGagal: null,
        dikonfirmasiPada: null,
        terkonfirmasi: false,
      })
    }
  })

  it('should neither count nor clear a blocked or unjudgeable run', () => {
    const once = { gagalBerturut: 1, pertamaGagal: day(1), dikonfirmasiPada: null }
    const blocked = nextLinkState({ previous: once, hasil: 'blocked', now: day(2), confirmations: 2 })
    expect(blocked).toEqual({ ...once, terkonfirmasi: false })
    const again = nextLinkState({ previous: blocked, hasil: 'broken', now: day(3), confirmations: 2 })
    expect(again).toMatchObject({ gagalBerturut: 2, pertamaGagal: day(1), terkonfirmasi: true })
  })

  it('should honour a higher confirmation count', () => {
    let state = nextLinkState({ previous: null, hasil: 'broken', now: day(1), confirmations: 3 })
    state = nextLinkState({ previous: state, hasil: 'broken', now: day(2), confirmations: 3 })
    expect(state.terkonfirmasi).toBe(false)
    state = nextLinkState({ previous: state, hasil: 'broken', now: day(3), confirmations: 3 })
    expect(state).toMatchObject({ terkonfirmasi: true, dikonfirmasiPada: day(3) })
  })

  it('should confirm at once when one run is enough', () => {
    expect(nextLinkState({ previous: null, hasil: 'broken', now: day(1), confirmations: 1 }).terkonfirmasi).toBe(true)
  })
})

describe('collecting addresses', () => {
  it('should find custom links and autolinks in Lexical rich text, not internal links', () => {
    const isi = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Daftar di ' },
              { type: 'link', fields: { linkType: 'custom', url: 'https://sim.palembang.go.id/daftar' }, children: [{ type: 'text', text: 'sini' }] },
              { type: 'autolink', fields: { url: 'https://dpmptsp.palembang.go.id/cek-antrian' }, children: [] },
              { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'berita', value: 3 } }, children: [] },
            ],
          },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'link', fields: { url: 'mailto:humas@palembang.go.id' }, children: [] }] }] },
        ],
      },
    }
    expect(richTextUrls(isi)).toEqual([
      'https://sim.palembang.go.id/daftar',
      'https://dpmptsp.palembang.go.id/cek-antrian',
      'mailto:humas@palembang.go.id',
    ])
    expect(richTextUrls(null)).toEqual([])
  })

  it('should keep only absolute http(s) addresses, without the fragment', () => {
    expect(normaliseUrl(' https://palembang.go.id/layanan#bagian ')).toBe('https://palembang.go.id/layanan')
    expect(normaliseUrl('mailto:humas@palembang.go.id')).toBeNull()
    expect(normaliseUrl('/berita/1')).toBeNull()
    expect(normaliseUrl('javascript:alert(1)')).toBeNull()
  })
})
