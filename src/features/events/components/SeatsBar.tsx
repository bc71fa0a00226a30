import { Text, View } from '@tarojs/components'
import type { EventSummary } from '@/types/events'
import { Progress } from '@/src/shared/ui/nutui'
import { seatsText } from '../format'
import './SeatsBar.scss'

/** Seats taken as a bar, with the words a glance needs. */
export function SeatsBar({ event }: { event: Pick<EventSummary, 'capacity' | 'seatsTaken' | 'seatsLeft' | 'waitlistEnabled'> }) {
  const percent = Math.min(100, Math.round((event.seatsTaken / event.capacity) * 100))
  return (
    <View className='seats-bar'>
      <Progress percent={percent} color={event.seatsLeft === 0 ? '#999' : '#c8161d'} strokeWidth='8' />
      <Text className={`seats-text${event.seatsLeft === 0 ? ' seats-text--full' : ''}`}>{seatsText(event)}</Text>
    </View>
  )
}
