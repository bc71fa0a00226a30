/**
 * The local cloud's document store: every collection in memory, behind the `Storage` contract
 * (storage.ts). `createStore({ dataDir })` is durable (journal + snapshot in dataDir, fsync'd
 * before a write resolves); without dataDir, or via `createMemoryStore`, nothing touches disk.
 * Query/update/aggregate semantics are mingo's; geo operators, unique indexes and transactions
 * are ours. See test/local-cloud/store/conformance.test.ts for the behaviours both honour.
 */
import { promises as fs } from 'node:fs'
import { Engine, type EngineOptions } from './engine'
import { Tables } from './tables'
import { Journal, changeRecords, encode, readRecords } from './journal'
import { simulatedDisk } from './files'
import { JOURNAL, SNAPSHOT } from './records'
import type { PendingWrites } from './pending'
import type { CollectionsConfig, Storage } from './storage'

export type { Storage, Transaction, Doc, DocId, CollectionsConfig, FindOptions, UpdateOptions, UpdateResult, IndexSpec } from './storage'
export { StoreError, ERR } from './errors'
export { haversineMetres, EARTH_RADIUS_M } from './geo'
export { isInternalCollection, INTERNAL_PREFIX } from './tables'
export { CorruptStoreError, salvageCommand } from './journal'

export interface StoreOptions extends EngineOptions {
  /** Folder for the journal and snapshot; omit for a memory-only store. */
  dataDir?: string
  /** database/collections.json: declares collections and their (unique, 2dsphere) indexes. Omit to accept any collection. */
  collections?: CollectionsConfig
  /** Fold the journal into the snapshot once it grows past this many bytes (default 64 MB). */
  compactBytes?: number
  /** Where warnings go (a dropped torn record, the store turning read-only). Default console.warn. */
  warn?: (message: string) => void
  /**
   * Tests only: behave as if dataDir were on a disk of this many bytes holding just the store's files
   * (short writes, then ENOSPC), for machines where a small file system cannot be mounted.
   */
  simulatedDiskBytes?: number
}

export function createMemoryStore(options: Omit<StoreOptions, 'dataDir'> = {}): Storage {
  return new Engine(new Tables(options.collections), async () => {}, false, options)
}

export async function createStore(options: StoreOptions = {}): Promise<Storage> {
  const { dataDir } = options
  if (!dataDir) return createMemoryStore(options)
  await fs.mkdir(dataDir, { recursive: true })
  const tables = new Tables(options.collections)
  for (const rec of await readRecords(dataDir, options.warn)) {
    if ('create' in rec) tables.create(rec.create)
    else tables.replay({ collection: rec.c, id: rec.id as string, doc: rec.d as never })
  }
  let engine: Engine | undefined
  // A snapshot holds persisted writes only: never one the journal may still refuse.
  const journal = await Journal.open(dataDir, () => snapshotLines(tables, engine?.committed), {
    compactBytes: options.compactBytes ?? 64 << 20,
    warn: options.warn,
    freeSpace:
      options.simulatedDiskBytes === undefined ? undefined : simulatedDisk(dataDir, options.simulatedDiskBytes, [SNAPSHOT, JOURNAL, `${SNAPSHOT}.tmp`]),
  })
  engine = new Engine(
    tables,
    (changes, created) => journal.append(changeRecords(changes, created)),
    true,
    options,
    () => journal.close(),
    () => journal.readOnlyReason,
  )
  return engine
}

export function* snapshotLines(tables: Tables, view: Tables | PendingWrites = tables): Iterable<string> {
  for (const name of tables.names()) {
    yield encode({ create: name })
    for (const doc of view.docs(name)) yield encode({ c: name, id: doc._id, d: doc })
  }
}
