// A CSV or XLSX file → rows of trimmed text cells. The parsers are required lazily, so the `api` function's other
// actions never load them (a cold start pays only for what it uses).
import type { ImportFormat } from '@/types/imports.vocab'
import { invalidInput } from '../core/errors'

export type Table = string[][]

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  return String(value).trim()
}

/** CSV via papaparse (UTF-8, a BOM dropped; GB18030 files from Excel are refused with a hint). */
function readCsv(content: Buffer): Table {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Papa = require('papaparse') as typeof import('papaparse')
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content).replace(/^\uFEFF/, '')
  if (text.includes('\uFFFD')) throw invalidInput('CSV 文件不是 UTF-8 编码：请在 Excel 中“另存为 CSV UTF-8”，或直接导入 XLSX')
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false })
  return parsed.data.map((row) => row.map(cellText))
}

/** The first sheet of an XLSX file via read-excel-file. */
async function readXlsx(content: Buffer): Promise<Table> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readSheet } = require('read-excel-file/node') as typeof import('read-excel-file/node')
  try {
    const rows = await readSheet(content)
    return rows.map((row) => row.map(cellText))
  } catch (err) {
    console.warn('[imports] unreadable xlsx', err)
    throw invalidInput('读不出这个 XLSX 文件：请确认它是 Excel 工作簿（.xlsx），不是 .xls 或其他格式')
  }
}

/** The format from the input or the file name's extension. */
export function importFormat(fileName: string, format?: ImportFormat): ImportFormat {
  if (format) return format
  const ext = fileName.toLowerCase().match(/\.(csv|xlsx)$/)?.[1]
  if (ext === 'csv' || ext === 'xlsx') return ext
  throw invalidInput('文件格式：只支持 .csv 和 .xlsx')
}

export async function readTable(content: Buffer, format: ImportFormat): Promise<Table> {
  return format === 'csv' ? readCsv(content) : readXlsx(content)
}
