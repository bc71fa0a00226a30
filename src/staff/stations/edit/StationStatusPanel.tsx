import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { StationView } from '@/types/stations'
import { STATION_STATUS_LABELS } from '@/types/stations.vocab'
import { closureText } from '@/src/features/stations/format'
import { callApi } from '@/src/shared/api/callApi'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { useStaffAction } from '@/src/staff/shared/useStaffAction'

/** Suspend with a reason and an expected reopening (riders see both), reopen, or archive (asks first). */
export function StationStatusPanel({ station }: { station: StationView }) {
  const [current, setCurrent] = useState(station)
  const [reason, setReason] = useState('')
  const [reopenOn, setReopenOn] = useState('')
  const { message, act } = useStaffAction(['stations.save'])
  const run = (work: () => Promise<StationView>, done: string) => act(async () => setCurrent(await work()), done)
  const suspend = () =>
    run(
      () => callApi('stations.suspend', { id: current.id, reason: reason.trim(), ...(reopenOn.trim() ? { expectedReopenOn: reopenOn.trim() } : {}) }),
      '已暂停开放',
    )
  const reopen = () => run(() => callApi('stations.reopen', { id: current.id }), '已恢复开放')
  const archive = async () => {
    const { confirm } = await Taro.showModal({ title: '归档这个驿站？', content: '归档后骑手不再看到它；可在“已归档”里恢复。', confirmText: '归档' })
    if (confirm) await run(() => callApi('stations.archive', { id: current.id }), '已归档')
  }
  return (
    <View className='staff-card station-status-panel'>
      <Text className='staff-card__title'>状态：{STATION_STATUS_LABELS[current.status]}</Text>
      {current.status === 'suspended' && <Text className='staff-line station-closure'>{closureText(current.closure)}</Text>}
      {current.status === 'active' && (
        <>
          <Input className='station-suspend-reason' value={reason} onChange={setReason} placeholder='暂停原因，如 饮水机维修' maxLength={40} />
          <Input className='station-suspend-until' value={reopenOn} onChange={setReopenOn} placeholder='预计恢复日期（可不填），如 2026-12-03' maxLength={10} />
          <Button className='nx-big-button station-suspend' block disabled={!reason.trim()} onClick={suspend}>
            暂停开放
          </Button>
        </>
      )}
      {current.status !== 'active' && (
        <Button className='nx-big-button station-reopen' type='primary' block onClick={reopen}>
          恢复开放
        </Button>
      )}
      {current.status !== 'archived' && (
        <Button className='nx-big-button station-archive' fill='outline' block onClick={archive}>
          归档
        </Button>
      )}
      {message && <Text className='staff-line station-status-message'>{message}</Text>}
    </View>
  )
}
