import { View } from '@tarojs/components'
import { useState } from 'react'
import type { EventView } from '@/types/events'
import { Button } from '@/src/shared/ui/nutui'
import { addToPhoneCalendar } from './phoneCalendar'

/** weapp: into the phone's calendar (asks for scope.addPhoneCalendar, only from a tap); h5: downloads an .ics file (phoneCalendar.ts / .h5.ts). */
export function AddToCalendar({ event }: { event: EventView }) {
  const [note, setNote] = useState<string | null>(null)
  const add = async () => {
    const line = await addToPhoneCalendar(event)
    if (line) setNote(line)
  }
  return (
    <>
      <Button className='nx-big-button event-add-calendar' block onClick={add}>
        加入日历
      </Button>
      {note && <View className='event-add-calendar-note'>{note}</View>}
    </>
  )
}
