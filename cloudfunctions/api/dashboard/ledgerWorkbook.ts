// The ledger's tables as an .xlsx file. write-excel-file (about a tenth of exceljs's size) is required only here,
// when a ledger is asked for, so the `api` function's other actions never load it at a cold start.
import type { LedgerTable } from './ledgerSheets'

/** Column widths in characters: the widest cell of each column, CJK counted double, between 8 and 40. */
function widths(table: LedgerTable): Array<{ width: number }> {
  const all = [table.heading, ...table.rows, ...table.totals]
  const n = Math.max(...all.map((r) => r.length))
  const len = (v: unknown) => [...String(v ?? '')].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)
  return Array.from({ length: n }, (_, c) => ({ width: Math.min(40, Math.max(8, ...all.map((r) => len(r[c])))) + 1 }))
}

/** A workbook with one sheet per table: bold heading, the rows, a blank row, then bold total labels. */
export async function ledgerWorkbook(tables: LedgerTable[]): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const writeXlsxFile = (require('write-excel-file/node') as typeof import('write-excel-file/node')).default
  const sheets = tables.map((t) => ({
    sheet: t.name,
    columns: widths(t),
    stickyRowsCount: 1,
    data: [
      t.heading.map((value) => ({ value, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => r.map((value) => (value == null ? null : { value }))),
      [],
      ...t.totals.map((r) => r.map((value, i) => (value == null ? null : i === 0 ? { value, fontWeight: 'bold' as const } : { value }))),
    ],
  }))
  return writeXlsxFile(sheets).toBuffer()
}
