// weapp (Taro's default file; the h5 build takes downloadExport.h5.ts).
import Taro from '@tarojs/taro'
import type { MyDataExport } from '@/types/mydata'
import { callApi } from '@/src/shared/api/callApi'

/** The export goes to cloud storage and its link is copied; answers what to tell the person. */
export async function downloadExport(_data: MyDataExport): Promise<string> {
  const file = await callApi('mydata.exportFile', {})
  await Taro.setClipboardData({ data: file.url })
  return '下载链接已复制，24 小时内有效，可在浏览器中打开'
}
