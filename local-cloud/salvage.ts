/**
 * `npm run local-cloud:salvage` (DATA_DIR as for `npm start`, default `.data/`): rescues a data
 * directory the local cloud refuses to open because a snapshot or journal line is corrupt.
 * Keeps every readable record, moves the original files and the unreadable lines into
 * `<DATA_DIR>/salvaged-<time>/`, and writes a fresh snapshot and an empty journal. Records hold
 * whole documents, so a document whose bad line was dropped keeps its previous (or next) state.
 * Run it only while the local cloud is stopped.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { readStoreFiles, writeSnapshot } from './store/journal'
import { JOURNAL, SNAPSHOT } from './store/records'
import { snapshotLines } from './store'
import { Tables } from './store/tables'
import type { BadLine } from './store/records'

export interface SalvageReport {
  /** Records replayed into the new snapshot. */
  kept: number
  /** Lines that could not be read, now in `backupDir/bad-lines.txt`. */
  dropped: BadLine[]
  /** Bytes of a torn last journal record that were dropped. */
  tornBytes: number
  /** Where the original files went; null when there was nothing to salvage. */
  backupDir: string | null
}

/** Rewrites `dataDir` with every readable record; the originals are kept in the backup folder. */
export async function salvage(dataDir: string, now = new Date()): Promise<SalvageReport> {
  const files = await readStoreFiles(dataDir)
  if (!files.bad.length && !files.tornBytes) return { kept: files.records.length, dropped: [], tornBytes: 0, backupDir: null }
  const backupDir = path.join(dataDir, `salvaged-${now.toISOString().replace(/[:.]/g, '-')}`)
  await fs.mkdir(backupDir)
  for (const name of [SNAPSHOT, JOURNAL]) await fs.copyFile(path.join(dataDir, name), path.join(backupDir, name)).catch(ignoreMissing)
  const listing = files.bad.map((b) => `${path.basename(b.file)}:${b.line}: ${b.reason}\n${b.text}\n`).join('\n')
  await fs.writeFile(path.join(backupDir, 'bad-lines.txt'), listing)

  const tables = new Tables()
  for (const rec of files.records) {
    if ('create' in rec) tables.create(rec.create)
    else tables.replay({ collection: rec.c, id: rec.id as string, doc: rec.d as never })
  }
  await writeSnapshot(dataDir, snapshotLines(tables))
  await fs.writeFile(path.join(dataDir, JOURNAL), '')
  return { kept: files.records.length, dropped: files.bad, tornBytes: files.tornBytes, backupDir }
}

function ignoreMissing(e: NodeJS.ErrnoException): void {
  if (e.code !== 'ENOENT') throw e
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.DATA_DIR || '.data')
  const report = await salvage(dataDir)
  if (!report.backupDir) {
    console.log(`${dataDir}: all ${report.kept} records are readable; nothing to salvage.`)
    return
  }
  console.log(`${dataDir}: kept ${report.kept} records in a new snapshot.`)
  for (const b of report.dropped) console.log(`  dropped ${path.basename(b.file)} line ${b.line}: ${b.reason}`)
  if (report.tornBytes) console.log(`  dropped a torn last journal record (${report.tornBytes} bytes, never acknowledged)`)
  console.log(`  the original files and the dropped lines are in ${report.backupDir}`)
}

if (require.main === module) {
  main().catch((err) => {
    console.error('salvage failed:', err instanceof Error ? err.message : err)
    process.exit(1)
  })
}
