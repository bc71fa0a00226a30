/**
 * Writes that are applied but not yet durable. A write is applied to the tables at once, so the
 * next writer computes against it (a conditional update stays atomic, and writes still share one
 * fsync), but readers see the documents as they were before it until the journal acknowledges it.
 * When the journal refuses a write, every write not yet acknowledged is undone, newest first: a
 * refused write is never visible.
 */
import { idKey } from './clone'
import type { Change, Tables } from './tables'
import type { Doc, DocId } from './storage'

interface Entry {
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

export class PendingWrites {
  private readonly log: Entry[] = []
  private readonly masked = new Map<string, Map<string, Masked>>()

  constructor(private readonly tables: Tables) {}

  /** Applies the changes to the tables (throwing, with nothing applied, when they break a rule); answers a ticket for `acknowledge`. */
  apply(changes: Change[]): Entry[] {
    const latest = new Map<string, Doc | null>()
    const entries = changes.map((ch) => {
      const key = idKey(ch.id)
      const seen = `${ch.collection}\u0000${key}`
      const before = latest.has(seen) ? latest.get(seen)! : this.tables.get(ch.collection, ch.id) ?? null
      latest.set(seen, ch.doc)
      return { collection: ch.collection, id: ch.id, key, before, after: ch.doc, done: false }
    })
    this.tables.apply(changes)
    for (const e of entries) {
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
  }

  /** Undoes every write not yet acknowledged, newest first (unique indexes and versions follow). */
  rollback(): void {
    for (const e of this.log.splice(0).reverse()) {
      if (!e.done) this.tables.replay({ collection: e.collection, id: e.id, doc: e.before })
    }
    for (const col of this.masked.values()) for (const m of col.values()) m.waiters.forEach((w) => w())
    this.masked.clear()
  }

  /** Resolves once the document has no write pending (at once when it has none). */
  settled(collection: string, id: DocId): Promise<void> {
    const m = this.masked.get(collection)?.get(idKey(id))
    return m ? new Promise((resolve) => m.waiters.push(resolve)) : Promise.resolve()
  }

  /** A document as readers may see it. */
  get(collection: string, id: DocId): Doc | undefined {
    const m = this.masked.get(collection)?.get(idKey(id))
    return m ? m.doc ?? undefined : this.tables.get(collection, id)
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
