import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { SIGNUP_STATUS_LABELS } from '@/types/events.vocab'
import { Button, Empty, Tag } from '@/src/shared/ui/nutui'
import { QrCodeImage } from '@/src/shared/ui/QrCodeImage'
import { DataAge, ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { eventTimeText } from '@/src/features/events/format'
import { eventDetailUrl, EVENTS_TAB } from '@/src/features/events/routes'
import { useMyEvents } from '@/src/features/events/useEvents'
import './index.scss'

/**
 * Every event the person signed up for, with where they stand; tap one for details or to cancel. 出示签到码 shows the
 * personal check-in code right here — this list is kept on the device, so it shows at the venue with no signal.
 */
export default function MyEventsPage() {
  const mine = useMyEvents()
  const [codeShown, setCodeShown] = useState<string | null>(null)

  if (mine.error) return <ErrorState message={mine.error.message} onRetry={mine.reload} />
  if (mine.loading && !mine.data) return <LoadingRows />
  const items = mine.data?.items ?? []
  if (items.length === 0) {
    return (
      <View className='my-events my-events-empty'>
        <Empty status='empty' title='还没有报名活动' description='去活动页看看街区最近有什么' />
        <Button className='nx-big-button' type='primary' block onClick={() => Taro.switchTab({ url: EVENTS_TAB })}>
          去看活动
        </Button>
      </View>
    )
  }
  return (
    <View className='my-events'>
      <DataAge query={mine} />
      {items.map(({ event, signup }) => (
        <View key={signup.signupId} className={`my-event my-event-${signup.status}`} onClick={() => Taro.navigateTo({ url: eventDetailUrl(event.id) })}>
          <View className='my-event__head'>
            <Text className='my-event-title'>{event.title}</Text>
            {/* A cancelled event is never a green 已报名, even for a sign-up written before cancelling settled it. */}
            {event.status === 'cancelled' ? (
              <Tag className='my-event-status' type='default'>
                活动已取消
              </Tag>
            ) : (
              <Tag className='my-event-status' type={signup.status === 'seated' ? 'success' : signup.status === 'waitlisted' ? 'warning' : 'default'}>
                {SIGNUP_STATUS_LABELS[signup.status]}
                {signup.position ? ` 第 ${signup.position} 位` : ''}
              </Tag>
            )}
          </View>
          {signup.companion && <Text className='my-event__line my-event-companion'>家人/同行人：{signup.companion.name}</Text>}
          <Text className='my-event__line'>{eventTimeText(event.startAt, event.endAt)}</Text>
          <Text className='my-event__line'>
            {event.placeName}
            {signup.checkedInAt ? ' · 已签到' : ''}
            {event.status === 'cancelled' ? ' · 活动已取消' : ''}
          </Text>
          {signup.checkinCode && !signup.checkedInAt && event.status !== 'cancelled' && (
            <View
              className='my-event-code'
              onClick={(e) => {
                e.stopPropagation()
                setCodeShown(codeShown === signup.signupId ? null : signup.signupId)
              }}
            >
              <Text className='my-event-code__toggle'>{codeShown === signup.signupId ? '收起签到码' : '出示签到码'}</Text>
              {codeShown === signup.signupId && <QrCodeImage content={signup.checkinCode} />}
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
