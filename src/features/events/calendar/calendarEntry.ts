// An event in the phone's calendar: the same facts for wx.addPhoneCalendar (weapp) and an .ics file (h5).
import { createEvent } from 'ics'
import type { EventView } from '@/types/events'

/** A reminder this long before the start (seconds): an hour to get there. */
export const CALENDAR_ALARM_BEFORE_S = 3600

/**
 * The options of wx.addPhoneCalendar (developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneCalendar.html):
 * startTime / endTime are unix timestamps in SECONDS — instants, so the phone shows them in its own zone and a
 * Shanghai event stays at its Shanghai time.
 */
export function phoneCalendarOptions(event: Pick<EventView, 'title' | 'startAt' | 'endAt' | 'place' | 'organiser'>) {
  return {
    title: event.title,
    startTime: Math.floor(Date.parse(event.startAt) / 1000),
    endTime: Math.floor(Date.parse(event.endAt) / 1000),
    location: `${event.place.name}（${event.place.address}）`,
    description: `${event.organiser} · 暖新街区`,
    alarm: true,
    alarmOffset: CALENDAR_ALARM_BEFORE_S,
  }
}

/**
 * The event as an iCalendar file (RFC 5545, written by the `ics` library): DTSTART / DTEND in UTC with `Z` (RFC 5545
 * §3.3.5 form #2), so every calendar shows the Shanghai time right; one VALARM an hour before. `url` links back.
 * Throws when `ics` refuses the event (it validates every field).
 */
export function eventIcs(event: Pick<EventView, 'id' | 'title' | 'startAt' | 'endAt' | 'place' | 'organiser' | 'description'>, url?: string): string {
  const { error, value } = createEvent({
    uid: `${event.id}@nuanxin-block`,
    title: event.title,
    description: event.description,
    location: `${event.place.name}（${event.place.address}）`,
    geo: { lat: event.place.lat, lon: event.place.lng },
    organizer: { name: event.organiser },
    start: Date.parse(event.startAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(event.endAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    productId: 'nuanxin-block/events',
    ...(url ? { url } : {}),
    alarms: [{ action: 'display', description: event.title, trigger: { hours: 1, before: true } }],
  })
  if (error || !value) throw error ?? new Error('日历文件生成失败')
  return value
}
