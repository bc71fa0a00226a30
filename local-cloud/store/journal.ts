/**
 * Durability: an append-only journal of checksummed lines (records.ts), fsync'd before a write is
 * acknowledged, plus a snapshot it is folded into. Lines hold whole documents, so replaying a line
 * twice is harmless and compaction needs no coordination with the journal. Writes queued in the
 * same tick share one write and one fsync (group commit).
 *
 * A write that cannot be made durable (a full disk) is refused, the journal is cut back to its last
 * acknowledged byte, and the journal turns read-only until the next start: memory and disk never
 * drift apart. A start that cannot compact (no room for the new snapshot) keeps the old files and
 * opens read-only.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Change } from './tables'
import { frame, JOURNAL, readLines, SNAPSHOT, type BadLine } from './records'
import { readIfExists, realDisk, replaceFile, writeAll, type FreeSpace } from './files'

export type Record = { create: string } | { c: string; id: unknown; d: unknown }

/** A snapshot line. */
export const encode = (rec: Record) => frame(rec)

export function changeRecords(changes: Change[], created?: string): Record[] {
  const recs: Record[] = created ? [{ create: created }] : []
  for (const ch of changes) recs.push({ c: ch.collection, id: ch.id, d: ch.doc })
  return recs
}

/** The command that keeps every readable record of a damaged data directory (salvage.ts). */
export const salvageCommand = (dir: string) => `DATA_DIR=${dir} npm run local-cloud:salvage`

/** A snapshot or journal line that cannot be read: the store refuses to start rather than guess. */
export class CorruptStoreError extends Error {
  constructor(readonly bad: BadLine[]) {
    const first = bad[0]
    super(
      `corrupt record in ${first.file} line ${first.line}: ${first.reason}` +
        (bad.length > 1 ? ` (and ${bad.length - 1} more bad line(s))` : '') +
        `. Nothing was changed. To keep every other record, stop the local cloud and run: ${salvageCommand(path.dirname(first.file))}`,
    )
    this.name = 'CorruptStoreError'
  }
}

export interface StoreFiles {
  records: Record[]
  /** Lines that could not be read (file and 1-based line). */
  bad: BadLine[]
  /** Bytes of a torn last journal line that were dropped (a write a crash cut short, never acknowledged). */
  tornBytes: number
}

/** Every readable record in dir, in order, and what could not be read. */
export async function readStoreFiles(dir: string): Promise<StoreFiles> {
  const snapFile = path.join(dir, SNAPSHOT)
  const journalFile = path.join(dir, JOURNAL)
  const snap = readLines(snapFile, await readIfExists(snapFile), false)
  const journal = readLines(journalFile, await readIfExists(journalFile), true)
  const records = [...(snap.values as Record[]), ...(journal.values as Array<{ ops: Record[] }>).flatMap((v) => v.ops)]
  return { records, bad: [...snap.bad, ...journal.bad], tornBytes: journal.tornBytes }
}

/** Everything in dir, in order; a torn journal tail is dropped with a warning, any other bad line throws. */
export async function readRecords(dir: string, warn: (message: string) => void = console.warn): Promise<Record[]> {
  const files = await readStoreFiles(dir)
  if (files.bad.length) throw new CorruptStoreError(files.bad)
  if (files.tornBytes) {
    warn(
      `[local-cloud] ${path.join(dir, JOURNAL)}: dropped a torn last record (${files.tornBytes} bytes): ` +
        `a write cut short by a crash or a full disk, never acknowledged. ${files.records.length} records read.`,
    )
  }
  return files.records
}

/** Crash-safe: a reader sees the old snapshot or the new one, never a partial one. */
export async function writeSnapshot(dir: string, lines: Iterable<string>, freeSpace: FreeSpace = realDisk): Promise<void> {
  await replaceFile(path.join(dir, SNAPSHOT), lines, freeSpace)
}

export interface JournalOptions {
  /** Fold the journal into the snapshot once it grows past this many bytes. */
  compactBytes: number
  warn?: (message: string) => void
  /** The room left on the disk (tests simulate a small one); default the real disk. */
  freeSpace?: FreeSpace
}

interface Pending {
  data: string
  resolve: () => void
  reject: (e: unknown) => void
}

export class Journal {
  private pending: Pending[] = []
  private running: Promise<void> | null = null
  /** Bytes since the last compaction, and the journal's length: everything before it is acknowledged. */
  private bytes = 0
  private size = 0
  private nextCompactAt: number
  private failure: string | null = null

  private readonly compactBytes: number
  private readonly warn: (message: string) => void
  private readonly freeSpace: FreeSpace

  private constructor(
    private readonly dir: string,
    private readonly fh: fs.FileHandle,
    private readonly snapshotLines: () => Iterable<string>,
    options: JournalOptions,
  ) {
    this.compactBytes = options.compactBytes
    this.nextCompactAt = options.compactBytes
    this.warn = options.warn ?? console.warn
    this.freeSpace = options.freeSpace ?? realDisk
  }

  /**
   * Folds the existing journal into a fresh snapshot, then starts an empty journal. When the
   * snapshot cannot be written (a full disk), the old files stay as they are and the journal opens
   * read-only (`readOnlyReason`).
   */
  static async open(dir: string, snapshotLines: () => Iterable<string>, options: JournalOptions): Promise<Journal> {
    const fh = await fs.open(path.join(dir, JOURNAL), 'a')
    const j = new Journal(dir, fh, snapshotLines, options)
    j.size = (await fh.stat()).size
    try {
      await j.compact()
    } catch (e) {
      j.fail(`it could not fold the journal into a new snapshot at start (${describe(e)})`)
    }
    return j
  }

  /** Why writes are refused (a write failed, or the start-up compaction did); null while writable. */
  get readOnlyReason(): string | null {
    return this.failure
  }

  append(records: Record[]): Promise<void> {
    if (this.failure) return Promise.reject(this.refusal())
    return new Promise((resolve, reject) => {
      this.pending.push({ data: frame({ ops: records }), resolve, reject })
      if (!this.running) this.running = new Promise((r) => setImmediate(r)).then(() => this.drain())
    })
  }

  private async drain(): Promise<void> {
    while (this.pending.length && !this.failure) {
      const batch = this.pending
      this.pending = []
      const data = Buffer.from(batch.map((p) => p.data).join(''))
      try {
        await writeAll(this.fh, data, this.freeSpace)
        await this.fh.datasync()
        this.bytes += data.length
        this.size += data.length
        batch.forEach((p) => p.resolve())
      } catch (e) {
        await this.fh.truncate(this.size).catch(() => undefined) // drop the partial batch; the next start would anyway
        this.fail(`a journal write failed (${describe(e)})`)
        batch.forEach((p) => p.reject(this.refusal()))
      }
      if (this.bytes > this.nextCompactAt && !this.failure) {
        // A compaction that fails leaves the journal whole: keep appending, try again later.
        await this.compact().catch((e) => {
          this.nextCompactAt = this.bytes + this.compactBytes
          this.warn(`[local-cloud] could not compact the store's journal (${describe(e)}); it keeps growing`)
        })
      }
    }
    // Refused writes still queued: the journal went read-only before they were written.
    for (const p of this.pending.splice(0)) p.reject(this.refusal())
    this.running = null
  }

  private async compact(): Promise<void> {
    // Let the writers just acknowledged mark themselves so (promise callbacks): the snapshot holds every one of them.
    await new Promise((resolve) => setImmediate(resolve))
    await writeSnapshot(this.dir, this.snapshotLines(), this.freeSpace)
    await this.fh.truncate(0)
    await this.fh.sync()
    this.bytes = 0
    this.size = 0
    this.nextCompactAt = this.compactBytes
  }

  private fail(reason: string): void {
    if (this.failure) return
    this.failure = reason
    this.warn(
      `[local-cloud] the store is READ-ONLY: ${reason}. Every acknowledged write is on disk; further writes are ` +
        `refused. Free some space in ${this.dir} and restart the local cloud.`,
    )
  }

  private refusal(): Error {
    return Object.assign(new Error(`the local cloud's store is read-only: ${this.failure}; the write was not applied`), {
      code: 'READ_ONLY',
    })
  }

  async close(): Promise<void> {
    while (this.running) await this.running
    await this.fh.close()
  }
}

function describe(e: unknown): string {
  return (e as Error)?.message ?? String(e)
}
