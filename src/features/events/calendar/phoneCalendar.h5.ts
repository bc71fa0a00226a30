// h5 (the local debug build; the mini-program takes phoneCalendar.ts): the browser downloads an .ics file.
import type { EventView } from '@/types/events'
import { safeFileName } from '@/types/text'
import { eventIcs } from './calendarEntry'

/** Downloads the event as `<title>.ics` (RFC 5545, calendarEntry.ts) and answers the line to show under the button. */
export async function addToPhoneCalendar(event: EventView): Promise<string | null> {
  const blob = new Blob([eventIcs(event, window.location.href)], { type: 'text/calendar;charset=utf-8' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `${safeFileName(event.title, '活动')}.ics`
  link.click()
  URL.revokeObjectURL(link.href)
  return '已下载日历文件，打开即可加入日历'
}
