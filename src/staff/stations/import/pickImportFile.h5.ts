// h5 (the local debug build).
import { getLocalOpenid } from '@/src/shared/api/localIdentity'
import { cloudPathFor, type PickedImportFile } from './importFile'

export type { PickedImportFile } from './importFile'

/** Lets an admin pick a CSV or XLSX list with the browser's file chooser, uploaded through the local stand-in for wx.cloud.uploadFile. */
export function pickImportFile(): Promise<PickedImportFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,.xlsx'
    input.onchange = async () => {
      const file = input.files?.[0]
      if (!file) return resolve(null)
      try {
        const response = await fetch(`/_local/storage/upload-from-client?cloudPath=${encodeURIComponent(cloudPathFor(file.name))}`, {
          method: 'POST',
          headers: { 'x-wx-openid': getLocalOpenid(), 'content-type': 'application/octet-stream' },
          body: file,
        })
        if (!response.ok) throw new Error('上传失败，请重试')
        resolve({ name: file.name, fileID: ((await response.json()) as { fileID: string }).fileID })
      } catch (err) {
        reject(err)
      }
    }
    input.click()
  })
}
