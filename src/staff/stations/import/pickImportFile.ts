import Taro from '@tarojs/taro'
import { getLocalOpenid } from '../../../shared/api/localIdentity'

export interface PickedImportFile {
  name: string
  /** Cloud storage fileID, once uploaded. */
  fileID: string
}

const cloudPathFor = (name: string) => `imports/${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name.replace(/[^\w.\-\u4e00-\u9fa5]/g, '_')}`

/** weapp: a file from a WeChat chat (chooseMessageFile: lists arrive as attachments), uploaded to cloud storage. */
async function pickOnWeapp(): Promise<PickedImportFile | null> {
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] }).catch(() => null)
  const file = picked?.tempFiles[0]
  if (!file) return null
  const uploaded = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(file.name), filePath: file.path })
  return { name: file.name, fileID: uploaded.fileID }
}

/** h5 (the local cloud): the browser's file chooser, uploaded through the local stand-in for wx.cloud.uploadFile. */
function pickInBrowser(): Promise<PickedImportFile | null> {
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

/** Lets an admin pick a CSV or XLSX list and puts it in cloud storage; null when they cancel. */
export function pickImportFile(): Promise<PickedImportFile | null> {
  return process.env.TARO_ENV === 'h5' ? pickInBrowser() : pickOnWeapp()
}
