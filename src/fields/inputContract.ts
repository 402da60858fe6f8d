/**
 * The contract every value sent to a collection must meet, derived from the
 * field's own configuration: its type (checked, never coerced: "15000" is not
 * a number), its declared range and length, its options. Pure: it reads the
 * raw data as the client sent it, before Payload converts anything, and
 * returns Indonesian problems by field path plus the relation ids to look up.
 */
import type { FlattenedField } from 'payload'

export type InputProblem = { path: string; label: string; message: string }

/** A relation id that must exist in `collection`, found at `path`. */
export type RelationReference = {
  path: string
  label: string
  collection: string
  id: string | number
  field: FlattenedField
  siblingData: Record<string, unknown>
}

export type LabelOf = (field: FlattenedField) => string

/** The field's own words for why a value is wrong, where it has them ("Harga harus lebih dari Rp0."). */
export type Explain = (args: { field: FlattenedField; value: unknown; siblingData: Record<string, unknown> }) => string | undefined

export type InputContractOptions = {
  /** How the database's ids look: serial numbers (SQL) or ObjectId strings (MongoDB). */
  idType: 'number' | 'text'
  /** Payload's `defaultMaxTextLength`: the longest text a field without its own `maxLength` takes. */
  defaultMaxTextLength: number
  labelOf: LabelOf
  explain?: Explain
}

/** Rows an array, blocks or hasMany field takes when it states no `maxRows`. */
export const DEFAULT_MAX_ROWS = 1000

/** Characters of serialised JSON a rich text or JSON field takes. */
export const MAX_JSON_CHARACTERS = 1_000_000

/** Dates outside these years are refused: a database column cannot hold year 275760. */
const EARLIEST_YEAR = 1000
const DAY_FIRST = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/
const LATEST_YEAR = 9999

// Years and small numbers read better without a thousands dot (2026, not 2.026).
const formatNumber = (value: number) => (Math.abs(value) < 10_000 ? String(value) : value.toLocaleString('id-ID'))

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const isEmpty = (value: unknown) => value === null || value === undefined

const describe = (value: unknown): string => {
  if (Array.isArray(value)) return 'larik'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'objek'
  if (typeof value === 'string') return 'teks'
  if (typeof value === 'number') return 'angka'
  if (typeof value === 'boolean') return 'benar/salah'
  return typeof value
}

const wrongType = (label: string, expected: string, value: unknown) =>
  `${label} harus berupa ${expected}, bukan ${describe(value)}.`

type Context = InputContractOptions & { problems: InputProblem[]; relations: RelationReference[] }

type At = { context: Context; value: unknown; path: string; label: string; siblingData: Record<string, unknown> }

function add(context: Context, path: string, label: string, message: string): void {
  context.problems.push({ path, label, message })
}

function checkNumber({ context, field, value, path, label, siblingData }: At & { field: FlattenedField & { type: 'number' } }): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    add(context, path, label, wrongType(label, 'angka', value))
    return
  }
  const isBelow = typeof field.min === 'number' && value < field.min
  const isAbove = typeof field.max === 'number' && value > field.max
  if (isBelow || isAbove) {
    const generic = isBelow ? `${label} paling kecil ${formatNumber(field.min!)}.` : `${label} paling besar ${formatNumber(field.max!)}.`
    add(context, path, label, context.explain?.({ field, value, siblingData }) ?? generic)
    return
  }
  // Segar's own number fields all declare a range and hold whole numbers (rupiah, counts, days,
  // years); Payload's own (an image's focal point) declare none and may be fractions.
  const hasRange = typeof field.min === 'number' && typeof field.max === 'number'
  if (hasRange && !Number.isInteger(value)) {
    add(context, path, label, `${label} harus bilangan bulat.`)
    return
  }
  // Beyond this a number loses digits on the way to the database and back.
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    add(context, path, label, `${label} terlalu besar: paling besar ${formatNumber(Number.MAX_SAFE_INTEGER)}.`)
  }
}

function checkText({ context, field, value, path, label }: At & { field: FlattenedField }): void {
  if (typeof value !== 'string') {
    add(context, path, label, wrongType(label, 'teks', value))
    return
  }
  const declared = 'maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined
  const maxLength = declared ?? (field.type === 'email' ? 254 : context.defaultMaxTextLength)
  if (value.length > maxLength) add(context, path, label, `${label} paling banyak ${formatNumber(maxLength)} karakter.`)
}

function checkDate({ context, value, path, label }: At): void {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) add(context, path, label, `${label} bukan tanggal yang sah.`)
    return
  }
  if (typeof value !== 'string') {
    add(context, path, label, wrongType(label, 'tanggal (teks, mis. 2026-11-28)', value))
    return
  }
  if (value.length > 64) {
    add(context, path, label, `${label} bukan tanggal yang sah.`)
    return
  }
  const time = Date.parse(value)
  if (Number.isNaN(time)) {
    // Day-first dates (28/11/2026) are read by the field itself; anything else is no date.
    if (!DAY_FIRST.test(value.trim())) add(context, path, label, `${label} bukan tanggal yang sah (mis. 2026-11-28).`)
    return
  }
  const year = new Date(time).getUTCFullYear()
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) add(context, path, label, `${label}: tahun harus antara ${EARLIEST_YEAR} dan ${LATEST_YEAR}.`)
}

function optionValues(field: FlattenedField & { type: 'select' | 'radio' }): string[] {
  return field.options.map((option) => (typeof option === 'string' ? option : option.value))
}

function checkOption({ context, field, value, path, label }: At & { field: FlattenedField & { type: 'select' | 'radio' } }): void {
  const values = optionValues(field)
  if (typeof value !== 'string') {
    add(context, path, label, wrongType(label, 'salah satu pilihan', value))
    return
  }
  if (!values.includes(value)) add(context, path, label, `${label} harus salah satu dari: ${values.join(', ')}.`)
}

function isWellFormedId(context: Context, id: unknown): id is string | number {
  if (context.idType === 'number') {
    return (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) || (typeof id === 'string' && /^[1-9]\d{0,14}$/.test(id))
  }
  return typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id)
}

function checkRelation({ context, field, value, path, label, siblingData }: At & { field: FlattenedField & { type: 'relationship' | 'upload' } }): void {
  let collection: string
  let id: unknown
  if (Array.isArray(field.relationTo)) {
    if (!isPlainObject(value) || typeof value.relationTo !== 'string' || !(field.relationTo as string[]).includes(value.relationTo)) {
      add(context, path, label, `${label} harus berupa { relationTo, value } dengan relationTo salah satu dari: ${field.relationTo.join(', ')}.`)
      return
    }
    collection = value.relationTo
    id = isPlainObject(value.value) ? value.value.id : value.value
  } else {
    collection = field.relationTo
    // A populated document (what a read returned) stands for its id.
    id = isPlainObject(value) ? value.id : value
  }
  if (!isWellFormedId(context, id)) {
    add(context, path, label, `${label}: id ${JSON.stringify(id) ?? String(id)} tidak sah.`)
    return
  }
  context.relations.push({ path, label, collection, id, field, siblingData })
}

function checkJsonSize({ context, value, path, label }: At): void {
  let text: string | undefined
  try {
    text = JSON.stringify(value)
  } catch {
    add(context, path, label, `${label} bukan JSON yang sah.`)
    return
  }
  if (text !== undefined && text.length > MAX_JSON_CHARACTERS) {
    add(context, path, label, `${label} terlalu besar: paling banyak ${formatNumber(MAX_JSON_CHARACTERS)} karakter JSON.`)
  }
}

function checkRows({ context, field, value, path, label }: At & { field: FlattenedField }): unknown[] | undefined {
  if (!Array.isArray(value)) {
    add(context, path, label, wrongType(label, 'larik (daftar)', value))
    return undefined
  }
  const maxRows = 'maxRows' in field && typeof field.maxRows === 'number' ? field.maxRows : DEFAULT_MAX_ROWS
  if (value.length > maxRows) {
    add(context, path, label, `${label} paling banyak ${formatNumber(maxRows)} baris.`)
    return undefined
  }
  return value
}

function checkScalar(at: At & { field: FlattenedField }): void {
  const { context, field, value, path, label } = at
  switch (field.type) {
    case 'number':
      return checkNumber({ ...at, field })
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return checkText({ ...at, field })
    case 'checkbox':
      if (typeof value !== 'boolean') add(context, path, label, wrongType(label, 'benar/salah (true atau false)', value))
      return
    case 'date':
      return checkDate(at)
    case 'select':
    case 'radio':
      return checkOption({ ...at, field })
    case 'relationship':
    case 'upload':
      return checkRelation({ ...at, field })
    case 'point':
      if (!Array.isArray(value) || value.length !== 2 || !value.every((item) => typeof item === 'number' && Number.isFinite(item) && Math.abs(item) <= 180)) {
        add(context, path, label, `${label} harus berupa [bujur, lintang] dalam angka.`)
      }
      return
    case 'richText':
      if (!isPlainObject(value) || !isPlainObject(value.root)) {
        add(context, path, label, wrongType(label, 'objek teks kaya ({ root: ... })', value))
        return
      }
      return checkJsonSize(at)
    case 'json':
      return checkJsonSize(at)
    default:
      return
  }
}

const HAS_MANY_TYPES = new Set(['text', 'number', 'select', 'relationship', 'upload'])

function checkField({ context, field, value, path, siblingData }: { context: Context; field: FlattenedField; value: unknown; path: string; siblingData: Record<string, unknown> }): void {
  if (value === undefined || field.type === 'join') return
  const label = context.labelOf(field)
  switch (field.type) {
    case 'group':
    case 'tab':
      if (isEmpty(value)) return
      if (!isPlainObject(value)) {
        add(context, path, label, wrongType(label, 'objek', value))
        return
      }
      walk({ context, fields: field.flattenedFields, data: value, prefix: `${path}.` })
      return
    case 'array': {
      if (isEmpty(value)) return
      const rows = checkRows({ context, field, value, path, label, siblingData })
      rows?.forEach((row, index) => {
        if (!isPlainObject(row)) add(context, `${path}.${index}`, label, wrongType(`${label} baris ${index + 1}`, 'objek', row))
        else walk({ context, fields: field.flattenedFields, data: row, prefix: `${path}.${index}.` })
      })
      return
    }
    case 'blocks': {
      if (isEmpty(value)) return
      const rows = checkRows({ context, field, value, path, label, siblingData })
      rows?.forEach((row, index) => {
        const block = isPlainObject(row) ? field.blocks.find((candidate) => typeof candidate !== 'string' && candidate.slug === row.blockType) : undefined
        if (!block || typeof block === 'string' || !isPlainObject(row)) {
          add(context, `${path}.${index}`, label, `${label} baris ${index + 1}: jenis blok tidak dikenal.`)
          return
        }
        walk({ context, fields: block.flattenedFields, data: row, prefix: `${path}.${index}.` })
      })
      return
    }
    default:
      break
  }
  if (isEmpty(value)) return
  if ('hasMany' in field && field.hasMany === true && HAS_MANY_TYPES.has(field.type)) {
    const items = checkRows({ context, field, value, path, label, siblingData })
    items?.forEach((item, index) => checkScalar({ context, field, value: item, path: `${path}.${index}`, label, siblingData }))
    return
  }
  checkScalar({ context, field, value, path, label, siblingData })
}

function walk({ context, fields, data, prefix }: { context: Context; fields: FlattenedField[]; data: Record<string, unknown>; prefix: string }): void {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    checkField({ context, field, value: data[field.name], path: `${prefix}${field.name}`, siblingData: data })
  }
}

/** Checks `data` against `fields`; keys that name no field are left to Payload, which ignores them. */
export function checkInput({
  fields,
  data,
  ...options
}: InputContractOptions & { fields: FlattenedField[]; data: Record<string, unknown> }): { problems: InputProblem[]; relations: RelationReference[] } {
  const context: Context = { ...options, problems: [], relations: [] }
  walk({ context, fields, data, prefix: '' })
  return { problems: context.problems, relations: context.relations }
}

export type NumberFieldWithoutRange = { path: string }

/**
 * Number fields that do not state both `min` and `max` as safe integers.
 * Every number Segar stores has a stated range: checked when the config is built.
 */
export function numberFieldsWithoutRange({ fields, prefix = '' }: { fields: FlattenedField[]; prefix?: string }): NumberFieldWithoutRange[] {
  const found: NumberFieldWithoutRange[] = []
  for (const field of fields) {
    const path = `${prefix}${field.name}`
    if (field.type === 'number') {
      if (!Number.isSafeInteger(field.min) || !Number.isSafeInteger(field.max)) found.push({ path })
    } else if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      found.push(...numberFieldsWithoutRange({ fields: field.flattenedFields, prefix: `${path}.` }))
    } else if (field.type === 'blocks') {
      for (const block of field.blocks) {
        if (typeof block !== 'string') found.push(...numberFieldsWithoutRange({ fields: block.flattenedFields, prefix: `${path}.${block.slug}.` }))
      }
    }
  }
  return found
}
