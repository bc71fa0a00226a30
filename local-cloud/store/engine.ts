/**
 * The Storage implementation shared by both stores; they differ only in `persist`
 * (nothing for memory, the journal for the durable store). Each operation computes its
 * changes and applies them synchronously, so single operations are atomic; readers see a
 * change only once it is persisted, and a change the journal refuses is undone (pending.ts).
 * Open transactions keep their snapshots and hold the documents they wrote (locks.ts).
 */
import { randomBytes } from 'node:crypto'
import { deepClone } from './clone'
import { QueryCache } from './query-cache'
import { aggregateDocs, applyUpdate, validateUpdate, filterDocs, findDocs, type CollectionInfo } from './query-engine'
import { LocalTransaction } from './transaction'
import { docKey, TransactionRegistry } from './locks'
import { PendingWrites } from './pending'
import { geoCandidates, type GeoSource } from './geo-index'
import { ERR, invalid, StoreError } from './errors'
import type { Change, Tables } from './tables'
import type { Doc, DocId, FindOptions, Storage, Transaction, UpdateOptions, UpdateResult } from './storage'

export interface EngineOptions {
  /** A transaction still open after this long is aborted (its function probably died). */
  transactionLifetimeMs?: number
  /** Reuse compiled queries (query-cache.ts; issue 17). Default true; the bench's untuned baseline turns it off. */
  cacheQueries?: boolean
}

export type Persist = (changes: Change[], created?: string) => Promise<void>

/** Why the store refuses writes (a full disk), or null while it takes them. */
export type ReadOnlyReason = () => string | null

export const newId = () => randomBytes(16).toString('hex')

export class Engine implements Storage {
  private readonly txs = new Map<string, LocalTransaction>()
  private readonly registry: TransactionRegistry
  private closed = false
  /** What readers see: the tables minus writes not yet persisted. */
  readonly committed: PendingWrites
  private readonly queries: QueryCache | undefined

  constructor(
    readonly tables: Tables,
    private readonly persist: Persist,
    readonly durable: boolean,
    private readonly opts: EngineOptions = {},
    private readonly onClose: () => Promise<void> = async () => {},
    readonly readOnlyReason: ReadOnlyReason = () => null,
  ) {
    this.registry = new TransactionRegistry(tables)
    this.committed = new PendingWrites(tables)
    this.queries = opts.cacheQueries === false ? undefined : new QueryCache()
  }

  /** Writers see every applied change (`tables`); readers only persisted ones (`committed`). */
  private info(name: string, view: Tables | PendingWrites = this.committed): CollectionInfo {
    this.tables.collection(name)
    return {
      name,
      geoFields: this.tables.geoFields(name),
      lookup: (other) => view.docs(other),
      geo: (field) => this.geoSource(name, field, view),
      queries: this.queries,
    }
  }
  /** A field's spatial index with the documents as `view` shows them. */
  private geoSource(name: string, field: string, view: Tables | PendingWrites): GeoSource | undefined {
    const index = this.tables.geoIndex(name, field)
    if (!index) return undefined
    return {
      index,
      get: (key) => view.getByKey(name, key),
      extraKeys: () => new Set([...index.overlay(), ...view.pendingKeys(name)]),
    }
  }
  /** Lookups by _id skip the scan; so do `_id: { $in }` ones where order does not matter (count, update, remove). */
  private candidates(name: string, query: Doc, view: Tables | PendingWrites = this.committed, anyOrder = false): Doc[] {
    const id = query._id
    if (typeof id === 'string' || typeof id === 'number') {
      const doc = view.get(name, id)
      return doc ? [doc] : []
    }
    const ids = anyOrder && isIdList(id) ? id.$in : null
    if (ids) {
      return [...new Set(ids)].flatMap((one): Doc[] => {
        const doc = view.get(name, one)
        return doc ? [doc] : []
      })
    }
    // Near a point or within an area: the index's candidates (the full query still decides).
    return geoCandidates(query, (field) => this.geoSource(name, field, view)) ?? view.docs(name)
  }
  private assertWritable(): void {
    if (this.closed) throw new StoreError(ERR.requestFailed, 'the store is closed')
    const readOnly = this.readOnlyReason()
    if (readOnly) throw new StoreError(ERR.requestFailed, `the local cloud's store is read-only: ${readOnly}; the write was not applied`)
  }
  /**
   * Applies the changes now (synchronously: throws when they break a rule) and resolves once they
   * are persisted; a refused persist undoes them and every later unpersisted change. Open
   * transactions other than `byTxId` first keep what their snapshots saw.
   */
  private commit(changes: Change[], byTxId?: string): Promise<void> {
    this.assertWritable()
    if (!changes.length) return Promise.resolve()
    this.registry.beforeApply(changes, byTxId)
    const ticket = this.committed.apply(changes)
    return this.persist(changes).then(
      () => this.committed.acknowledge(ticket),
      (e) => {
        this.committed.rollback()
        throw e instanceof StoreError ? e : new StoreError(ERR.requestFailed, (e as Error)?.message ?? String(e))
      },
    )
  }

  listCollections = () => this.tables.names()
  hasCollection = (name: string) => this.tables.has(name)
  async createCollection(name: string): Promise<void> {
    if (this.tables.has(name)) throw new StoreError(ERR.collectionExists, `collection ${name} already exists`)
    this.assertWritable()
    await this.persist([], name).catch((e) => {
      throw e instanceof StoreError ? e : new StoreError(ERR.requestFailed, (e as Error)?.message ?? String(e))
    })
    this.tables.create(name)
  }
  async isEmpty(): Promise<boolean> {
    return this.tables.totalDocs() === 0
  }

  async find(collection: string, query: Doc = {}, options: FindOptions = {}): Promise<Doc[]> {
    await this.committed.flushed(collection)
    return deepClone(findDocs(this.info(collection), this.candidates(collection, query), query, options))
  }
  async count(collection: string, query: Doc = {}): Promise<number> {
    await this.committed.flushed(collection)
    return filterDocs(this.info(collection), this.candidates(collection, query, this.committed, true), query).length
  }
  async aggregate(collection: string, pipeline: Doc[]): Promise<Doc[]> {
    await this.committed.flushed() // $lookup may read any collection
    return deepClone(aggregateDocs(this.info(collection), () => this.committed.docs(collection), pipeline))
  }

  async insertMany(collection: string, objects: readonly object[]): Promise<DocId[]> {
    const ids = (objects as Doc[]).flatMap((d) => (d._id === undefined ? [] : [docKey(collection, d._id as DocId)]))
    const blocked = this.settled(() => ids)
    if (blocked) await blocked
    const changes = (objects as Doc[]).map((d) => {
      const id = (d._id as DocId | undefined) ?? newId()
      return { collection, id, doc: { ...deepClone(d), _id: id }, insert: true }
    })
    await this.commit(changes)
    return changes.map((c) => c.id)
  }
  async insertOne(collection: string, doc: object): Promise<DocId> {
    return (await this.insertMany(collection, [doc]))[0]
  }

  async update(collection: string, query: Doc, update: Doc, options: UpdateOptions = {}): Promise<UpdateResult> {
    validateUpdate(update)
    const blocked = this.settled(() => this.targets(collection, query))
    if (blocked) await blocked
    const matches = filterDocs(this.info(collection, this.tables), this.candidates(collection, query, this.tables, options.multi !== false), query)
    const targets = options.multi === false ? matches.slice(0, 1) : matches
    const changes: Change[] = []
    for (const cur of targets) {
      const next = deepClone(cur)
      applyUpdate(next, update)
      if (JSON.stringify(next) !== JSON.stringify(cur)) changes.push({ collection, id: cur._id as DocId, doc: next })
    }
    if (targets.length === 0 && options.upsert) {
      const seed = Object.fromEntries(Object.entries(query).filter(([k, v]) => !k.startsWith('$') && !isOperatorObject(v)))
      const doc = deepClone(seed)
      applyUpdate(doc, update)
      const id = (doc._id as DocId | undefined) ?? newId()
      await this.commit([{ collection, id, doc: { ...doc, _id: id }, insert: true }])
      return { matched: 0, modified: 0, upsertedId: id }
    }
    await this.commit(changes)
    return { matched: targets.length, modified: changes.length }
  }

  async replace(collection: string, id: DocId, doc: Doc, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    if (Object.keys(doc).some((k) => k.startsWith('$'))) throw invalid('a replacement document cannot contain update operators')
    const blocked = this.settled(() => [docKey(collection, id)])
    if (blocked) await blocked
    const existed = !!this.tables.get(collection, id)
    if (!existed && !options.upsert) return { matched: 0, modified: 0 }
    await this.commit([{ collection, id, doc: { ...deepClone(doc), _id: id } }])
    return existed ? { matched: 1, modified: 1 } : { matched: 0, modified: 0, upsertedId: id }
  }

  async remove(collection: string, query: Doc, options: { multi?: boolean } = {}): Promise<number> {
    const blocked = this.settled(() => this.targets(collection, query))
    if (blocked) await blocked
    const matches = filterDocs(this.info(collection, this.tables), this.candidates(collection, query, this.tables, options.multi !== false), query)
    const targets = options.multi === false ? matches.slice(0, 1) : matches
    await this.commit(targets.map((d) => ({ collection, id: d._id as DocId, doc: null })))
    return targets.length
  }

  /**
   * A write outside transactions waits for open transactions that wrote what it matches (MongoDB's rule).
   * Nothing to wait for answers undefined, so the write applies in the same tick (before a read sent after it).
   */
  private settled(targets: () => Iterable<string>): Promise<void> | undefined {
    return this.registry.blocks(targets) ? this.registry.settle(targets) : undefined
  }
  private targets(collection: string, query: Doc): string[] {
    return filterDocs(this.info(collection, this.tables), this.candidates(collection, query, this.tables), query).map((d) => docKey(collection, d._id as DocId))
  }

  startTransaction(): Transaction {
    const tx = new LocalTransaction({
      tables: this.tables,
      registry: this.registry,
      commit: (changes, byTxId) => this.commit(changes, byTxId),
      settled: (collection, id) => this.committed.settled(collection, id),
      newId,
      forget: (id) => this.txs.delete(id),
      lifetimeMs: this.opts.transactionLifetimeMs ?? 30_000,
    })
    this.txs.set(tx.id, tx)
    return tx
  }
  getTransaction(id: string): Transaction | undefined {
    return this.txs.get(id)
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const tx of [...this.txs.values()]) await tx.abort()
    await this.onClose()
  }
}

function isIdList(v: unknown): v is { $in: DocId[] } {
  const list = (v as { $in?: unknown } | null)?.$in
  return Array.isArray(list) && Object.keys(v as object).length === 1 && list.every((x) => typeof x === 'string' || typeof x === 'number')
}

function isOperatorObject(v: unknown): boolean {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && Object.keys(v).some((k) => k.startsWith('$'))
}
