import Taro from '@tarojs/taro'
import { callApi } from '@/src/shared/api/callApi'
import { shareCsvFile } from '@/src/shared/platform/csvFile'

/** h5: a download; weapp: a file shared to a chat (CSV cannot be opened in place). */
export async function exportRosterCsv(eventId: string): Promise<void> {
  const { filename, csv } = await callApi('events.rosterCsv', { eventId })
  await shareCsvFile(filename, csv)
}

export async function scanCode(): Promise<string> {
  const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
  return result
}
