import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { EventView } from '@/types/events'
import { safeFileName } from '@/types/text'
import { Button } from '@/src/shared/ui/nutui'
import { eventIcs, phoneCalendarOptions } from './calendarEntry'

/** weapp: into the phone's calendar (asks for scope.addPhoneCalendar, only from a tap); h5: downloads an .ics file. */
export function AddToCalendar({ event }: { event: EventView }) {
  const [note, setNote] = useState<string | null>(null)
  const add = async () => {
    if (process.env.TARO_ENV === 'h5') {
      const blob = new Blob([eventIcs(event, window.location.href)], { type: 'text/calendar;charset=utf-8' })
      const link = document.createElement('a')
      link.href = URL.createObjectURL(blob)
      link.download = `${safeFileName(event.title, '活动')}.ics`
      link.click()
      URL.revokeObjectURL(link.href)
      setNote('已下载日历文件，打开即可加入日历')
      return
    }
    try {
      // Taro's typings copy an old doc's `endTime: string`; WeChat's current doc (and the start time) say number (seconds).
      await Taro.addPhoneCalendar(phoneCalendarOptions(event) as unknown as Taro.addPhoneCalendar.Option)
      setNote('已加入手机日历，开始前 1 小时提醒')
    } catch (error) {
      const message = String((error as { errMsg?: string })?.errMsg ?? error)
      if (/auth den|deny/i.test(message)) {
        const { confirm } = await Taro.showModal({ title: '需要日历权限', content: '加入日历需要允许“添加到日历”，去设置里打开？', confirmText: '去设置' })
        if (confirm) await Taro.openSetting()
      } else if (!/cancel/i.test(message)) setNote(`没能加入日历：${message}`)
    }
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
