/**
 * The MongoDB driver's view of Payload's database, for the few writes that
 * must be decided by the server: a job slot's claim, an email's send lease.
 *
 * A conditional `findOneAndUpdate` is atomic on MongoDB but not on FerretDB
 * 1.24 (CI's server): there it reads the matching document and writes it back
 * as a second step, and of eight callers racing for one document several were
 * measured to "win". Unique indexes hold on both, so the decision is an
 * insert instead: whoever stores the fence named after the version it read
 * (document id and `updatedAt`) may write the next version; everyone who read
 * the same version loses. No transaction is needed, and none is available
 * (Payload turns them off on a server that is not a replica set).
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Collection, Db, Document, Filter } from 'mongodb'
import type { CollectionSlug, Payload } from 'payload'

const FENCE_COLLECTION = 'segar_fences'

/** A fence whose writer has not written within this time is taken as abandoned (the process died in between). */
const ABANDONED_FENCE_MS = 2 * 60_000

/** Fences are only compared with versions just read; older ones are removed. */
const FENCE_RETENTION_MS = 24 * 3_600_000
const PRUNE_EVERY_MS = 3_600_000

export function isMongoDatabase(payload: Payload): boolean {
  return payload.db.name === 'mongoose'
}

/** The driver's `Db` behind Payload's adapter: the adapter's mongoose connection exposes it as `.db`. */
export function mongoDbOf(payload: Payload): Db {
  if (!isMongoDatabase(payload)) throw new Error('Basis data ini bukan MongoDB.')
  const db = (payload.db as unknown as MongooseAdapter).connection.db
  if (!db) throw new Error('Koneksi MongoDB belum terbuka.')
  return db as unknown as Db
}

/** The server-side collection of a Payload collection (mongoose may pluralise the slug). */
export function mongoCollectionOf({ payload, collection }: { payload: Payload; collection: CollectionSlug }): Collection {
  const model = (payload.db as unknown as MongooseAdapter).collections[collection]
  if (!model) throw new Error(`Koleksi ${collection} tidak ada di MongoDB.`)
  return mongoDbOf(payload).collection(model.collection.name)
}

const prepared = new WeakMap<Db, { ready: Promise<unknown>; prunedAt: number }>()

async function fencesOf(db: Db): Promise<Collection> {
  let state = prepared.get(db)
  if (!state) {
    state = { ready: db.collection(FENCE_COLLECTION).createIndex({ kunci: 1 }, { unique: true }), prunedAt: Date.now() }
    prepared.set(db, state)
  }
  await state.ready
  const fences = db.collection(FENCE_COLLECTION)
  if (Date.now() - state.prunedAt > PRUNE_EVERY_MS) {
    state.prunedAt = Date.now()
    await fences.deleteMany({ pada: { $lt: new Date(Date.now() - FENCE_RETENTION_MS) } })
  }
  return fences
}

function isDuplicateKey(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && (error as { code?: unknown }).code === 11000)
}

/** How long a caller waits for a concurrent writer to finish before giving up (false). */
const WAIT_FOR_WRITER_MS = 10_000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sets `set` on the one document that matches `filter` at the moment of the
 * write, like SQL's UPDATE ... WHERE: true when this caller's write happened.
 * A caller that loses the fence reads again: if another write made the
 * filter false (the instance that took the run over, the flusher that
 * leased the email) it gets false; if the document still matches (a lease
 * renewal racing the same owner's finish) it tries the new version.
 * `updatedAt` moves forward with every such write, so each version has a
 * fence name of its own.
 */
export async function compareAndSetDocument({
  payload,
  collection,
  filter,
  set,
  waitMs = WAIT_FOR_WRITER_MS,
}: {
  payload: Payload
  collection: CollectionSlug
  filter: Filter<Document>
  set: Record<string, unknown>
  waitMs?: number
}): Promise<boolean> {
  const target = mongoCollectionOf({ payload, collection })
  const fences = await fencesOf(mongoDbOf(payload))
  const deadline = Date.now() + waitMs
  let lastKunci: string | undefined
  for (;;) {
    const seen = await target.findOne(filter, { projection: { _id: 1, updatedAt: 1 } })
    if (!seen) return false
    const seenAt = seen.updatedAt instanceof Date ? seen.updatedAt.getTime() : 0
    const kunci = `${target.collectionName}:${String(seen._id)}:${seenAt}`
    try {
      await fences.insertOne({ kunci, pada: new Date() })
      await target.updateOne({ _id: seen._id }, { $set: { ...set, updatedAt: new Date(Math.max(Date.now(), seenAt + 1)) } })
      return true
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
    await releaseIfAbandoned({ fences, kunci })
    if (Date.now() >= deadline) return false
    // The same version again: its writer has its fence but has not written yet.
    if (kunci === lastKunci) await pause(5 + Math.floor(Math.random() * 20))
    lastKunci = kunci
  }
}

/**
 * A process that died between its fence and its write would otherwise leave
 * that document unchangeable for good. Removing the old fence by its own id
 * lets the next attempt through; of two callers removing it, one deletes it.
 */
async function releaseIfAbandoned({ fences, kunci }: { fences: Collection; kunci: string }): Promise<void> {
  const fence = await fences.findOne({ kunci })
  if (fence && fence.pada instanceof Date && Date.now() - fence.pada.getTime() > ABANDONED_FENCE_MS) {
    await fences.deleteOne({ _id: fence._id })
  }
}
