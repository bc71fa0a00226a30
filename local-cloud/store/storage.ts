/**
 * The contract every store implementation honours (memory-only and journaled).
 * Documents are plain JS values (Dates, GeoJSON objects, nested objects and arrays).
 * Every method that changes data resolves only once the change is as durable as the
 * implementation promises (journaled: fsync'd), and readers see a change only from then on.
 * A change that cannot be made durable (a full disk) is refused with DATABASE_REQUEST_FAILED,
 * is never visible, and turns the store read-only (`readOnlyReason`).
 */
export type Doc = Record<string, unknown>
export type DocId = string | number

export interface IndexKey {
  field: string
  direction: 1 | -1 | '2dsphere'
}
export interface IndexSpec {
  name: string
  unique?: boolean
  keys: IndexKey[]
}
export interface CollectionSpec {
  rule?: unknown
  indexes?: IndexSpec[]
}
/** The shape of database/collections.json. */
export interface CollectionsConfig {
  collections: Record<string, CollectionSpec>
}

export interface FindOptions {
  sort?: Record<string, 1 | -1>
  skip?: number
  limit?: number
  projection?: Record<string, unknown>
}

export interface UpdateOptions {
  /** Update every match (default) or only the first. */
  multi?: boolean
  /** Insert when nothing matches: the query's equality fields plus the update. */
  upsert?: boolean
}

export interface UpdateResult {
  matched: number
  modified: number
  upsertedId?: DocId
}

/** Single-document operations with snapshot-free optimistic isolation, committed all or nothing. */
export interface Transaction {
  readonly id: string
  get(collection: string, id: DocId): Promise<Doc | null>
  insert(collection: string, doc: Doc): Promise<DocId>
  /** Operator update (`$set`, `$inc`, ...); resolves to the number of documents updated (0 or 1). */
  update(collection: string, id: DocId, update: Doc): Promise<number>
  /** Replaces (or creates) the whole document. */
  replace(collection: string, id: DocId, doc: Doc): Promise<{ updated: number; upsertedId?: DocId }>
  remove(collection: string, id: DocId): Promise<number>
  /** Fails with code DATABASE_TRANSACTION_CONFLICT when a document it touched changed meanwhile. */
  commit(): Promise<void>
  abort(): Promise<void>
}

export interface Storage {
  /** True when acknowledged writes survive a restart. */
  readonly durable: boolean
  /** Why writes are refused (the disk filled up), or null while the store takes writes. */
  readOnlyReason(): string | null
  listCollections(): string[]
  hasCollection(name: string): boolean
  createCollection(name: string): Promise<void>
  isEmpty(): Promise<boolean>

  find(collection: string, query?: Doc, options?: FindOptions): Promise<Doc[]>
  count(collection: string, query?: Doc): Promise<number>
  aggregate(collection: string, pipeline: Doc[]): Promise<Doc[]>

  /** Inserts all or none; generates an `_id` where missing. */
  insertMany(collection: string, docs: readonly object[]): Promise<DocId[]>
  insertOne(collection: string, doc: object): Promise<DocId>
  update(collection: string, query: Doc, update: Doc, options?: UpdateOptions): Promise<UpdateResult>
  /** Replaces the document with this `_id` (keeping the id), inserting it if `upsert`. */
  replace(collection: string, id: DocId, doc: Doc, options?: { upsert?: boolean }): Promise<UpdateResult>
  remove(collection: string, query: Doc, options?: { multi?: boolean }): Promise<number>

  startTransaction(): Transaction
  getTransaction(id: string): Transaction | undefined

  close(): Promise<void>
}
