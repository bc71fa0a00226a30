import { ScrollView, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '@/types/events.vocab'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { EventCard } from '@/src/features/events/components/EventCard'
import { eventDetailUrl, MY_EVENTS_PAGE } from '@/src/features/events/routes'
import { useEventList } from '@/src/features/events/useEvents'
import './index.scss'
import { EmergencyBanner } from '@/src/features/notices/components/EmergencyBanner'
import { useSharing } from '@/src/shared/share/useSharing'
import { TextScaleMeta } from '@/src/features/me/components/TextScaleMeta'
import { HomeBlockNudge } from '@/src/features/org/HomeBlockNudge'

/** The 活动 tab: upcoming events, by kind, seats left at a glance. */
const EVENTS_TAB_SHARE = { title: '暖新街区 · 街区活动报名', page: 'features/events/pages/list/index', query: {} }

export default function EventListPage() {
  useSharing(EVENTS_TAB_SHARE)
  const [kind, setKind] = useState<EventKind | null>(null)
  const list = useEventList(kind)
  usePullDownRefresh(() => {
    list.reload()
    Taro.stopPullDownRefresh()
  })

  const chip = (value: EventKind | null, label: string) => (
    <View key={label} className={`kind-chip kind-chip-${value ?? 'all'}${kind === value ? ' kind-chip--on' : ''}`} onClick={() => setKind(value)}>
      {label}
    </View>
  )
  return (
    <>
      <TextScaleMeta />
      <View className='event-list-page'>
        <EmergencyBanner />
        <HomeBlockNudge what='活动' />
        <ScrollView scrollX className='kind-chips'>
          {chip(null, '全部')}
          {EVENT_KINDS.map((k) => chip(k, EVENT_KIND_LABELS[k]))}
        </ScrollView>
        <Button className='nx-big-button my-events-button' fill='outline' block onClick={() => Taro.navigateTo({ url: MY_EVENTS_PAGE })}>
          我的活动
        </Button>
        <QueryView
          query={list}
          pending={list.loading && !list.data}
          isEmpty={(data) => data.events.length === 0}
          empty={
            <Empty
              className='event-empty'
              status='empty'
              title={kind ? `近期没有${EVENT_KIND_LABELS[kind]}` : '近期没有活动'}
              description='过几天再来看看，或看看其他类别'
            />
          }
        >
          {({ events }) => (
            <View className='event-list'>
              <Text className='event-count'>近期 {events.length} 场活动</Text>
              {events.map((event) => (
                <EventCard key={event.id} event={event} onOpen={(e) => Taro.navigateTo({ url: eventDetailUrl(e.id) })} />
              ))}
            </View>
          )}
        </QueryView>
      </View>
    </>
  )
}
