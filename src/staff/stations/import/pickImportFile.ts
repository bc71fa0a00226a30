// weapp (Taro's default file; the h5 build takes pickImportFile.h5.ts).
import Taro from '@tarojs/taro'
import { cloudPathFor, type PickedImportFile } from './importFile'

export type { PickedImportFile } from './importFile'

/** Lets an admin pick a CSV or XLSX list — a file from a WeChat chat (chooseMessageFile: lists arrive as attachments), uploaded to cloud storage. */
export async function pickImportFile(): Promise<PickedImportFile | null> {
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] }).catch(() => null)
  const file = picked?.tempFiles[0]
  if (!file) return null
  const uploaded = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(file.name), filePath: file.path })
  return { name: file.name, fileID: uploaded.fileID }
}
