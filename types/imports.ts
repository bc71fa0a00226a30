// Bulk import of reference data from the lists streets and cities publish (CSV or XLSX): the contract.
import { z } from 'zod'
import { COORD_SYSTEMS, IMPORT_FORMATS, MAX_INLINE_BASE64_CHARS } from './imports.vocab'

/**
 * Where the file is: a cloud storage fileID the app uploaded (any size up to the import limit), or the file itself,
 * base64, for small files (a callFunction payload is at most 6 MB, and base64 adds a third).
 */
export const importSource = z.union([
  z
    .object({
      fileID: z
        .string()
        .regex(/^cloud:\/\//, '文件应为云存储 fileID')
        .max(500),
      fileName: z.string().min(1).max(200),
    })
    .strict(),
  z
    .object({
      contentBase64: z.string().min(1, '文件是空的').max(MAX_INLINE_BASE64_CHARS, '文件太大，请先上传到云存储再导入'),
      fileName: z.string().min(1).max(200),
    })
    .strict(),
])

export const stationImportInput = z
  .object({
    source: importSource,
    /** 'csv' or 'xlsx'; absent: from the file name's extension. */
    format: z.enum(IMPORT_FORMATS).optional(),
    /** The coordinate system of rows whose 坐标系 cell is empty or missing. */
    defaultCoordSystem: z.enum(COORD_SYSTEMS).optional(),
  })
  .strict()
export type StationImportInput = z.input<typeof stationImportInput>

/** A row the file could not give: its line in the file (the header is line 1) and why, in Chinese. */
export interface BadRow {
  line: number
  reason: string
}

export interface ImportReport {
  format: (typeof IMPORT_FORMATS)[number]
  /** Data rows read (blank rows not counted). */
  rowsRead: number
  toAdd: number
  toUpdate: number
  /** Rows identical to what is stored already. */
  toSkip: number
  /** Every bad row, in file order, up to 200 (see `badRowCount`). */
  badRows: BadRow[]
  badRowCount: number
  /** The first rows that would change something: line, what happens, and the station's name. */
  changes: { line: number; action: 'add' | 'update'; name: string }[]
  /** True after `imports.applyStations` wrote the changes; a preview is never applied. */
  applied: boolean
}

export interface ImportsActions {
  'imports.previewStations': { input: typeof stationImportInput; output: ImportReport }
  'imports.applyStations': { input: typeof stationImportInput; output: ImportReport }
  /** 党群阵地 lists: the same source, preview and all-or-nothing apply, matched by name + address. */
  'imports.previewPositions': { input: typeof stationImportInput; output: ImportReport }
  'imports.applyPositions': { input: typeof stationImportInput; output: ImportReport }
}
