/**
 * A transaction: buffered writes, reads that see them, and an optimistic check at commit that
 * no document it touched changed since it first touched it.
 */
import { randomBytes } from 'node:crypto'
import { deepClone, idKey } from './clone'
import { applyUpdate } from './query-engine'
import { conflict, duplicateKey, ERR, StoreError } from './errors'
import type { LockTable } from './locks'
import type { Change, Tables } from './tables'
import type { Doc, DocId, Transaction } from './storage'

export interface TransactionHost {
  tables: Tables
  locks: LockTable
  /** Applies the changes at once (throws synchronously when they break a rule); resolves once they are persisted. */
  commit(changes: Change[]): Promise<void>
  /** Resolves once no unpersisted write to the document is pending (its readers must not see one). */
  settled(collection: string, id: DocId): Promise<void>
  newId(): string
  forget(txId: string): void
  lifetimeMs: number
}

export class LocalTransaction implements Transaction {
  readonly id = randomBytes(12).toString('hex')
  private readonly seen = new Map<string, { collection: string; id: DocId; version: number }>()
  private readonly writes = new Map<string, Change>()
  private state: 'open' | 'committed' | 'aborted' | 'expired' = 'open'
  private readonly timer: NodeJS.Timeout

  constructor(private readonly host: TransactionHost) {
    this.timer = setTimeout(() => this.end('expired'), host.lifetimeMs)
    this.timer.unref()
  }

  private async touch(collection: string, id: DocId): Promise<string> {
    this.assertOpen()
    this.host.tables.collection(collection)
    const key = `${collection}\u0000${idKey(id)}`
    if (!this.seen.has(key)) {
      try {
        await this.host.locks.acquire(key, this.id)
      } catch (e) {
        this.end('aborted')
        throw e
      }
      this.assertOpen()
      this.seen.set(key, { collection, id, version: this.host.tables.version(collection, id) })
    }
    await this.host.settled(collection, id)
    this.assertOpen()
    return key
  }

  private current(key: string, collection: string, id: DocId): Doc | undefined {
    const w = this.writes.get(key)
    if (w) return w.doc ?? undefined
    return this.host.tables.get(collection, id)
  }

  async get(collection: string, id: DocId): Promise<Doc | null> {
    const key = await this.touch(collection, id)
    return deepClone(this.current(key, collection, id) ?? null)
  }

  async insert(collection: string, doc: Doc): Promise<DocId> {
    const id = (doc._id as DocId | undefined) ?? this.host.newId()
    const key = await this.touch(collection, id)
    if (this.current(key, collection, id)) throw duplicateKey(collection, '_id_', { _id: id })
    this.writes.set(key, { collection, id, doc: { ...deepClone(doc), _id: id } })
    return id
  }

  async update(collection: string, id: DocId, update: Doc): Promise<number> {
    const key = await this.touch(collection, id)
    const cur = this.current(key, collection, id)
    if (!cur) return 0
    const next = deepClone(cur)
    applyUpdate(next, update)
    this.writes.set(key, { collection, id, doc: next })
    return 1
  }

  async replace(collection: string, id: DocId, doc: Doc): Promise<{ updated: number; upsertedId?: DocId }> {
    const key = await this.touch(collection, id)
    const existed = !!this.current(key, collection, id)
    this.writes.set(key, { collection, id, doc: { ...deepClone(doc), _id: id } })
    return existed ? { updated: 1 } : { updated: 0, upsertedId: id }
  }

  async remove(collection: string, id: DocId): Promise<number> {
    const key = await this.touch(collection, id)
    if (!this.current(key, collection, id)) return 0
    this.writes.set(key, { collection, id, doc: null })
    return 1
  }

  async commit(): Promise<void> {
    this.assertOpen()
    try {
      for (const s of this.seen.values()) {
        if (this.host.tables.version(s.collection, s.id) !== s.version) {
          throw conflict(`${s.collection}/${String(s.id)} changed after this transaction read it`)
        }
      }
      const persisted = this.host.commit([...this.writes.values()])
      this.end('committed')
      await persisted
    } finally {
      if (this.state === 'open') this.end('aborted')
    }
  }

  async abort(): Promise<void> {
    if (this.state === 'open') this.end('aborted')
    else if (this.state === 'committed') throw new StoreError(ERR.transactionFail, `transaction ${this.id} is already committed`)
  }

  private end(state: 'committed' | 'aborted' | 'expired'): void {
    if (this.state !== 'open') return
    this.state = state
    clearTimeout(this.timer)
    this.host.locks.release(this.seen.keys(), this.id)
    this.host.forget(this.id)
  }

  private assertOpen(): void {
    if (this.state !== 'open') throw new StoreError(ERR.transactionFail, `transaction ${this.id} is ${this.state}`)
  }
}
