// h5 (the local debug build).
import type { MyDataExport } from '@/types/mydata'
import { shanghaiDay } from '@/types/text'

/** The browser saves the JSON; answers what to tell the person. */
export async function downloadExport(data: MyDataExport): Promise<string> {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `暖新街区-我的数据-${shanghaiDay(data.exportedAt)}.json`
  link.click()
  URL.revokeObjectURL(link.href)
  return '已下载'
}
