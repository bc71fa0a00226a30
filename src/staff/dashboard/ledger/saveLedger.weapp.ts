// weapp: one tap fetches the file from cloud storage and opens it in WeChat's document viewer, whose menu (showMenu)
// saves it or forwards it to a chat. wx.cloud.downloadFile needs no download-domain whitelist, unlike a plain
// downloadFile of the temporary link (https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html).
import Taro from '@tarojs/taro'
import type { LedgerFile } from '@/types/ledger'

/** Downloads and opens the ledger; answers what to tell the person. */
export async function saveLedger(file: LedgerFile): Promise<string> {
  const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: file.fileID })
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
  return '已打开，可用右上角菜单保存或转发'
}
