import Taro from '@tarojs/taro'
import { callApi } from '../../../shared/api/callApi'

/** h5: a download; weapp: a file shared to a chat (CSV cannot be opened in place). */
export async function exportRosterCsv(eventId: string): Promise<void> {
  const { filename, csv } = await callApi('events.rosterCsv', { eventId })
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    link.download = filename
    link.click()
    return
  }
  const path = `${Taro.env.USER_DATA_PATH}/${filename}`
  Taro.getFileSystemManager().writeFileSync(path, csv, 'utf8')
  await Taro.shareFileMessage({ filePath: path, fileName: filename })
}

export async function scanCode(): Promise<string> {
  const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
  return result
}
