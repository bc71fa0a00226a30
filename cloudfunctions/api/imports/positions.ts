// imports.previewPositions / imports.applyPositions: a 党群阵地 list (CSV or XLSX) into `positions`, all or nothing.
import { stationImportInput, type ImportReport } from '@/types/imports'
import { MAX_IMPORT_ROWS } from '@/types/imports.vocab'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { allDocs } from '../core/db'
import { invalidInput } from '../core/errors'
import type { PositionDoc } from '../positions/positionDoc'
import { planPositionImport, type PositionPlan } from './positionRows'
import { readSource } from './readSource'
import { importFormat, readTable } from './readTable'
import { ADMIN_ROLES } from '@/types/roles'

const positions = () => db.collection('positions')
type Input = Parameters<typeof stationImportInput.parse>[0]

async function prepare(input: Input, now: Date): Promise<{ report: ImportReport; plan: PositionPlan }> {
  const parsed = stationImportInput.parse(input)
  const format = importFormat(parsed.source.fileName, parsed.format)
  const table = await readTable(await readSource(parsed.source), format)
  if (table.length - 1 > MAX_IMPORT_ROWS) throw invalidInput(`文件行数太多：一次最多导入 ${MAX_IMPORT_ROWS} 行`)
  const stored = await allDocs<PositionDoc>((skip, limit) => positions().orderBy('_id', 'asc').skip(skip).limit(limit))
  const plan = planPositionImport(table, stored, parsed.defaultCoordSystem, now)
  const report: ImportReport = {
    format,
    rowsRead: plan.rowsRead,
    toAdd: plan.adds.length,
    toUpdate: plan.updates.length,
    toSkip: plan.skips,
    badRows: plan.bad.slice(0, 200),
    badRowCount: plan.bad.length,
    changes: plan.changes,
    applied: false,
  }
  return { report, plan }
}

export const previewPositionImport = defineAction({
  name: 'imports.previewPositions',
  input: stationImportInput,
  roles: ADMIN_ROLES,
  async handle({ input, now }) {
    return (await prepare(input, now)).report
  },
})

export const applyPositionImport = defineAction({
  name: 'imports.applyPositions',
  input: stationImportInput,
  roles: ADMIN_ROLES,
  async handle({ input, now }) {
    const { report, plan } = await prepare(input, now)
    if (report.badRowCount > 0) {
      const lines = report.badRows.slice(0, 5).map((b) => `第 ${b.line} 行：${b.reason}`)
      throw invalidInput(`有 ${report.badRowCount} 行有问题，没有写入任何数据。${lines.join('；')}`)
    }
    for (let i = 0; i < plan.adds.length; i += 500) await positions().add({ data: plan.adds.slice(i, i + 500) as unknown as object })
    for (const { _id, ...fields } of plan.updates) await positions().doc(_id).set({ data: fields })
    return { ...report, applied: true }
  },
})
