import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ActivityView, HoursView } from '@/types/teams'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { correctedSpan } from './draft'

/** The staff override: how many minutes this person served, and why the record changes. */
export function CorrectionForm({ activity, openid, record, onSaved }: { activity: ActivityView; openid: string; record?: HoursView; onSaved: () => void }) {
  const planned = Math.round((new Date(activity.endsAt).getTime() - new Date(activity.startsAt).getTime()) / 60_000)
  const [minutes, setMinutes] = useState(String(record?.checkOutAt ? record.minutes : planned))
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const { mutate: submit, busy } = useApiMutation('hours.correct', () => {
    Taro.showToast({ title: '已更正', icon: 'success' })
    onSaved()
  })
  const save = () => {
    const n = Number(minutes)
    if (!Number.isInteger(n) || n <= 0 || n > 24 * 60) return setProblem('时长请填 1 到 1440 之间的整数分钟')
    setProblem(null)
    submit({ activityId: activity.id, openid, ...correctedSpan(record?.checkInAt ?? activity.startsAt, n), note: note.trim() })
  }
  return (
    <View className='correction-form'>
      <Text className='teams-form__label'>实际服务时长（分钟）</Text>
      <Input className='correction-minutes' type='number' value={minutes} onChange={setMinutes} />
      <Text className='teams-form__label'>更正原因（志愿者会看到）</Text>
      <Input className='correction-note' value={note} onChange={setNote} maxLength={100} placeholder='例如：室内无信号，忘记签退' />
      {problem && <Text className='teams-note'>{problem}</Text>}
      <Button className='nx-big-button correction-save' type='primary' block loading={busy} disabled={!note.trim()} onClick={save}>
        保存更正
      </Button>
    </View>
  )
}
