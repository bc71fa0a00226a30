import Taro from '@tarojs/taro'
import { useState } from 'react'
import { callApi } from '@/src/shared/api/callApi'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { copyCsv } from '@/src/shared/platform/csvFile'
import { blockTime } from '@/src/shared/time'
import { Button } from '@/src/shared/ui/nutui'

/**
 * Staff: this year's hours of a team as the national volunteer system's import CSV (hours.exportTeam). h5 downloads
 * the file; the mini-program cannot write to disk, so the CSV goes to the clipboard to paste on a computer (csvFile.ts).
 */
export function TeamHoursExportButton({ teamId }: { teamId: string }) {
  const [busy, setBusy] = useState(false)
  const exportHours = async () => {
    setBusy(true)
    try {
      const { fileName, csv, rows } = await callApi('hours.exportTeam', {
        teamId,
        from: blockTime().startOf('year').format('YYYY-MM-DD'),
        to: blockTime().format('YYYY-MM-DD'),
      })
      await copyCsv(fileName, csv)
      Taro.showToast({ title: `已导出 ${rows} 条`, icon: 'none' })
    } catch (error) {
      Taro.showToast({ title: toApiCallError(error).message, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button className='nx-big-button team-hours-export' block loading={busy} onClick={exportHours}>
      导出本年度时长（全国志愿服务信息系统格式）
    </Button>
  )
}
