/**
 * The open transactions and the documents they have written: what CloudBase's MongoDB keeps for
 * snapshot isolation. Reads take nothing. The first transaction to write a document holds it until it
 * ends; a second transaction writing it fails at once (the caller raises the conflict), and a write
 * outside any transaction waits until the holder commits or aborts — MongoDB's rule
 * ("In-progress Transactions and Write Conflicts", docs.mongodb.com/manual/core/transactions-production-consideration/).
 * Every committed change is offered to the open transactions first, so each keeps the version its
 * snapshot saw (`keepSnapshot`).
 */
import { idKey } from './clone'
import type { Change, Tables } from './tables'
import type { Doc, DocId } from './storage'

export const docKey = (collection: string, id: DocId) => `${collection}\u0000${idKey(id)}`

/** What the registry needs from an open transaction. */
export interface SnapshotHolder {
  readonly id: string
  /**
   * `before` is the document just before a change by someone else (undefined: absent), `version` its
   * version then (the change may still be refused, e.g. by a unique index: the version tells).
   */
  keepSnapshot(key: string, before: Doc | undefined, version: number): void
}

export class TransactionRegistry {
  private readonly open = new Map<string, SnapshotHolder>()
  private readonly writers = new Map<string, string>()
  private readonly ended = new Map<string, { promise: Promise<void>; resolve: () => void }>()

  constructor(private readonly tables: Tables) {}

  add(tx: SnapshotHolder): void {
    this.open.set(tx.id, tx)
    let resolve!: () => void
    const promise = new Promise<void>((r) => (resolve = r))
    this.ended.set(tx.id, { promise, resolve })
  }

  /** The transaction that has written this document and is still open. */
  writerOf(key: string): string | undefined {
    return this.writers.get(key)
  }

  /** Whether any open transaction has written a document (else no outside write needs to wait). */
  holdsAny(): boolean {
    return this.writers.size > 0
  }

  hold(key: string, txId: string): void {
    this.writers.set(key, txId)
  }

  /** The transaction ended: its documents are free, and outside writers waiting on them go on. */
  remove(txId: string, keys: Iterable<string>): void {
    for (const key of keys) if (this.writers.get(key) === txId) this.writers.delete(key)
    this.open.delete(txId)
    this.ended.get(txId)?.resolve()
    this.ended.delete(txId)
  }

  /** Before `changes` are applied: every other open transaction keeps what its snapshot saw. */
  beforeApply(changes: readonly Change[], byTxId?: string): void {
    if (this.open.size === 0) return
    for (const c of changes) {
      const key = docKey(c.collection, c.id)
      const before = this.tables.get(c.collection, c.id)
      const version = this.tables.version(c.collection, c.id)
      for (const tx of this.open.values()) if (tx.id !== byTxId) tx.keepSnapshot(key, before, version)
    }
  }

  /** Whether an open transaction holds any of the documents `targets()` names (a write must then `settle`). */
  blocks(targets: () => Iterable<string>): boolean {
    if (this.writers.size === 0) return false
    for (const key of targets()) if (this.writers.has(key)) return true
    return false
  }

  /**
   * For a write outside transactions: waits until no open transaction holds any of the documents
   * `targets()` names (asked again after each wait, since the holder's commit may change the matches).
   */
  async settle(targets: () => Iterable<string>): Promise<void> {
    while (this.writers.size > 0) {
      let holder: string | undefined
      for (const key of targets()) {
        holder = this.writers.get(key)
        if (holder) break
      }
      const end = holder && this.ended.get(holder)
      if (!end) return
      await end.promise
    }
  }
}
