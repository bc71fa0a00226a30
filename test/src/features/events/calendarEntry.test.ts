// Add to calendar (issue 18 part 5): the phone calendar's options and the .ics file carry the event's instants, so a
// phone in any zone shows the Shanghai time; the .ics is RFC 5545 with UTC times (`Z`).
import { eventIcs, phoneCalendarOptions, CALENDAR_ALARM_BEFORE_S } from '@/src/features/events/calendar/calendarEntry'

const EVENT = {
  id: 'ev-demo-market',
  title: '便民超市·周末惠民集市',
  description: '蔬果、理发、磨刀',
  organiser: '新华路街区党支部',
  // 09:30–12:00 in Shanghai (UTC+8) = 01:30–04:00 UTC.
  startAt: '2026-12-05T01:30:00.000Z',
  endAt: '2026-12-05T04:00:00.000Z',
  place: { name: '番禺路幸福里广场', address: '长宁区番禺路 381 号', lat: 31.2007, lng: 121.4331 },
}

/** RFC 5545 §3.1: a content line longer than 75 octets is folded with CRLF + one space; unfold before reading. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')
const property = (ics: string, name: string) =>
  unfold(ics)
    .split('\r\n')
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))

describe('.ics for h5', () => {
  const ics = eventIcs(EVENT, 'http://127.0.0.1:8787/#/features/events/subpages/detail/index?id=ev-demo-market')

  it('is one VEVENT in a VCALENDAR 2.0, lines ending in CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(property(ics, 'VERSION')).toBe('VERSION:2.0')
    expect(unfold(ics).match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
  })

  it('starts and ends at the Shanghai times, written in UTC with Z', () => {
    expect(property(ics, 'DTSTART')).toBe('DTSTART:20261205T013000Z')
    expect(property(ics, 'DTEND')).toBe('DTEND:20261205T040000Z')
  })

  it('names the event, the place and a stable UID, and reminds an hour before', () => {
    expect(property(ics, 'SUMMARY')).toBe(`SUMMARY:${EVENT.title}`)
    expect(property(ics, 'LOCATION')).toContain('番禺路幸福里广场')
    expect(property(ics, 'UID')).toBe('UID:ev-demo-market@nuanxin-block')
    expect(property(ics, 'TRIGGER')).toBe('TRIGGER:-PT1H')
  })
})

describe('wx.addPhoneCalendar options for weapp', () => {
  it('gives start and end as unix seconds of the instants, and a reminder an hour before', () => {
    expect(phoneCalendarOptions(EVENT)).toEqual({
      title: EVENT.title,
      startTime: Date.UTC(2026, 11, 5, 1, 30) / 1000,
      endTime: Date.UTC(2026, 11, 5, 4, 0) / 1000,
      location: '番禺路幸福里广场（长宁区番禺路 381 号）',
      description: '新华路街区党支部 · 暖新街区',
      alarm: true,
      alarmOffset: 3600,
    })
    expect(CALENDAR_ALARM_BEFORE_S).toBe(60 * 60)
  })
})
