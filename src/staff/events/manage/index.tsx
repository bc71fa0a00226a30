import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { isStaff, useMe } from '@/src/features/me/useMe'
import { EventCard } from '@/src/features/events/components/EventCard'
import { staffEditUrl, staffRosterUrl } from '@/src/features/events/routes'
import { useManagedEvents } from '@/src/features/events/useEvents'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows, QueryView } from '@/src/shared/ui/QueryStates'
import './index.scss'

/** The events this staff member runs (admins: all): open one for its roster and check-in. */
export default function StaffEventsPage() {
  const me = useMe()
  const allowed = isStaff(me.data?.roles)
  const list = useManagedEvents(allowed)

  if (me.error) return <ErrorState message={me.error.message} onRetry={me.reload} />
  if (!me.data) return <LoadingRows rows={2} />
  if (!allowed) return <Empty className='staff-forbidden' status='empty' title='仅限网格员和街道管理员' />
  return (
    <View className='staff-events'>
      <Button className='nx-big-button new-event-button' type='primary' block onClick={() => Taro.navigateTo({ url: staffEditUrl() })}>
        发布新活动
      </Button>
      <QueryView
        query={list}
        pending={list.loading && !list.data}
        isEmpty={(data) => data.events.length === 0}
        empty={<Empty status='empty' title='还没有你负责的活动' description='点上方按钮发布第一场' />}
      >
        {({ events }) => events.map((event) => <EventCard key={event.id} event={event} onOpen={(e) => Taro.navigateTo({ url: staffRosterUrl(e.id) })} />)}
      </QueryView>
    </View>
  )
}
