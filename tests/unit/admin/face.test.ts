import { describe, expect, it } from 'vitest'

import { formatRupiah } from '../../../src/admin/format'
import { withIndonesianFormats } from '../../../src/admin/formats'
import { withRelationCells } from '../../../src/admin/relationCells'
import { isCollectionShown, withRoleNavigation } from '../../../src/admin/roleNavigation'
import type { Config, Field } from 'payload'

describe('formatRupiah', () => {
  it('should write a price as Indonesians do', () => {
    expect(formatRupiah({ value: 133500 })).toBe('Rp 133.500')
    expect(formatRupiah({ value: 1250000 })).toBe('Rp 1.250.000')
    expect(formatRupiah({ value: 900 })).toBe('Rp 900')
    expect(formatRupiah({ value: null })).toBe('–')
  })
})

const relation: Field = { name: 'komoditas', type: 'relationship', relationTo: 'komoditas' }
const config = (fields: Field[]): Config => ({ collections: [{ slug: 'harga-pangan', fields }] }) as unknown as Config

describe('the admin config wrappers', () => {
  it('should give relationship columns, also inside rows, the server-rendered cell', () => {
    const wrapped = withRelationCells(config([{ type: 'row', fields: [relation] }, { name: 'judul', type: 'text' }]))
    const row = wrapped.collections![0]!.fields[0] as { fields: Field[] }
    expect((row.fields[0] as { admin: { components: { Cell: string } } }).admin.components.Cell).toBe('/admin/RelationCell#RelationCell')
    expect((wrapped.collections![0]!.fields[1] as { admin?: unknown }).admin).toBeUndefined()
  })

  it('should give every date field the one Indonesian 24-hour format and prices the rupiah cell', () => {
    const wrapped = withIndonesianFormats(
      config([
        { name: 'isiDiubahPada', type: 'date' },
        { name: 'tanggal', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'harga', type: 'number' },
      ]),
    )
    const [changed, day, price] = wrapped.collections![0]!.fields as { admin: { date?: Record<string, string>; components?: { Cell: string } } }[]
    expect(changed!.admin.date).toMatchObject({ pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH.mm', timeFormat: 'HH.mm' })
    expect(day!.admin.date).toMatchObject({ displayFormat: 'd MMMM yyyy' })
    expect(price!.admin.components?.Cell).toBe('/admin/RupiahCell#RupiahCell')
  })

  it('should hide the staff collections from an editor only', () => {
    const editor = { id: 1, roles: ['editor'] }
    const reviewer = { id: 2, roles: ['reviewer'] }
    expect(isCollectionShown({ slug: 'kotak-keluar', user: editor })).toBe(false)
    expect(isCollectionShown({ slug: 'users', user: editor })).toBe(false)
    expect(isCollectionShown({ slug: 'harga-pangan', user: editor })).toBe(true)
    expect(isCollectionShown({ slug: 'kotak-keluar', user: reviewer })).toBe(true)
    const wrapped = withRoleNavigation({ collections: [{ slug: 'pengecualian', fields: [] }, { slug: 'percobaan', fields: [], admin: { hidden: true } }] } as unknown as Config)
    const hidden = wrapped.collections![0]!.admin!.hidden as (args: { user: unknown }) => boolean
    expect(hidden({ user: editor })).toBe(true)
    expect(hidden({ user: reviewer })).toBe(false)
    expect(wrapped.collections![1]!.admin!.hidden).toBe(true)
  })
})
