import { z } from 'zod'

export const myDataInput = z.object({}).strict()

export const deleteMyDataInput = z
  .object({
    /** The person types 删除 to confirm: deletion cannot be undone. */
    confirm: z.literal('删除', { error: '请输入“删除”以确认' }),
  })
  .strict()

export interface MyDataExport {
  exportedAt: string
  openid: string
  /** Collection name → the records that name this person, as stored. */
  collections: Record<string, unknown[]>
}

export interface MyDataDeleted {
  /** Collection name → how many records were removed or anonymised. */
  removed: Record<string, number>
  anonymised: Record<string, number>
}

export interface MyDataActions extends MyDataFileActions {
  'mydata.export': { input: typeof myDataInput; output: MyDataExport }
  'mydata.delete': { input: typeof deleteMyDataInput; output: MyDataDeleted }
}

export const exportFileInput = z.object({}).strict()

export interface MyDataExportFile {
  /** Cloud storage file id; the file is removed after a day, and at once if the person deletes their data. */
  fileID: string
  /** A temporary link to download it. */
  url: string
  expiresAt: string
}

export interface MyDataFileActions {
  'mydata.exportFile': { input: typeof exportFileInput; output: MyDataExportFile }
}
