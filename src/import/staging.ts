/**
 * Where an import's rows wait until every one is written: in the menu's own
 * collection, as drafts marked with the import's batch id, hidden from every
 * reader (the access of each importable collection excludes marked rows; the
 * sweep and the public read published rows only). Publishing flips the whole
 * batch in one step; a batch whose import died is removed by the next import
 * or start. The database-specific part is this file's `StagingStore`: SQL
 * (SQLite, PostgreSQL) through the adapter's drizzle tables, MongoDB through
 * its models.
 */
import os from 'node:os'

import { transform } from '@payloadcms/db-mongodb/internal'
import { and, eq, isNotNull, sql } from '@payloadcms/db-sqlite/drizzle'
import { ObjectId } from 'mongodb'
import { buildVersionCollectionFields } from 'payload'
import type { Access, CollectionConfig, CollectionSlug, Config, Field, Payload, PayloadRequest, Where } from 'payload'

import { claimRun, finishRun, newInstanceId, renewLease } from '../../jobs/runs'
import { SLUGS } from '../slugs'

/** The field marking a staged row with its batch; empty on every row anyone may see. */
export const BATCH_FIELD = 'imporBatch'

export const importBatchField: Field = {
  name: BATCH_FIELD,
  label: 'Batch impor',
  type: 'text',
  index: true,
  access: { read: () => false, create: () => false, update: () => false },
  admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
}

const NOT_STAGED: Where = { [BATCH_FIELD]: { equals: null } }
const VERSION_NOT_STAGED: Where = { [`version.${BATCH_FIELD}`]: { equals: null } }

function excluding(access: Access | undefined, hidden: Where, fallback: Access): Access {
  return async (args) => {
    const result = await (access ?? fallback)(args)
    if (result === false) return false
    return result === true ? hidden : { and: [result, hidden] }
  }
}

const isLoggedIn: Access = ({ req }) => Boolean(req.user)

function hidesStaged(collection: CollectionConfig): CollectionConfig {
  const hasBatch = collection.fields.some((field) => 'name' in field && field.name === BATCH_FIELD)
  if (!hasBatch) return collection
  const access = collection.access ?? {}
  return {
    ...collection,
    access: {
      ...access,
      read: excluding(access.read, NOT_STAGED, isLoggedIn),
      update: excluding(access.update, NOT_STAGED, isLoggedIn),
      delete: excluding(access.delete, NOT_STAGED, isLoggedIn),
      readVersions: excluding(access.readVersions, VERSION_NOT_STAGED, isLoggedIn),
    },
  }
}

/** Staged rows are nobody's to read, change or delete, whatever the collection's own access says. */
export function withImportStaging(config: Config): Config {
  return { ...config, collections: config.collections?.map(hidesStaged) }
}

export type StagedRow = Record<string, unknown>

/** The database refused the row at `index` of a `stage` call. */
export class StageError extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(`Baris ke-${index + 1} ditolak basis data`)
    this.name = 'StageError'
  }
}

export type StagingStore = {
  /** Writes rows (drafts carrying the batch id) and a version of each; throws when the database refuses any. */
  stage: (args: { rows: StagedRow[] }) => Promise<void>
  /**
   * Makes the whole batch published in one step (one transaction where the database has them),
   * and only if all `expected` rows are still staged; false (nothing published) when they are not.
   */
  publish: (args: { expected: number }) => Promise<boolean>
  /** Removes the batch's rows and versions. */
  discard: () => Promise<void>
}

type Table = Record<string, unknown>
type Column = Parameters<typeof eq>[0]
type SqlQuery = PromiseLike<unknown> & { returning: () => PromiseLike<Record<string, unknown>[]> }
type Drizzle = {
  insert: (table: Table) => { values: (rows: Record<string, unknown>[]) => SqlQuery }
  update: (table: Table) => { set: (values: Record<string, unknown>) => { where: (where: unknown) => SqlQuery } }
  delete: (table: Table) => { where: (where: unknown) => SqlQuery }
  selectDistinct: (fields: Record<string, unknown>) => { from: (table: Table) => { where: (where: unknown) => PromiseLike<Record<string, unknown>[]> } }
  batch?: (queries: unknown[]) => Promise<unknown>
  execute: (query: unknown) => Promise<unknown>
  transaction?: (run: (tx: Drizzle) => Promise<void>) => Promise<void>
}
type SqlAdapter = {
  name: string
  drizzle: Drizzle
  tables: Record<string, Table>
  tableNameMap: Map<string, string>
  sessions?: Record<string, { db: Drizzle }>
}
type MongoOptions = { session?: unknown }
type MongoModel = {
  insertMany: (docs: Record<string, unknown>[], options?: MongoOptions & { ordered?: boolean }) => Promise<unknown>
  updateMany: (filter: unknown, update: unknown, options?: MongoOptions) => Promise<unknown>
  deleteMany: (filter: unknown, options?: MongoOptions) => Promise<unknown>
  distinct: (field: string, filter: unknown) => Promise<unknown[]>
  countDocuments: (filter: unknown, options?: MongoOptions) => Promise<number>
}
type MongoAdapter = { collections: Record<string, MongoModel>; versions: Record<string, MongoModel>; sessions?: Record<string, unknown> }

const snake = (slug: string) => slug.replace(/-/g, '_')

function sqlTables(db: SqlAdapter, slug: string): { main: Table; versions: Table } {
  const main = db.tables[db.tableNameMap.get(snake(slug)) ?? snake(slug)]
  const versions = db.tables[db.tableNameMap.get(`_${snake(slug)}_v`) ?? `_${snake(slug)}_v`]
  if (!main || !versions) throw new Error(`Tabel ${slug} atau versinya tidak ditemukan.`)
  return { main, versions }
}

/** Rows per insertMany on MongoDB. */
const MONGO_CHUNK = 500

/** Rows per INSERT: well under SQLite's bound-variable limit for these narrow tables. */
const SQL_CHUNK = 250

/** A row as read back from the main table, as its version row (`version_<field>`). */
function versionRowOf({ row, versions }: { row: Record<string, unknown>; versions: Table }): Record<string, unknown> {
  const version: Record<string, unknown> = { parent: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, latest: true }
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id') continue
    if (!(`version_${key}` in versions)) throw new Error(`Kolom versi untuk ${key} tidak ditemukan.`)
    version[`version_${key}`] = value
  }
  return version
}

function sqlStore({ payload, req, slug, batch }: { payload: Payload; req: PayloadRequest; slug: string; batch: string }): StagingStore {
  const db = payload.db as unknown as SqlAdapter
  const { main, versions } = sqlTables(db, slug)
  // Inside Payload's transaction (PostgreSQL) every statement joins it; SQLite here runs without one.
  const session = async (): Promise<{ drizzle: Drizzle; inTransaction: boolean }> => {
    // Without transactions (SQLite here) Payload leaves a promise of null in transactionID.
    const id = req.transactionID ? await req.transactionID : undefined
    const transaction = id !== undefined && id !== null ? db.sessions?.[String(id)]?.db : undefined
    return transaction ? { drizzle: transaction, inTransaction: true } : { drizzle: db.drizzle, inTransaction: false }
  }
  const mainBatch = main[BATCH_FIELD] as Column
  const versionBatch = versions[`version_${BATCH_FIELD}`] as Column
  return {
    stage: async ({ rows }) => {
      const { drizzle, inTransaction } = await session()
      const write = async (chunk: StagedRow[]) => {
        const written = await drizzle.insert(main).values(chunk).returning()
        await drizzle.insert(versions).values(written.map((row) => versionRowOf({ row, versions })))
      }
      // In a transaction a failed statement spoils the rest, unless it ran under a savepoint.
      const attempt = async (name: string, run: () => Promise<void>) => {
        if (!inTransaction) return run()
        await drizzle.execute(sql.raw(`SAVEPOINT ${name}`))
        try {
          await run()
          await drizzle.execute(sql.raw(`RELEASE SAVEPOINT ${name}`))
        } catch (error) {
          await drizzle.execute(sql.raw(`ROLLBACK TO SAVEPOINT ${name}`))
          throw error
        }
      }
      for (let start = 0; start < rows.length; start += SQL_CHUNK) {
        const chunk = rows.slice(start, start + SQL_CHUNK)
        try {
          await attempt('impor_langkah', () => write(chunk))
        } catch (chunkError) {
          // A multi-row INSERT fails whole; one row at a time finds which row the database refuses.
          for (const [offset, row] of chunk.entries()) {
            try {
              await attempt('impor_baris', () => write([row]))
            } catch (error) {
              throw new StageError(start + offset, error)
            }
          }
          throw new StageError(start, chunkError)
        }
      }
    },
    publish: async ({ expected }) => {
      const { drizzle, inTransaction } = await session()
      // Both statements flip the batch only while every row of it is still there: a batch another
      // process took for dead and removed in part is never published in part.
      const isWhole = sql`(SELECT count(*) FROM ${main} WHERE ${mainBatch} = ${batch}) = ${expected}`
      const flip = (target: Drizzle) => [
        target.update(versions).set({ version__status: 'published', [`version_${BATCH_FIELD}`]: null }).where(and(eq(versionBatch, batch), isWhole)),
        target.update(main).set({ _status: 'published', [BATCH_FIELD]: null }).where(and(eq(mainBatch, batch), isWhole)).returning(),
      ]
      let results: unknown[] = []
      if (inTransaction) {
        for (const statement of flip(drizzle)) results.push(await statement)
      } else if (drizzle.batch) {
        // SQLite: both statements in one transaction on the adapter's own connection.
        results = (await drizzle.batch(flip(drizzle))) as unknown[]
      } else if (drizzle.transaction) {
        await drizzle.transaction(async (tx) => {
          for (const statement of flip(tx)) results.push(await statement)
        })
      }
      const flipped = results[1]
      return Array.isArray(flipped) && flipped.length === expected
    },
    discard: async () => {
      const { drizzle } = await session()
      await drizzle.delete(versions).where(eq(versionBatch, batch))
      await drizzle.delete(main).where(eq(mainBatch, batch))
    },
  }
}

function mongoStore({ payload, req, slug, batch }: { payload: Payload; req: PayloadRequest; slug: string; batch: string }): StagingStore {
  const db = payload.db as unknown as MongoAdapter
  const model = db.collections[slug]
  const versions = db.versions[slug]
  if (!model || !versions) throw new Error(`Koleksi MongoDB ${slug} tidak ditemukan.`)
  const sessionOf = async (): Promise<MongoOptions> => {
    const id = req.transactionID ? await req.transactionID : undefined
    const session = id !== undefined && id !== null ? db.sessions?.[String(id)] : undefined
    return session ? { session } : {}
  }
  return {
    stage: async ({ rows }) => {
      const options = await sessionOf()
      const config = payload.collections[slug as CollectionSlug].config
      const versionFields = buildVersionCollectionFields(payload.config, config)
      for (let start = 0; start < rows.length; start += MONGO_CHUNK) {
        const chunk = rows.slice(start, start + MONGO_CHUNK)
        // Stored exactly as the adapter's own create would store them (its write transform), but
        // one insert per chunk: Payload's createVersion also scans the parent's earlier versions
        // to unmark them, needless for rows that are new and, on FerretDB, a scan of every version.
        const docs = chunk.map((row) => {
          const doc: Record<string, unknown> = { ...row, _id: new ObjectId() }
          transform({ adapter: payload.db as never, data: doc, fields: config.fields, operation: 'write' })
          return doc
        })
        try {
          await model.insertMany(docs, { ...options, ordered: true })
        } catch (error) {
          const failed = (error as { writeErrors?: { index?: number }[]; index?: number }).writeErrors?.[0]?.index ?? (error as { index?: number }).index
          throw new StageError(start + (typeof failed === 'number' ? failed : 0), error)
        }
        const versionDocs = chunk.map((row, index) => {
          const version: Record<string, unknown> = {
            parent: docs[index]!._id,
            version: { ...row },
            latest: true,
            autosave: false,
            createdAt: row.createdAt,
            updatedAt: row.updatedAt,
          }
          transform({ adapter: payload.db as never, data: version, fields: versionFields, operation: 'write' })
          return version
        })
        await versions.insertMany(versionDocs, { ...options, ordered: true })
      }
    },
    // No transaction on a server without a replica set: each updateMany runs whole on the server,
    // even if this process dies after sending it. With a replica set they join the import's session.
    publish: async ({ expected }) => {
      const options = await sessionOf()
      // Without a transaction this check and the flips are separate commands: the claim check
      // before publishing is what keeps a batch taken for dead from being published.
      if ((await model.countDocuments({ [BATCH_FIELD]: batch }, options)) !== expected) return false
      await versions.updateMany({ [`version.${BATCH_FIELD}`]: batch }, { $set: { 'version._status': 'published' }, $unset: { [`version.${BATCH_FIELD}`]: '' } }, options)
      await model.updateMany({ [BATCH_FIELD]: batch }, { $set: { _status: 'published' }, $unset: { [BATCH_FIELD]: '' } }, options)
      return true
    },
    // Versions by their parent too: an import killed between the two flips above leaves its
    // versions published and its rows staged, and both go.
    discard: async () => {
      const options = await sessionOf()
      const parents = await model.distinct('_id', { [BATCH_FIELD]: batch })
      await versions.deleteMany({ $or: [{ [`version.${BATCH_FIELD}`]: batch }, { parent: { $in: parents } }] }, options)
      await model.deleteMany({ [BATCH_FIELD]: batch }, options)
    },
  }
}

export function stagingStore(args: { payload: Payload; req: PayloadRequest; slug: string; batch: string }): StagingStore {
  return 'drizzle' in args.payload.db ? sqlStore(args) : mongoStore(args)
}

/** The batches that have rows staged in a collection. */
async function stagedBatches({ payload, slug }: { payload: Payload; slug: string }): Promise<string[]> {
  if ('drizzle' in payload.db) {
    const db = payload.db as unknown as SqlAdapter
    const { main } = sqlTables(db, slug)
    const column = main[BATCH_FIELD] as Column
    const rows = await db.drizzle.selectDistinct({ batch: column }).from(main).where(isNotNull(column))
    return rows.map((row) => String(row.batch))
  }
  const model = (payload.db as unknown as MongoAdapter).collections[slug]
  return ((await model?.distinct(BATCH_FIELD, { [BATCH_FIELD]: { $type: 'string' } })) ?? []).map(String)
}

export const IMPORT_JOB = 'impor'

/** How long an import's claim holds without renewal; it renews well before. */
const LEASE_MS = 2 * 60 * 1000
const RENEW_MS = 30 * 1000

/**
 * Claims a batch for this process in job-runs (the lease the scheduler's
 * jobs use), renewed while the import runs, so that another import or a
 * start can tell a running import's rows from a dead one's.
 */
export async function claimBatch({
  payload,
  koleksi,
}: {
  payload: Payload
  koleksi: string
}): Promise<{ batch: string; isStillOurs: () => Promise<boolean>; release: (error?: unknown) => Promise<void> }> {
  const instanceId = newInstanceId()
  const batch = `${koleksi}:${new Date().toISOString()}:${instanceId}`
  const run = await claimRun({ payload, job: IMPORT_JOB, slot: batch, now: new Date(), leaseMs: LEASE_MS, instanceId })
  if (!run) throw new Error(`Batch impor ${batch} tidak dapat diklaim.`)
  const timer = setInterval(() => {
    renewLease({ payload, run, now: new Date(), leaseMs: LEASE_MS }).catch((error: unknown) => payload.logger.warn({ err: error }, 'Sewa batch impor tidak dapat diperpanjang'))
  }, RENEW_MS)
  timer.unref()
  return {
    batch,
    // Renewing fails once another process has closed the claim as dead.
    isStillOurs: () => renewLease({ payload, run, now: new Date(), leaseMs: LEASE_MS }),
    release: async (error) => {
      clearInterval(timer)
      await finishRun({ payload, run, now: new Date(), error }).catch(() => undefined)
    },
  }
}

/** Whether a claim's owner (`host:pid:tag`) is a process on this machine that no longer runs. */
function isOwnerGoneHere(pemilik: unknown): boolean {
  const [host, pid] = String(pemilik).split(':')
  if (host !== os.hostname() || !pid || !/^\d+$/.test(pid)) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * Removes rows staged by imports that died (their process is gone, or their
 * claim's lease ran out, or they have no claim), in every importable
 * collection, and closes their claims as failed. Batches of imports still
 * running are left alone. Returns the batches removed.
 */
export async function discardStaleBatches({ payload, collections }: { payload: Payload; collections: readonly string[] }): Promise<string[]> {
  // Staged rows first, claims after: an import claims before it stages, so every batch seen here
  // has its claim in the query below, and a live import's rows are never taken for dead ones.
  const staged: { slug: string; batch: string }[] = []
  for (const slug of collections) for (const batch of await stagedBatches({ payload, slug })) staged.push({ slug, batch })
  const now = new Date()
  const claims = await payload.find({
    collection: SLUGS.jobRuns,
    where: { and: [{ tugas: { equals: IMPORT_JOB } }, { status: { equals: 'berjalan' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const live = new Set<string>()
  for (const claim of claims.docs) {
    const isDead = isOwnerGoneHere(claim.pemilik) || new Date(String(claim.sewaSampai)).getTime() < now.getTime()
    if (!isDead) {
      live.add(String(claim.slot))
      continue
    }
    await payload.update({
      collection: SLUGS.jobRuns,
      where: { and: [{ kunci: { equals: claim.kunci } }, { pemilik: { equals: claim.pemilik } }, { status: { equals: 'berjalan' } }] },
      data: { status: 'gagal', selesai: now.toISOString(), galat: 'Impor terhenti sebelum selesai; baris yang disiapkan dihapus.' },
      overrideAccess: true,
    })
  }
  const removed: string[] = []
  const req = { payload, context: {} } as unknown as PayloadRequest
  for (const { slug, batch } of staged) {
    if (live.has(batch)) continue
    await stagingStore({ payload, req, slug, batch }).discard()
    removed.push(batch)
  }
  return removed
}
