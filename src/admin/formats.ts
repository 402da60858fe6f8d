import type { CollectionConfig, Config, Field } from 'payload'

import { DATE_FORMAT, DATE_TIME_FORMAT, TIME_FORMAT } from './format'

const RUPIAH_CELL = '/admin/RupiahCell#RupiahCell'
/** Number fields that hold rupiah. */
const RUPIAH_FIELDS = new Set(['harga'])

function displayFormatOf(appearance: string | undefined): string {
  if (appearance === 'dayOnly') return DATE_FORMAT
  if (appearance === 'timeOnly') return TIME_FORMAT
  if (appearance === 'monthOnly') return 'MMMM yyyy'
  return DATE_TIME_FORMAT
}

function withFormat(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    // Payload's picker defaults to "MMM d, yyy h:mm a" (Des 2, 2026 2:40 PM) where the rest of the admin says "2 Desember 2026, 14.40".
    const appearance = date.pickerAppearance ?? 'dayAndTime'
    return {
      ...field,
      admin: {
        ...field.admin,
        date: { ...date, pickerAppearance: appearance, displayFormat: date.displayFormat ?? displayFormatOf(appearance), timeFormat: ('timeFormat' in date ? date.timeFormat : undefined) ?? TIME_FORMAT } as typeof date,
      },
    }
  }
  if (field.type === 'number' && RUPIAH_FIELDS.has(field.name) && !field.admin?.components?.Cell) {
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: RUPIAH_CELL } } }
  }
  if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group' || field.type === 'array') return { ...field, fields: field.fields.map(withFormat) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withFormat) })) }
  return field
}

/** One Indonesian way of writing dates, times and prices across every collection's fields and list columns. */
export function withIndonesianFormats(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection: CollectionConfig) => ({ ...collection, fields: collection.fields.map(withFormat) })),
  }
}
