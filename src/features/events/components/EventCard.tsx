import { Text, View } from '@tarojs/components'
import type { EventSummary } from '@/types/events'
import { EVENT_AUDIENCE_LABELS, EVENT_KIND_LABELS } from '@/types/events.vocab'
import { Tag } from '@/src/shared/ui/nutui'
import { eventTimeText } from '../format'
import { SeatsBar } from './SeatsBar'
import './EventCard.scss'

/** One event in a list: what, when, where, and how many seats are left. */
export function EventCard({ event, onOpen }: { event: EventSummary; onOpen: (event: EventSummary) => void }) {
  return (
    <View className='event-card' onClick={() => onOpen(event)}>
      <View className='event-card__tags'>
        <Tag type='primary' plain>
          {EVENT_KIND_LABELS[event.kind]}
        </Tag>
        {event.audience !== 'all' && <Tag type='warning'>{EVENT_AUDIENCE_LABELS[event.audience]}</Tag>}
        {event.status !== 'published' && <Tag>{event.status === 'draft' ? '草稿' : '已取消'}</Tag>}
      </View>
      <Text className='event-title'>{event.title}</Text>
      <Text className='event-card__line'>🕘 {eventTimeText(event.startAt, event.endAt)}</Text>
      <Text className='event-card__line'>📍 {event.placeName}</Text>
      <SeatsBar event={event} />
    </View>
  )
}
