import Taro from '@tarojs/taro'
import type { MyDataExport } from '../../../types/mydata'
import { callApi } from '../../shared/api/callApi'
import { shanghaiDay } from '../../../types/text'

/** h5: the browser saves the JSON; weapp: the export goes to cloud storage and its link is copied. */
export async function downloadExport(data: MyDataExport): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = `暖新街区-我的数据-${shanghaiDay(data.exportedAt)}.json`
    link.click()
    URL.revokeObjectURL(link.href)
    return '已下载'
  }
  const file = await callApi('mydata.exportFile', {})
  await Taro.setClipboardData({ data: file.url })
  return '下载链接已复制，24 小时内有效，可在浏览器中打开'
}
