// imports.previewStations / imports.applyStations: a published station list (CSV or XLSX) into `stations`.
import { stationImportInput, type ImportReport } from '../../../types/imports'
import { MAX_IMPORT_ROWS } from '../../../types/imports.vocab'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { allDocs } from '../core/db'
import { invalidInput } from '../core/errors'
import type { StationDoc } from '../stations/stationDoc'
import { readSource } from './readSource'
import { importFormat, readTable } from './readTable'
import { planStationImport, type StationPlan } from './stationPlan'
import { readStationRows } from './stationRows'

const ADMIN = ['admin'] as const
/** Documents per batch insert (CloudBase inserts an array in one request: https://docs.cloudbase.net/http-api/nosql/insert-documents, @cloudbase/database dist/commonjs/collection.js:26). */
const INSERT_BATCH = 500
/** Updates in flight at once. */
const UPDATE_CONCURRENCY = 16
const MAX_BAD_ROWS_LISTED = 200

type Input = Parameters<typeof stationImportInput.parse>[0]

async function storedStations(): Promise<StationDoc[]> {
  const docs = await allDocs<StationDoc>((skip, limit) => db.collection('stations').orderBy('_id', 'asc').skip(skip).limit(limit))
  return docs.filter((doc) => (doc.kind ?? 'station') === 'station')
}

/** Reads, validates every row and plans; writes nothing. */
async function prepare(input: Input, now: Date): Promise<{ report: ImportReport; plan: StationPlan }> {
  const parsed = stationImportInput.parse(input)
  const format = importFormat(parsed.source.fileName, parsed.format)
  const table = await readTable(await readSource(parsed.source), format)
  if (table.length - 1 > MAX_IMPORT_ROWS) throw invalidInput(`文件行数太多：一次最多导入 ${MAX_IMPORT_ROWS} 行，请分成几个文件`)
  const { rows, bad, rowsRead } = readStationRows(table, parsed.defaultCoordSystem)
  const plan = planStationImport(rows, await storedStations(), now)
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

export const previewStationImport = defineAction({
  name: 'imports.previewStations',
  input: stationImportInput,
  roles: ADMIN,
  async handle({ input, now }) {
    return (await prepare(input, now)).report
  },
})

/**
 * Applies a list only when every row is good (otherwise INVALID_INPUT naming the first bad lines, nothing written).
 * New stations are inserted in batches, changed ones replaced one by one with their staff-kept fields (status,
 * closure, photos) carried over; unchanged rows are not written, so importing the same file again writes nothing.
 */
export const applyStationImport = defineAction({
  name: 'imports.applyStations',
  input: stationImportInput,
  roles: ADMIN,
  async handle({ input, now }) {
    const { report, plan } = await prepare(input, now)
    if (report.badRowCount > 0) {
      const lines = report.badRows.slice(0, 5).map((b) => `第 ${b.line} 行：${b.reason}`)
      throw invalidInput(`有 ${report.badRowCount} 行有问题，没有写入任何数据。${lines.join('；')}${report.badRowCount > 5 ? '……' : ''}`)
    }
    for (let i = 0; i < plan.adds.length; i += INSERT_BATCH) {
      await db.collection('stations').add({ data: plan.adds.slice(i, i + INSERT_BATCH) as unknown as object })
    }
    const queue = [...plan.updates]
    await Promise.all(
      Array.from({ length: Math.min(UPDATE_CONCURRENCY, queue.length) }, async () => {
        for (let doc = queue.shift(); doc; doc = queue.shift()) {
          const { _id, ...fields } = doc
          await db.collection('stations').doc(_id).set({ data: fields })
        }
      }),
    )
    return { ...report, applied: true }
  },
})
