import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HOURS_SOURCE_LABELS } from '@/types/teams.vocab'
import { Button, Empty, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { HOURS_RULE_NOTE, minutesText, recordTimeText } from '@/src/features/teams/format'
import { TEAMS_PAGE } from '@/src/features/teams/routes'
import { useMyHours } from '@/src/features/teams/useTeams'
import { HoursCertificatePanel } from '@/src/features/hours/HoursCertificatePanel'
import '@/src/features/teams/teams.scss'

/** The volunteer's total and each activity's minutes; a staff correction shows with its reason. */
export default function MyHoursPage() {
  const { data, error, loading, reload } = useMyHours()
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (loading && !data) return <LoadingRows />
  const records = data?.records ?? []
  return (
    <View className='teams-page my-hours'>
      <View className='teams-card'>
        <Text className='teams-card__line'>累计志愿时长</Text>
        <Text className='teams-total my-hours-total'>{minutesText(data?.totalMinutes ?? 0)}</Text>
        <Text className='teams-note'>时长来自你在活动现场的签到、签退（不使用定位），{HOURS_RULE_NOTE}；如有出入请联系网格员更正。</Text>
      </View>
      {records.length > 0 && <HoursCertificatePanel />}
      {records.length === 0 && (
        <View>
          <Empty title='还没有志愿时长' description='加入一支志愿队，参加活动时签到签退' />
          <Button className='nx-big-button' type='primary' block onClick={() => Taro.navigateTo({ url: TEAMS_PAGE })}>
            看看志愿队
          </Button>
        </View>
      )}
      {records.map((r) => (
        <View key={r.activityId} className={`teams-card my-hours-record my-hours-record-${r.activityId}`}>
          <View className='teams-card__head'>
            <Text className='teams-card__title'>{r.activityTitle}</Text>
            <Tag type={r.source === 'staff' ? 'warning' : 'success'}>{HOURS_SOURCE_LABELS[r.source]}</Tag>
          </View>
          <Text className='teams-card__line'>{recordTimeText(r.checkInAt, r.checkOutAt)}</Text>
          <Text className='teams-card__line my-hours-minutes'>{r.checkOutAt ? minutesText(r.minutes) : '已签到，尚未签退'}</Text>
          {r.source === 'staff' && <Text className='teams-note my-hours-corrected'>工作人员已更正{r.note ? `：${r.note}` : ''}</Text>}
        </View>
      ))}
    </View>
  )
}
