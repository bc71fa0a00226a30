import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActivityView } from '@/types/teams'
import { HOURS_SOURCE_LABELS } from '@/types/teams.vocab'
import { Button, Tag } from '@/src/shared/ui/nutui'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { activityTimeText, clockText, HOURS_RULE_NOTE, minutesText } from '../format'

const PHASE_TAGS = { upcoming: ['即将开始', 'default'], open: ['进行中 · 可签到', 'success'], ended: ['已结束', 'default'] } as const

/** One activity; for a member, 签到 while check-in is open and 签退 once checked in, with the minutes recorded. */
export function ActivityCard({ activity, isMember }: { activity: ActivityView; isMember: boolean }) {
  const checkIn = useApiMutation('hours.checkIn', () => {
    Taro.showToast({ title: '已签到', icon: 'success' })
  })
  const checkOut = useApiMutation('hours.checkOut', () => {
    Taro.showToast({ title: '已签退', icon: 'success' })
  })
  const mine = activity.mine
  const [phaseLabel, phaseType] = PHASE_TAGS[activity.phase]
  const canCheckIn = isMember && activity.phase === 'open' && !mine?.checkInAt
  // A forgotten 签退 still counts after the end (the server caps it an hour past), so the button stays.
  const canCheckOut = isMember && !!mine?.checkInAt && !mine.checkOutAt && mine.source === 'self'
  return (
    <View className={`teams-card activity-card activity-card-${activity.id}${activity.phase === 'open' ? ' teams-card--active' : ''}`}>
      <View className='teams-card__head'>
        <Text className='teams-card__title'>{activity.title}</Text>
        <Tag type={phaseType}>{phaseLabel}</Tag>
      </View>
      <Text className='teams-card__line'>{activityTimeText(activity.startsAt, activity.endsAt)}</Text>
      <Text className='teams-card__line'>{activity.place}</Text>
      {mine && (
        <Text className='teams-card__line activity-mine'>
          签到 {clockText(mine.checkInAt)} · 签退 {clockText(mine.checkOutAt)} · 记录 {minutesText(mine.minutes)}（{HOURS_SOURCE_LABELS[mine.source]}）
        </Text>
      )}
      {mine?.note && <Text className='teams-note'>工作人员备注：{mine.note}</Text>}
      {canCheckIn && (
        <Button
          className='nx-big-button activity-check-in'
          type='primary'
          block
          loading={checkIn.busy}
          onClick={() => checkIn.mutate({ activityId: activity.id })}
        >
          签到
        </Button>
      )}
      {canCheckOut && (
        <Button
          className='nx-big-button activity-check-out'
          type='primary'
          block
          loading={checkOut.busy}
          onClick={() => checkOut.mutate({ activityId: activity.id })}
        >
          签退
        </Button>
      )}
      {(canCheckIn || canCheckOut) && <Text className='teams-note'>无需定位，到场后点一下即可；{HOURS_RULE_NOTE}。</Text>}
    </View>
  )
}
