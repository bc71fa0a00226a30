// The monthly ledger (台账) as an .xlsx file, and the staff trends charts' series (issue 18 parts 2 and 3).
import { z } from 'zod'

/** A calendar month `YYYY-MM` (Shanghai dates). */
const month = z.string({ error: '月份格式应为 2026-05 这样' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 2026-05 这样' })

/**
 * Which part of the street a staff action covers. Today only `blockId`; issue 16 adds blocks and streets for
 * staff; `ledgerScopeWhere` (cloudfunctions/api/dashboard/scope.ts) narrows it within the caller's scope.
 */
export const scopeInput = z.object({ blockId: z.string().trim().min(1, { message: '请选择街区' }).max(64).optional() }).strict()
export type Scope = z.output<typeof scopeInput>

export const ledgerInput = z
  .object({
    month,
    scope: scopeInput.optional(),
    /** Names, descriptions and the 服务三问 per visit: admins only, and each time written to the access log. */
    includePersonal: z.boolean().optional(),
  })
  .strict()

export interface LedgerSheetSummary {
  /** The sheet's name in the workbook. */
  name: string
  /** Data rows (not counting the heading and the totals). */
  rows: number
}

export interface LedgerFile {
  filename: string
  /** The file in cloud storage. */
  fileID: string
  /** A temporary download link (a day). */
  url: string
  sheets: LedgerSheetSummary[]
}

/** How many Shanghai weeks (Monday to Sunday) the charts cover, ending with the current one. */
export const trendsInput = z
  .object({
    weeks: z.number({ error: '周数应为 4 到 26 之间的整数' }).int().min(4, { message: '至少 4 周' }).max(26, { message: '最多 26 周' }).optional(),
    scope: scopeInput.optional(),
  })
  .strict()

/** One week's figures; `week` is the Monday that starts it, a Shanghai day `YYYY-MM-DD`. */
export interface TrendWeek {
  week: string
  visits: number
  needsOpened: number
  needsClosed: number
  /** People checked in at events that started that week. */
  attended: number
  /** Seats taken at those events. */
  seated: number
}

export interface DashboardTrends {
  weeks: TrendWeek[]
}

export interface LedgerActions {
  'dashboard.ledger': { input: typeof ledgerInput; output: LedgerFile }
  'dashboard.trends': { input: typeof trendsInput; output: DashboardTrends }
}
