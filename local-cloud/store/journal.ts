/**
 * Durability: an append-only journal of JSON lines (EJSON, so Dates survive), fsync'd before a
 * write is acknowledged, plus a snapshot it is folded into. Lines hold whole documents, so
 * replaying a line twice is harmless and compaction needs no coordination with the journal.
 * Writes queued in the same tick share one write and one fsync (group commit).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { EJSON } from 'bson'
import type { Change } from './tables'

export type Record = { create: string } | { c: string; id: unknown; d: unknown }
const JOURNAL = 'journal.jsonl'
const SNAPSHOT = 'snapshot.jsonl'

export const encode = (rec: unknown) => EJSON.stringify(rec, { relaxed: true }) + '\n'
const decode = (line: string) => EJSON.parse(line, { relaxed: true })

export function changeRecords(changes: Change[], created?: string): Record[] {
  const recs: Record[] = created ? [{ create: created }] : []
  for (const ch of changes) recs.push({ c: ch.collection, id: ch.id, d: ch.doc })
  return recs
}

/** Everything in dataDir, in order. A torn last journal line (a crash mid-append) is dropped. */
export async function readRecords(dir: string): Promise<Record[]> {
  const out: Record[] = []
  const snap = await readIfExists(path.join(dir, SNAPSHOT))
  for (const line of snap.split('\n')) if (line) out.push(decode(line))
  const lines = (await readIfExists(path.join(dir, JOURNAL))).split('\n')
  lines.forEach((line, i) => {
    if (!line) return
    try {
      out.push(...(decode(line) as { ops: Record[] }).ops)
    } catch (e) {
      if (i === lines.length - 1) return // torn tail: that write was never acknowledged
      throw new Error(`corrupt journal ${path.join(dir, JOURNAL)} line ${i + 1}: ${(e as Error).message}`)
    }
  })
  return out
}

async function readIfExists(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw e
  }
}

/** Crash-safe: a reader sees the old snapshot or the new one, never a partial one. */
export async function writeSnapshot(dir: string, lines: Iterable<string>): Promise<void> {
  const tmp = path.join(dir, `${SNAPSHOT}.tmp`)
  const fh = await fs.open(tmp, 'w')
  try {
    let buf = ''
    for (const line of lines) {
      buf += line
      if (buf.length > 1 << 20) {
        await fh.write(buf)
        buf = ''
      }
    }
    await fh.write(buf)
    await fh.sync()
  } finally {
    await fh.close()
  }
  await fs.rename(tmp, path.join(dir, SNAPSHOT))
  await syncDir(dir)
}

async function syncDir(dir: string): Promise<void> {
  const fh = await fs.open(dir, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

interface Pending {
  line: string
  resolve: () => void
  reject: (e: unknown) => void
}

export class Journal {
  private pending: Pending[] = []
  private running: Promise<void> | null = null
  private bytes = 0
  private failed: unknown = null

  private constructor(
    private readonly dir: string,
    private readonly fh: fs.FileHandle,
    private readonly compactBytes: number,
    private readonly snapshotLines: () => Iterable<string>,
  ) {}

  /** Folds the existing journal into a fresh snapshot, then starts an empty journal. */
  static async open(dir: string, snapshotLines: () => Iterable<string>, compactBytes: number): Promise<Journal> {
    const fh = await fs.open(path.join(dir, JOURNAL), 'a')
    const j = new Journal(dir, fh, compactBytes, snapshotLines)
    await j.compact()
    return j
  }

  append(records: Record[]): Promise<void> {
    if (this.failed) return Promise.reject(this.failed)
    return new Promise((resolve, reject) => {
      this.pending.push({ line: encode({ ops: records }), resolve, reject })
      if (!this.running) this.running = new Promise((r) => setImmediate(r)).then(() => this.drain())
    })
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending
      this.pending = []
      const data = batch.map((p) => p.line).join('')
      try {
        await this.fh.write(data)
        await this.fh.datasync()
        this.bytes += Buffer.byteLength(data)
        batch.forEach((p) => p.resolve())
      } catch (e) {
        this.failed = e // the journal no longer matches memory: refuse further writes
        batch.forEach((p) => p.reject(e))
      }
      if (this.bytes > this.compactBytes && !this.failed) await this.compact().catch((e) => (this.failed = e))
    }
    this.running = null
  }

  private async compact(): Promise<void> {
    await writeSnapshot(this.dir, this.snapshotLines())
    await this.fh.truncate(0)
    await this.fh.sync()
    this.bytes = 0
  }

  async close(): Promise<void> {
    while (this.running) await this.running
    await this.fh.close()
  }
}
