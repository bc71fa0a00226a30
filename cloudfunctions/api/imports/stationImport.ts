// One station import, whoever runs it: the `api` function (imports.*) or the deploy (`--import <file>`, with the
// deployer's own keys). Takes the database as a parameter, so it knows nothing of wx-server-sdk or node-sdk.
import type { ImportReport } from '@/types/imports'
import { MAX_IMPORT_ROWS, type CoordSystem, type ImportFormat } from '@/types/imports.vocab'
import { invalidInput } from '../core/errors'
import type { StationDoc } from '../stations/stationDoc'
import { readTable } from './readTable'
import { planStationImport, type StationPlan } from './stationPlan'
import { readStationRows } from './stationRows'

/**
 * The three things the import does to `stations`. wx-server-sdk (`add({ data })`, `set({ data })`) and
 * @cloudbase/node-sdk (`add(data)`, `set(data)`) spell them differently, so each caller passes its own.
 */
export interface ImportDatabase {
  /** One page of stations by `_id`. */
  readStations(skip: number, limit: number): Promise<StationDoc[]>
  /** Inserts documents (with their `_id`) in one request. */
  insertStations(docs: StationDoc[]): Promise<void>
  /** Replaces one document whole. */
  replaceStation(id: string, fields: Omit<StationDoc, '_id'>): Promise<void>
}

/** Documents per batch insert (CloudBase inserts an array in one request: https://docs.cloudbase.net/http-api/nosql/insert-documents, @cloudbase/database dist/commonjs/collection.js:26). */
const INSERT_BATCH = 500
/** Updates in flight at once. */
const UPDATE_CONCURRENCY = 16
const MAX_BAD_ROWS_LISTED = 200
/** Functions read at most 1,000 records a call (PLATFORM.md). */
const PAGE = 1000

async function storedStations(db: ImportDatabase): Promise<StationDoc[]> {
  const all: StationDoc[] = []
  for (;;) {
    const data = await db.readStations(all.length, PAGE)
    all.push(...data)
    if (data.length < PAGE) return all.filter((doc) => (doc.kind ?? 'station') === 'station')
  }
}

/** Reads the file, validates every row and plans against what is stored; writes nothing. */
export async function prepareStationImport(
  db: ImportDatabase,
  content: Buffer,
  format: ImportFormat,
  defaultCoordSystem: CoordSystem | undefined,
  now: Date,
): Promise<{ report: ImportReport; plan: StationPlan }> {
  const table = await readTable(content, format)
  if (table.length - 1 > MAX_IMPORT_ROWS) throw invalidInput(`文件行数太多：一次最多导入 ${MAX_IMPORT_ROWS} 行，请分成几个文件`)
  const { rows, bad, rowsRead } = readStationRows(table, defaultCoordSystem)
  const plan = planStationImport(rows, await storedStations(db), now)
  const badRows = [...bad, ...plan.bad].sort((a, b) => a.line - b.line)
  const report: ImportReport = {
    format,
    rowsRead,
    toAdd: plan.adds.length,
    toUpdate: plan.updates.length,
    toSkip: plan.skips,
    badRows: badRows.slice(0, MAX_BAD_ROWS_LISTED),
    badRowCount: badRows.length,
    changes: plan.changes,
    applied: false,
  }
  return { report, plan }
}

/**
 * Writes a plan only when every row was good (otherwise INVALID_INPUT naming the first bad lines, nothing written).
 * New stations are inserted in batches, changed ones replaced one by one with their staff-kept fields (status,
 * closure, photos) carried over; unchanged rows are not written, so importing the same file again writes nothing.
 */
export async function applyStationPlan(db: ImportDatabase, report: ImportReport, plan: StationPlan): Promise<ImportReport> {
  if (report.badRowCount > 0) {
    const lines = report.badRows.slice(0, 5).map((b) => `第 ${b.line} 行：${b.reason}`)
    throw invalidInput(`有 ${report.badRowCount} 行有问题，没有写入任何数据。${lines.join('；')}${report.badRowCount > 5 ? '……' : ''}`)
  }
  for (let i = 0; i < plan.adds.length; i += INSERT_BATCH) {
    await db.insertStations(plan.adds.slice(i, i + INSERT_BATCH))
  }
  const queue = [...plan.updates]
  await Promise.all(
    Array.from({ length: Math.min(UPDATE_CONCURRENCY, queue.length) }, async () => {
      for (let doc = queue.shift(); doc; doc = queue.shift()) {
        const { _id, ...fields } = doc
        await db.replaceStation(_id, fields)
      }
    }),
  )
  return { ...report, applied: true }
}
