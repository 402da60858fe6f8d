/**
 * One guard on every collection's writes, built from the config: the raw data
 * a client sends must meet each field's contract (src/fields/inputContract.ts),
 * may not set what only the server sets, and may only point at documents
 * that exist. A refusal is Payload's ValidationError: 400, each field named
 * in Indonesian, nothing stored.
 */
import fs from 'node:fs'
import path from 'node:path'

import { getTranslation } from '@payloadcms/translations'
import { flattenAllFields, ValidationError } from 'payload'
import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  TypeWithID,
} from 'payload'

import { checkInput, numberFieldsWithoutRange } from './inputContract'
import type { Explain, InputProblem, LabelOf, RelationReference } from './inputContract'

const TIMESTAMPS = new Set(['createdAt', 'updatedAt'])

const labelOfFor =
  (req: PayloadRequest): LabelOf =>
  (field) => {
    const label = 'label' in field ? field.label : undefined
    if (label === false || label === undefined || label === null) return field.name
    const text: unknown = getTranslation(label as never, req.i18n)
    return typeof text === 'string' && text.trim() !== '' ? text : field.name
  }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/

/** A value as a comparable shape: a populated relation as its id, a time as its instant, blanks alike. */
function normalised(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString()
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalised)
  if (isPlainObject(value)) {
    if ('id' in value && (typeof value.id === 'string' || typeof value.id === 'number')) return String(value.id)
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, normalised(value[key])]))
  }
  return value
}

const isSame = (a: unknown, b: unknown) => JSON.stringify(normalised(a)) === JSON.stringify(normalised(b))

type Guarded = { name: string; label: string; reason: 'sistem' | 'akses'; defaultValue?: unknown }

/**
 * The top-level fields this request may not set: Payload's timestamps, fields
 * hidden from the API or read-only in the admin (the server fills them), and
 * fields whose own access refuses this person.
 */
async function guardedFields({
  collection,
  req,
  data,
  operation,
  id,
}: {
  collection: SanitizedCollectionConfig
  req: PayloadRequest
  data: Record<string, unknown>
  operation: 'create' | 'update'
  id?: string | number
}): Promise<Guarded[]> {
  const labelOf = labelOfFor(req)
  const guarded: Guarded[] = []
  if ('id' in data) guarded.push({ name: 'id', label: 'ID', reason: 'sistem' })
  for (const field of collection.flattenedFields) {
    if (!(field.name in data) || data[field.name] === undefined) continue
    const defaultValue = 'defaultValue' in field && typeof field.defaultValue !== 'function' ? field.defaultValue : undefined
    // Payload marks virtual fields read-only; they are the client's to send (e.g. "akhiri").
    const isVirtual = 'virtual' in field && field.virtual === true
    const isServerSet =
      TIMESTAMPS.has(field.name) || ('hidden' in field && field.hidden === true) || (field.admin?.readOnly === true && !isVirtual)
    if (isServerSet) {
      guarded.push({ name: field.name, label: labelOf(field), reason: 'sistem', defaultValue })
      continue
    }
    const access = 'access' in field ? field.access?.[operation] : undefined
    if (typeof access === 'function' && !(await access({ req, data, siblingData: data, id } as never))) {
      guarded.push({ name: field.name, label: labelOf(field), reason: 'akses', defaultValue })
    }
  }
  return guarded
}

const guardedMessage = ({ label, reason }: Guarded) =>
  reason === 'sistem' ? `${label} diisi oleh sistem dan tidak dapat dikirim.` : `${label} tidak boleh Anda isi atau ubah.`

/**
 * A guarded field passes only when it says what is already there: the admin
 * sends read-only values back unchanged, which is not an attempt to set them.
 */
async function guardedProblems({
  collection,
  req,
  data,
  operation,
  id,
}: {
  collection: SanitizedCollectionConfig
  req: PayloadRequest
  data: Record<string, unknown>
  operation: 'create' | 'update'
  id?: string | number
}): Promise<InputProblem[]> {
  const guarded = await guardedFields({ collection, req, data, operation, id })
  if (guarded.length === 0) return []
  let stored: Record<string, unknown>[] = []
  if (operation === 'update' && id !== undefined) {
    const read = (draft: boolean) =>
      req.payload
        .findByID({ collection: collection.slug, id, depth: 0, draft, overrideAccess: true, showHiddenFields: true, disableErrors: true, req })
        .catch(() => null)
    const [published, latest] = await Promise.all([read(false), collection.versions?.drafts ? read(true) : Promise.resolve(null)])
    stored = [published, latest].filter(Boolean) as unknown as Record<string, unknown>[]
  }
  return guarded
    .filter((field) => {
      const value = data[field.name]
      if (operation === 'create') return !(isSame(value, null) || (field.defaultValue !== undefined && isSame(value, field.defaultValue)))
      if (field.name === 'id') return !isSame(value, id)
      return !stored.some((doc) => isSame(value, doc[field.name]))
    })
    .map((field) => ({ path: field.name, label: field.label, message: guardedMessage(field) }))
}

type OwnValidation = { req: PayloadRequest; collection: SanitizedCollectionConfig; data: Record<string, unknown>; operation: 'create' | 'update'; id?: string | number }

/** Runs a field's own validation on a raw value, for its words; undefined when it has none to give. */
function ownValidation({ req, collection, data, operation, id }: OwnValidation) {
  return (field: FlattenedField, value: unknown, siblingData: Record<string, unknown>): unknown => {
    const validate = 'validate' in field ? field.validate : undefined
    if (typeof validate !== 'function') return undefined
    try {
      return (validate as (value: unknown, options: unknown) => unknown)(value, {
        ...field,
        collectionSlug: collection.slug,
        data,
        event: 'submit',
        id,
        operation,
        path: [field.name],
        preferences: { fields: {} },
        req,
        siblingData,
      })
    } catch {
      return undefined
    }
  }
}

function explainerFor(options: OwnValidation): Explain {
  const run = ownValidation(options)
  return ({ field, value, siblingData }) => {
    const result = run(field, value, siblingData)
    return typeof result === 'string' ? result : undefined
  }
}

/** Relation ids that name no document: one query per related collection. */
async function missingRelations({ relations, ...options }: OwnValidation & { relations: RelationReference[] }): Promise<InputProblem[]> {
  const { req } = options
  const run = ownValidation(options)
  const byCollection = new Map<string, RelationReference[]>()
  for (const relation of relations) byCollection.set(relation.collection, [...(byCollection.get(relation.collection) ?? []), relation])
  const problems: InputProblem[] = []
  for (const [slug, wanted] of byCollection) {
    const related = req.payload.collections[slug as CollectionSlug]?.config
    if (!related) continue
    const ids = [...new Set(wanted.map((relation) => String(relation.id)))]
    const found = await req.payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const existing = new Set(found.docs.map((doc: TypeWithID) => String(doc.id)))
    const name = getTranslation(related.labels.singular as never, req.i18n) as unknown as string
    for (const relation of wanted) {
      if (existing.has(String(relation.id))) continue
      const own = await run(relation.field, relation.siblingData[relation.field.name], relation.siblingData)
      problems.push({
        path: relation.path,
        label: relation.label,
        message: typeof own === 'string' ? own : `${relation.label}: ${name} dengan id ${relation.id} tidak ada.`,
      })
    }
  }
  return problems
}

/**
 * Runs before Payload converts anything, for every create and update (REST,
 * GraphQL, the admin, the Local API). Type, range and length checks apply to
 * every caller; what only the server sets and whether relations exist are
 * checked for callers acting for a person (access not overridden).
 */
export const guardInput: CollectionBeforeOperationHook = async ({ args, operation, req, collection, overrideAccess }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  const id = (args as { id?: string | number }).id
  // Whoever may not write here at all is told so by Payload's own access check (401/403), not by this one.
  if (!overrideAccess) {
    const access = collection.access[operation]
    if (typeof access === 'function' && (await access({ req, data, id } as never)) === false) return args
  }
  if (!isPlainObject(data)) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'data', label: 'Isi permintaan', message: 'Isi permintaan harus berupa objek JSON berisi isian dokumen.' }], req },
      req.t,
    )
  }
  const own: OwnValidation = { req, collection, data, operation, id }
  const { problems, relations } = checkInput({
    fields: collection.flattenedFields,
    data,
    idType: req.payload.db.defaultIDType === 'number' ? 'number' : 'text',
    defaultMaxTextLength: req.payload.config.defaultMaxTextLength ?? 40_000,
    labelOf: labelOfFor(req),
    explain: explainerFor(own),
  })
  if (!overrideAccess) {
    if (operation === 'update' && id === undefined) {
      // A bulk update names no single document to compare with: what the server sets is refused outright.
      const guarded = await guardedFields({ collection, req, data, operation })
      problems.push(...guarded.map((field) => ({ path: field.name, label: field.label, message: guardedMessage(field) })))
    } else {
      problems.push(...(await guardedProblems({ collection, req, data, operation, id })))
    }
    if (problems.length === 0) problems.push(...(await missingRelations({ ...own, relations })))
  }
  if (problems.length > 0) {
    // One message per field: a wrong type already says what a server-set field would.
    const byPath = new Map(problems.reverse().map((problem) => [problem.path, problem]))
    throw new ValidationError({ collection: collection.slug, errors: [...byPath.values()].reverse(), req }, req.t)
  }
  return args
}

/**
 * A file whose document exists but whose bytes are gone is a 404, not
 * Payload's 500 that logs the folder it looked in.
 */
export function missingFileHandler({ staticDir }: { staticDir: string }) {
  const root = path.resolve(staticDir)
  return (req: PayloadRequest, { params }: { params: { collection: string; filename: string } }) => {
    const file = path.resolve(root, params.filename)
    // Names outside the folder are refused by Payload itself.
    if (!file.startsWith(root + path.sep)) return undefined
    if (fs.existsSync(file)) return undefined
    req.payload.logger.warn({ collection: params.collection, filename: params.filename }, 'Berkas unggahan tidak ada di penyimpanan')
    return Response.json({ errors: [{ message: 'Berkas tidak ditemukan.' }] }, { status: 404 })
  }
}

export class FieldContractError extends Error {}

function withGuards(collection: CollectionConfig): CollectionConfig {
  const unranged = numberFieldsWithoutRange({ fields: flattenAllFields({ fields: collection.fields }) as FlattenedField[] })
  if (unranged.length > 0) {
    throw new FieldContractError(
      `Kolom angka tanpa rentang (min dan max bilangan bulat): ${unranged.map((field) => `${collection.slug}.${field.path}`).join(', ')}`,
    )
  }
  const upload = collection.upload
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardInput] },
    upload:
      upload && typeof upload === 'object' && upload.staticDir
        ? { ...upload, handlers: [missingFileHandler({ staticDir: upload.staticDir }), ...(upload.handlers ?? [])] }
        : upload,
  }
}

/**
 * Puts the input guard on every collection of the config, so that a
 * collection added later is guarded without anyone remembering to, and
 * refuses to build a config with a number field that states no range.
 */
export function withInputContracts(config: Config): Config {
  return { ...config, collections: config.collections?.map(withGuards) }
}
