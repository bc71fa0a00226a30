import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ActivityView } from '@/types/teams'
import { HOURS_SOURCE_LABELS } from '@/types/teams.vocab'
import { clockText, HOURS_RULE_NOTE, minutesText } from '@/src/features/teams/format'
import { useAttendance } from '@/src/features/teams/useTeams'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { CorrectionForm } from './CorrectionForm'

/** One activity's attendance: every team member (and anyone with a record), what they recorded, and the override. */
export function Attendance({ activity }: { activity: ActivityView }) {
  const { data, error, reload } = useAttendance(activity.id)
  const [open, setOpen] = useState<string | null>(null)
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows rows={2} />
  const saved = () => {
    setOpen(null)
  }
  return (
    <View className='attendance'>
      <Text className='teams-note'>{HOURS_RULE_NOTE}：队员签到有出入、室内无信号或忘记签退时，在这里登记实际时长。</Text>
      {data.members.length === 0 && <Empty title='这支队伍还没有队员' />}
      {data.members.map((person, i) => {
        const record = data.records.find((r) => r.openid === person.openid)
        return (
          <View key={person.openid} className={`teams-card attendance-row attendance-row-${i}`}>
            <Text className='teams-card__title'>{person.name}</Text>
            <Text className='teams-card__line attendance-record'>
              {record
                ? `签到 ${clockText(record.checkInAt)} · 签退 ${clockText(record.checkOutAt)} · ${minutesText(record.minutes)}（${HOURS_SOURCE_LABELS[record.source]}）`
                : '未签到'}
            </Text>
            {record?.note && <Text className='teams-note'>备注：{record.note}</Text>}
            {open === person.openid ? (
              <CorrectionForm activity={activity} openid={person.openid} record={record} onSaved={saved} />
            ) : (
              <Button className='nx-big-button attendance-correct' block onClick={() => setOpen(person.openid)}>
                {record ? '更正时长' : '补登时长'}
              </Button>
            )}
          </View>
        )
      })}
    </View>
  )
}
