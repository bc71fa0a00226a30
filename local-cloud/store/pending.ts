/**
 * Writes that are applied but not yet durable. A write is applied to the tables at once, so the
 * next writer computes against it (a conditional update stays atomic, and writes still share one
 * fsync), but readers never see it before the journal acknowledges it. A read first waits until
 * every write applied to its collection before it began is settled (`flushed`), so it sees
 * everything that happened before it, as a single in-memory store would: an insert that failed
 * with E11000 can read the document it collided with. Writes applied after the read began are
 * hidden from it (`get`, `docs`). When the journal refuses a write, every write not yet
 * acknowledged is undone, newest first: a refused write is never visible.
 */
import { idKey } from './clone'
import type { Change, Tables } from './tables'
import type { Doc, DocId } from './storage'

interface Entry {
  seq: number
  collection: string
  id: DocId
  key: string
  before: Doc | null
  after: Doc | null
  done: boolean
}

interface Masked {
  /** The document as readers see it: its last acknowledged state (null: absent). */
  doc: Doc | null
  /** Writes to it not yet acknowledged. */
  pending: number
  /** Resolved once no write to it is pending. */
  waiters: Array<() => void>
}

interface FlushWaiter {
  /** null: every collection. */
  collection: string | null
  /** Settled once every write up to this sequence number (in that collection) is. */
  seq: number
  resolve: () => void
}

export class PendingWrites {
  private readonly log: Entry[] = []
  private readonly masked = new Map<string, Map<string, Masked>>()
  /** Unsettled writes per collection, in the order they were applied. */
  private readonly unsettled = new Map<string, Entry[]>()
  private readonly flushWaiters: FlushWaiter[] = []
  private seq = 0

  constructor(private readonly tables: Tables) {}

  /** Applies the changes to the tables (throwing, with nothing applied, when they break a rule); answers a ticket for `acknowledge`. */
  apply(changes: Change[]): Entry[] {
    const latest = new Map<string, Doc | null>()
    const entries = changes.map((ch) => {
      const key = idKey(ch.id)
      const seen = `${ch.collection}\u0000${key}`
      const before = latest.has(seen) ? latest.get(seen)! : (this.tables.get(ch.collection, ch.id) ?? null)
      latest.set(seen, ch.doc)
      return { seq: 0, collection: ch.collection, id: ch.id, key, before, after: ch.doc, done: false }
    })
    this.tables.apply(changes)
    for (const e of entries) {
      e.seq = ++this.seq
      const list = this.unsettled.get(e.collection) ?? []
      this.unsettled.set(e.collection, list)
      list.push(e)
      const col = this.masked.get(e.collection) ?? new Map<string, Masked>()
      this.masked.set(e.collection, col)
      const m = col.get(e.key)
      if (m) m.pending++
      else col.set(e.key, { doc: e.before, pending: 1, waiters: [] })
    }
    this.log.push(...entries)
    return entries
  }

  /** The journal has these changes: readers may see them. */
  acknowledge(entries: Entry[]): void {
    for (const e of entries) {
      if (e.done) continue
      e.done = true
      const col = this.masked.get(e.collection)
      const m = col?.get(e.key)
      if (!col || !m) continue
      m.doc = e.after
      if (--m.pending === 0) this.unmask(col, e)
    }
    while (this.log.length && this.log[0].done) this.log.shift()
    this.wakeReaders()
  }

  /** Resolves once every write applied to `collection` (any collection: omitted) before this call is settled. */
  flushed(collection?: string): Promise<void> {
    const waiter = { collection: collection ?? null, seq: this.seq, resolve: () => {} }
    if (this.isFlushed(waiter)) return Promise.resolve()
    return new Promise((resolve) => this.flushWaiters.push({ ...waiter, resolve }))
  }

  private isFlushed({ collection, seq }: Omit<FlushWaiter, 'resolve'>): boolean {
    const lists = collection === null ? [...this.unsettled.values()] : [this.unsettled.get(collection) ?? []]
    return lists.every((list) => !list.length || list[0].seq > seq)
  }

  private wakeReaders(): void {
    for (const [name, list] of this.unsettled) {
      while (list.length && list[0].done) list.shift()
      if (!list.length) this.unsettled.delete(name)
    }
    for (let i = this.flushWaiters.length - 1; i >= 0; i--) {
      const waiter = this.flushWaiters[i]
      if (!this.isFlushed(waiter)) continue
      this.flushWaiters.splice(i, 1)
      waiter.resolve()
    }
  }

  /** Undoes every write not yet acknowledged, newest first (unique indexes and versions follow). */
  rollback(): void {
    for (const e of this.log.splice(0).reverse()) {
      if (e.done) continue
      e.done = true
      this.tables.replay({ collection: e.collection, id: e.id, doc: e.before })
    }
    for (const col of this.masked.values()) for (const m of col.values()) m.waiters.forEach((w) => w())
    this.masked.clear()
    this.wakeReaders()
  }

  /** Resolves once the document has no write pending (at once when it has none). */
  settled(collection: string, id: DocId): Promise<void> {
    const m = this.masked.get(collection)?.get(idKey(id))
    return m ? new Promise((resolve) => m.waiters.push(resolve)) : Promise.resolve()
  }

  /** A document as readers may see it. */
  get(collection: string, id: DocId): Doc | undefined {
    const m = this.masked.get(collection)?.get(idKey(id))
    return m ? (m.doc ?? undefined) : this.tables.get(collection, id)
  }

  /** A document as readers may see it, by its key `idKey(_id)`. */
  getByKey(collection: string, key: string): Doc | undefined {
    const m = this.masked.get(collection)?.get(key)
    return m ? (m.doc ?? undefined) : this.tables.getByKey(collection, key)
  }

  /** Keys of documents with a write readers cannot see yet (an index built from the tables may not match them). */
  pendingKeys(collection: string): Iterable<string> {
    return this.masked.get(collection)?.keys() ?? []
  }

  /** A collection's documents as readers may see them. */
  docs(collection: string): Doc[] {
    const docs = this.tables.docs(collection)
    const col = this.masked.get(collection)
    if (!col?.size) return docs
    const out: Doc[] = []
    const present = new Set<string>()
    for (const doc of docs) {
      const key = idKey(doc._id)
      present.add(key)
      const m = col.get(key)
      if (!m) out.push(doc)
      else if (m.doc) out.push(m.doc)
    }
    // Acknowledged documents a pending write removes.
    for (const [key, m] of col) if (m.doc && !present.has(key)) out.push(m.doc)
    return out
  }

  private unmask(col: Map<string, Masked>, e: Entry): void {
    const m = col.get(e.key)!
    col.delete(e.key)
    if (!col.size) this.masked.delete(e.collection)
    m.waiters.forEach((w) => w())
  }
}
