import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { EVENT_AUDIENCE_LABELS, EVENT_KIND_LABELS } from '@/types/events.vocab'
import { recordIdFromPageParams } from '@/types/posters.vocab'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { DataAge, ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { EventRoute } from '@/src/features/events/components/EventRoute'
import { AddToCalendar } from '@/src/features/events/calendar/AddToCalendar'
import { MySignupPanel } from '@/src/features/events/components/MySignupPanel'
import { CompanionsPanel } from '@/src/features/events/components/CompanionsPanel'
import { SeatsBar } from '@/src/features/events/components/SeatsBar'
import { SignupPanel } from '@/src/features/events/components/SignupPanel'
import { eventTimeText, shortTime } from '@/src/features/events/format'
import { EVENTS_TAB, staffRosterUrl } from '@/src/features/events/routes'
import { useEvent } from '@/src/features/events/useEvents'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { openOnMap } from '@/src/shared/platform/openMap'
import { useSharing } from '@/src/shared/share/useSharing'
import { eventShare } from '@/src/features/events/share'
import './index.scss'

export default function EventDetailPage() {
  const { params } = useRouter()
  // `id` from a link, `scene` from a poster's mini-program code (types/posters.vocab.ts).
  const id = recordIdFromPageParams(params)
  const invite = params.invite ? decodeURIComponent(params.invite) : undefined
  const query = useEvent(id, invite)
  const { data: event, error, reload } = query
  useSharing(event ? eventShare(event, invite) : null)

  if (!id || error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN') {
    return (
      <View className='event-detail event-not-found'>
        <Empty
          status='empty'
          title={error?.code === 'FORBIDDEN' ? '暂时不能查看这个活动' : '没有找到这个活动'}
          description={error?.message ?? '它可能已经取消'}
        />
        <Button className='nx-big-button' type='primary' block onClick={() => Taro.switchTab({ url: EVENTS_TAB })}>
          看看其他活动
        </Button>
      </View>
    )
  }
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!event) return <LoadingRows rows={3} />

  return (
    <View className='event-detail'>
      <DataAge query={query} />
      <PrivacyPopup />
      <View className='event-detail__head'>
        <View className='event-detail__tags'>
          <Tag type='primary' plain>
            {EVENT_KIND_LABELS[event.kind]}
          </Tag>
          {event.audience !== 'all' && <Tag type='warning'>{EVENT_AUDIENCE_LABELS[event.audience]}</Tag>}
        </View>
        <Text className='event-detail-title'>{event.title}</Text>
        <SeatsBar event={event} />
        {event.waitlistCount > 0 && <Text className='event-detail-waiting'>{event.waitlistCount} 人候补中</Text>}
      </View>

      {event.mine ? <MySignupPanel mine={event.mine} companions={event.companions} /> : <SignupPanel event={event} invite={invite} />}
      <CompanionsPanel event={event} invite={invite} />

      <CellGroup>
        <Cell className='event-detail-time' title='时间' description={eventTimeText(event.startAt, event.endAt)} />
        <Cell
          className='event-detail-place'
          title='地点'
          description={`${event.place.name}｜${event.place.address}`}
          extra='导航 ›'
          clickable
          onClick={() => openOnMap(event.place)}
        />
        <Cell title='组织方' extra={event.organiser} />
        <Cell title='报名截止' extra={shortTime(event.signupDeadline)} />
        <Cell title='取消截止' extra={shortTime(event.cancelDeadline)} />
      </CellGroup>
      <AddToCalendar event={event} />

      {event.sessions.length > 0 && (
        <>
          <View className='nx-section-title'>课程安排（一次报名，全程参加）</View>
          <CellGroup>
            {event.sessions.map((s) => (
              <Cell key={s.startAt} className='event-session' title={s.title} description={eventTimeText(s.startAt, s.endAt)} />
            ))}
          </CellGroup>
        </>
      )}
      {event.route && <EventRoute name={event.route.name} waypoints={event.route.waypoints} />}
      {event.description && (
        <>
          <View className='nx-section-title'>活动介绍</View>
          <Text className='event-detail-description'>{event.description}</Text>
        </>
      )}
      {event.canManage && (
        <Button className='nx-big-button' fill='outline' block onClick={() => Taro.navigateTo({ url: staffRosterUrl(event.id) })}>
          报名名单与签到（工作人员）
        </Button>
      )}
    </View>
  )
}
