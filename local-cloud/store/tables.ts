/**
 * The in-memory documents of every collection, their versions and unique indexes.
 * `apply` validates a whole batch of changes before touching anything, so a batch is all or nothing.
 */
import { getPath as resolve, idKey } from './clone'
import { collectionNotExist, duplicateKey } from './errors'
import { GeoIndex } from './geo-index'
import type { CollectionsConfig, Doc, DocId, IndexSpec } from './storage'

/** The local cloud's own collections (outbox, consent ledger): never declared in collections.json. */
export const INTERNAL_PREFIX = '_local_'
export const isInternalCollection = (name: string) => name.startsWith(INTERNAL_PREFIX)

export interface Change {
  collection: string
  id: DocId
  /** The document after the change; null when removed. */
  doc: Doc | null
  /** Insert: fails when the _id already exists. */
  insert?: boolean
}

interface Collection {
  docs: Map<string, Doc>
  unique: Map<string, Map<string, string>> // index name -> index key -> idKey
  /** One spatial index per declared 2dsphere field (geo-index.ts). */
  geo: Map<string, GeoIndex>
}

export class Tables {
  private readonly cols = new Map<string, Collection>()
  private readonly versions = new Map<string, number>()
  private seq = 0

  constructor(private readonly config?: CollectionsConfig) {
    for (const name of Object.keys(config?.collections ?? {})) this.create(name)
  }

  has(name: string): boolean {
    return this.cols.has(name)
  }
  names(): string[] {
    return [...this.cols.keys()]
  }
  create(name: string): void {
    if (this.cols.has(name)) return
    const docs = new Map<string, Doc>()
    const geo = new Map(this.geoFields(name).map((field) => [field, new GeoIndex(field, docs)]))
    this.cols.set(name, { docs, unique: new Map(this.uniqueSpecs(name).map((s) => [s.name, new Map()])), geo })
  }
  /** Without a config any collection name is accepted, as a fresh database would auto-create it. */
  collection(name: string): Collection {
    if (!this.cols.has(name)) {
      if (this.config && !isInternalCollection(name)) throw collectionNotExist(name)
      this.create(name)
    }
    return this.cols.get(name)!
  }
  docs(name: string): Doc[] {
    return [...this.collection(name).docs.values()]
  }
  get(name: string, id: DocId): Doc | undefined {
    return this.collection(name).docs.get(idKey(id))
  }
  /** By the key `idKey(_id)` (what the geo index holds). */
  getByKey(name: string, key: string): Doc | undefined {
    return this.collection(name).docs.get(key)
  }
  /** The spatial index of a 2dsphere field, if declared. */
  geoIndex(name: string, field: string): GeoIndex | undefined {
    return this.collection(name).geo.get(field)
  }
  /** Keys with a write readers cannot see yet: none here (see PendingWrites). */
  pendingKeys(_collection?: string): Iterable<string> {
    return []
  }
  /** Documents of the app's collections (the local cloud's own `_local_*` ones do not count). */
  totalDocs(): number {
    let n = 0
    for (const [name, c] of this.cols) if (!isInternalCollection(name)) n += c.docs.size
    return n
  }
  /** Increases on every write to the document, removal included; 0 for never-written ids. */
  version(name: string, id: DocId): number {
    return this.versions.get(`${name}\u0000${idKey(id)}`) ?? 0
  }
  geoFields(name: string): string[] {
    const specs = this.config?.collections[name]?.indexes ?? []
    return specs.flatMap((s) => s.keys.filter((k) => k.direction === '2dsphere').map((k) => k.field))
  }
  private uniqueSpecs(name: string): IndexSpec[] {
    return (this.config?.collections[name]?.indexes ?? []).filter((s) => s.unique)
  }

  apply(changes: Change[]): void {
    this.validate(changes)
    for (const ch of changes) this.write(ch)
  }

  /** Replays a journal: the changes were validated when first made. */
  replay(ch: Change): void {
    this.write(ch)
  }

  private write({ collection, id, doc }: Change): void {
    const col = this.collection(collection)
    const k = idKey(id)
    const old = col.docs.get(k)
    for (const spec of this.uniqueSpecs(collection)) {
      const index = col.unique.get(spec.name)!
      if (old) index.delete(indexKey(spec, old))
      if (doc) index.set(indexKey(spec, doc), k)
    }
    if (doc) col.docs.set(k, doc)
    else col.docs.delete(k)
    for (const index of col.geo.values()) index.touch(k)
    this.versions.set(`${collection}\u0000${k}`, ++this.seq)
  }

  private validate(changes: Change[]): void {
    const final = new Map<string, Map<string, Change>>()
    for (const ch of changes) {
      const col = this.collection(ch.collection)
      const byId = final.get(ch.collection) ?? new Map<string, Change>()
      final.set(ch.collection, byId)
      const k = idKey(ch.id)
      const exists = byId.has(k) ? byId.get(k)!.doc !== null : col.docs.has(k)
      if (ch.insert && exists) throw duplicateKey(ch.collection, '_id_', { _id: ch.id })
      byId.set(k, ch)
    }
    for (const [name, byId] of final) {
      const col = this.collection(name)
      for (const spec of this.uniqueSpecs(name)) {
        const index = col.unique.get(spec.name)!
        const claims = new Map<string, string>()
        for (const [k, ch] of byId) {
          if (!ch.doc) continue
          const key = indexKey(spec, ch.doc)
          const owner = claims.get(key) ?? index.get(key)
          const ownerMoved = owner !== undefined && !claims.has(key) && byId.has(owner)
          if (owner !== undefined && owner !== k && !ownerMoved) throw duplicateKey(name, spec.name, keyFields(spec, ch.doc))
          claims.set(key, k)
        }
      }
    }
  }
}

function keyFields(spec: IndexSpec, doc: Doc): Record<string, unknown> {
  return Object.fromEntries(spec.keys.map((k) => [k.field, resolve(doc, k.field) ?? null]))
}

/** Missing fields count as null, as in MongoDB's non-sparse unique indexes. */
function indexKey(spec: IndexSpec, doc: Doc): string {
  return JSON.stringify(spec.keys.map((k) => resolve(doc, k.field) ?? null))
}
