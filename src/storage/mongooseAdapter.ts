import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { ValidationError } from 'payload'
import type { BaseDatabaseAdapter, CollectionSlug, DatabaseAdapterObj, FlattenedField, PayloadRequest, Where } from 'payload'

type UpdateOneArgs = Parameters<BaseDatabaseAdapter['updateOne']>[0]
type CreateArgs = Parameters<BaseDatabaseAdapter['create']>[0]

/**
 * Payload's MongoDB adapter, made to behave the same on every server that
 * speaks the protocol (MongoDB itself, and FerretDB, on which CI runs):
 *
 * - indexes are built before the first request: mongoose otherwise builds
 *   them in the background, and writes racing that build are not held to
 *   a unique index that does not exist yet (two claims of one job slot);
 * - `updateOne` never asks the server to project the document it returns
 *   (`findAndModify` with `fields`, which FerretDB does not implement and
 *   Payload sends for every failed login); the fields are picked here;
 * - a duplicate key names its field even when the server's reply does not
 *   name the index (FerretDB's), so the 400 says which value is taken.
 */
export function segarMongooseAdapter({ url, migrationDir }: { url: string; migrationDir: string }): DatabaseAdapterObj {
  const base = mongooseAdapter({ url, migrationDir, ensureIndexes: true })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args) as unknown as MongooseAdapter
      const create = adapter.create.bind(adapter)
      const updateOne = adapter.updateOne.bind(adapter)
      adapter.create = async (createArgs: CreateArgs) => {
        const taken = uniqueValuesOf({ adapter, collection: createArgs.collection, data: createArgs.data })
        try {
          return await create(createArgs)
        } catch (error) {
          throw await withUniquePath({ adapter, error, collection: createArgs.collection, taken, req: createArgs.req })
        }
      }
      adapter.updateOne = async (updateArgs: UpdateOneArgs) => {
        const taken = uniqueValuesOf({ adapter, collection: updateArgs.collection, data: updateArgs.data })
        const { select, ...rest } = updateArgs
        try {
          const doc = await updateOne(rest as UpdateOneArgs)
          return select && doc ? pickSelected({ doc, select }) : doc
        } catch (error) {
          const id = updateArgs.id ?? undefined
          throw await withUniquePath({ adapter, error, collection: updateArgs.collection, taken, req: updateArgs.req, id })
        }
      }
      return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}

function pickSelected({ doc, select }: { doc: Record<string, unknown>; select: Record<string, unknown> }): Record<string, unknown> {
  const wanted = Object.entries(select).filter(([, value]) => Boolean(value)).map(([key]) => key)
  // Payload's select is either inclusive (true) or exclusive (false).
  if (wanted.length === 0) {
    const result = { ...doc }
    for (const key of Object.keys(select)) delete result[key]
    return result
  }
  const result: Record<string, unknown> = { id: doc.id }
  for (const key of wanted) if (key in doc) result[key] = doc[key]
  return result
}

type Taken = { field: FlattenedField; value: unknown }[]

function uniqueFieldsOf({ adapter, collection }: { adapter: MongooseAdapter; collection: CollectionSlug }): FlattenedField[] {
  const config = adapter.payload.collections[collection]?.config
  return (config?.flattenedFields ?? []).filter((field: FlattenedField) => 'unique' in field && field.unique === true)
}

/** Read before the adapter turns `data` into its stored shape in place. */
function uniqueValuesOf({ adapter, collection, data }: { adapter: MongooseAdapter; collection: CollectionSlug; data: Record<string, unknown> }): Taken {
  return uniqueFieldsOf({ adapter, collection })
    .filter((field) => data[field.name] !== undefined && data[field.name] !== null)
    .map((field) => ({ field, value: data[field.name] }))
}

async function withUniquePath({
  adapter,
  error,
  collection,
  taken,
  req,
  id,
}: {
  adapter: MongooseAdapter
  error: unknown
  collection: CollectionSlug
  taken: Taken
  req?: Partial<PayloadRequest>
  id?: string | number
}): Promise<unknown> {
  if (!(error instanceof ValidationError)) return error
  const errors = error.data?.errors ?? []
  if (errors.length !== 1 || errors[0]!.path !== '') return error
  for (const { field, value } of taken) {
    const clauses: Where[] = [{ [field.name]: { equals: value } }]
    if (id !== undefined) clauses.push({ id: { not_equals: id } })
    const holder = await adapter.findOne({ collection, where: { and: clauses }, req }).catch(() => null)
    if (holder) {
      return new ValidationError(
        { collection, errors: [{ message: errors[0]!.message, path: field.name, label: field.label || field.name }], req },
        req?.t,
      )
    }
  }
  return error
}
