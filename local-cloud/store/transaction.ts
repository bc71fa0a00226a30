/**
 * A transaction with CloudBase's snapshot isolation (TencentCloudBase/node-sdk
 * test/database/unit/transaction.test.ts is the behaviour this follows):
 * - reads see the database as it was when the transaction started, plus its own writes ("读快照", "读偏");
 *   reads take no locks;
 * - writing a document that another open transaction has written, or that anyone changed since this
 *   transaction started, fails at that write with DATABASE_TRANSACTION_CONFLICT ("冲突检测", "读偏"), and
 *   the transaction is over (MongoDB aborts a transaction on a write conflict);
 * - write skew is allowed ("write skew": two transactions writing different documents both commit);
 * - writes are buffered and applied all or nothing at commit;
 * - after commit, abort or 30 s, any operation fails with DATABASE_TRANSACTION_FAIL TransactionNotExist;
 * - like any reader, it never sees a write the journal has not yet acknowledged (it waits for it: pending.ts).
 */
import { randomBytes } from 'node:crypto'
import { deepClone } from './clone'
import { applyUpdate } from './query-engine'
import { conflict, duplicateKey, ERR, StoreError, transactionNotExist } from './errors'
import { docKey, type SnapshotHolder, type TransactionRegistry } from './locks'
import type { Change, Tables } from './tables'
import type { Doc, DocId, Transaction } from './storage'

export interface TransactionHost {
  tables: Tables
  registry: TransactionRegistry
  /**
   * Applies the changes at once (throws synchronously when they break a rule; other open transactions
   * keep their snapshots first); resolves once they are persisted.
   */
  commit(changes: Change[], byTxId: string): Promise<void>
  /** Resolves once no unpersisted write to the document is pending (its readers must not see one). */
  settled(collection: string, id: DocId): Promise<void>
  newId(): string
  forget(txId: string): void
  lifetimeMs: number
}

export class LocalTransaction implements Transaction, SnapshotHolder {
  readonly id = randomBytes(12).toString('hex')
  /** Documents others changed since the snapshot: what the snapshot saw, and the version then. */
  private readonly snapshot = new Map<string, { doc: Doc | undefined; version: number }>()
  private readonly writes = new Map<string, Change & { version: number }>()
  private state: 'open' | 'committed' | 'aborted' | 'expired' = 'open'
  private readonly timer: NodeJS.Timeout

  constructor(private readonly host: TransactionHost) {
    this.timer = setTimeout(() => this.end('expired'), host.lifetimeMs)
    this.timer.unref()
    host.registry.add(this)
  }

  keepSnapshot(key: string, before: Doc | undefined, version: number): void {
    if (this.state === 'open' && !this.snapshot.has(key) && !this.writes.has(key)) {
      this.snapshot.set(key, { doc: before && deepClone(before), version })
    }
  }

  /** Changed since our snapshot by a change that really happened (a refused batch leaves the version). */
  private changedSinceSnapshot(key: string, collection: string, id: DocId): boolean {
    const kept = this.snapshot.get(key)
    return !!kept && kept.version !== this.host.tables.version(collection, id)
  }

  private view(key: string, collection: string, id: DocId): Doc | undefined {
    const w = this.writes.get(key)
    if (w) return w.doc ?? undefined
    if (this.changedSinceSnapshot(key, collection, id)) return this.snapshot.get(key)!.doc
    return this.host.tables.get(collection, id)
  }

  private async open(collection: string, id: DocId): Promise<string> {
    if (this.state !== 'open') throw transactionNotExist()
    this.host.tables.collection(collection)
    await this.host.settled(collection, id)
    if (this.state !== 'open') throw transactionNotExist()
    return docKey(collection, id)
  }

  /** The write rule: first writer wins; a later one (or one behind an outside change) ends in a conflict. */
  private claim(key: string, collection: string, id: DocId): void {
    const holder = this.host.registry.writerOf(key)
    if ((holder && holder !== this.id) || this.changedSinceSnapshot(key, collection, id)) {
      this.end('aborted')
      throw conflict()
    }
    this.host.registry.hold(key, this.id)
  }

  private write(key: string, collection: string, id: DocId, doc: Doc | null): void {
    const version = this.writes.get(key)?.version ?? this.host.tables.version(collection, id)
    this.writes.set(key, { collection, id, doc, version })
  }

  async get(collection: string, id: DocId): Promise<Doc | null> {
    const key = await this.open(collection, id)
    return deepClone(this.view(key, collection, id) ?? null)
  }

  async insert(collection: string, doc: Doc): Promise<DocId> {
    const id = (doc._id as DocId | undefined) ?? this.host.newId()
    const key = await this.open(collection, id)
    if (this.view(key, collection, id)) throw duplicateKey(collection, '_id_', { _id: id })
    this.claim(key, collection, id)
    this.write(key, collection, id, { ...deepClone(doc), _id: id })
    return id
  }

  async update(collection: string, id: DocId, update: Doc): Promise<number> {
    const key = await this.open(collection, id)
    const cur = this.view(key, collection, id)
    if (!cur) return 0
    const next = deepClone(cur)
    applyUpdate(next, update)
    this.claim(key, collection, id)
    this.write(key, collection, id, next)
    return 1
  }

  async replace(collection: string, id: DocId, doc: Doc): Promise<{ updated: number; upsertedId?: DocId }> {
    const key = await this.open(collection, id)
    const existed = !!this.view(key, collection, id)
    this.claim(key, collection, id)
    this.write(key, collection, id, { ...deepClone(doc), _id: id })
    return existed ? { updated: 1 } : { updated: 0, upsertedId: id }
  }

  async remove(collection: string, id: DocId): Promise<number> {
    const key = await this.open(collection, id)
    if (!this.view(key, collection, id)) return 0
    this.claim(key, collection, id)
    this.write(key, collection, id, null)
    return 1
  }

  /**
   * Applies the writes. Since a second writer fails at its write and outside writers wait, a written
   * document cannot have moved; the version check stays as a guard, failing the commit with the
   * conflict code that @cloudbase/database's runTransaction retries (src/transaction/index.ts).
   */
  async commit(): Promise<void> {
    if (this.state !== 'open') throw transactionNotExist()
    try {
      for (const w of this.writes.values()) {
        if (this.host.tables.version(w.collection, w.id) !== w.version) throw conflict()
      }
      const changes: Change[] = [...this.writes.values()].map(({ collection, id, doc }) => ({ collection, id, doc }))
      const persisted = this.host.commit(changes, this.id)
      this.end('committed')
      await persisted
    } finally {
      if (this.state === 'open') this.end('aborted')
    }
  }

  /** Aborting one that already ended is harmless (the SDK rolls back after a conflict too); after commit it is not. */
  async abort(): Promise<void> {
    if (this.state === 'open') this.end('aborted')
    else if (this.state === 'committed') throw new StoreError(ERR.transactionFail, `transaction ${this.id} is already committed`)
  }

  private end(state: 'committed' | 'aborted' | 'expired'): void {
    if (this.state !== 'open') return
    this.state = state
    clearTimeout(this.timer)
    this.host.registry.remove(this.id, this.writes.keys())
    this.host.forget(this.id)
  }
}
