// The hours cases riders meet, each checked against the rule it comes from. Calendar facts are the State Council's
// notice on the 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知): 国庆 10月1日–7日 off, Saturday 10月10日 a make-up working day;
// 劳动节 5月1日–5日 off, Saturday 5月9日 a make-up working day. 2026-11-28 is an ordinary Saturday.
import { openState } from '@/cloudfunctions/api/stations/openingHours'
import { dayKind } from '@/cloudfunctions/api/stations/holidayCalendar'
import type { OpeningHours } from '@/types/stations'

const sh = (iso: string) => new Date(`${iso}+08:00`)
const at = (iso: string) => sh(iso).toISOString()
const WEEKDAYS = [1, 2, 3, 4, 5]
const officeHours: OpeningHours = {
  periods: [
    { days: WEEKDAYS, open: '09:00', close: '17:00' },
    { days: [0, 6], open: '10:00', close: '16:00' },
  ],
}

describe('the official calendar', () => {
  it('knows public holidays and make-up working days from chinese-days', () => {
    expect(dayKind('2026-10-01', 4)).toBe('publicHoliday')
    expect(dayKind('2026-10-03', 6)).toBe('publicHoliday') // a Saturday inside the National Day break
    expect(dayKind('2026-10-10', 6)).toBe('makeUpWorkday')
    expect(dayKind('2026-05-09', 6)).toBe('makeUpWorkday')
    expect(dayKind('2026-11-28', 6)).toBe('ordinary')
    expect(dayKind('2026-11-27', 5)).toBe('ordinary')
  })
})

describe('opening hours', () => {
  it('overnight: open at 02:00 from the evening before, closing at 06:00, reopening at 20:00', () => {
    const hours: OpeningHours = { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '20:00', close: '06:00' }] }
    const night = openState(hours, sh('2026-11-27T02:00:00'))
    expect(night).toMatchObject({ openNow: true, nextOpeningAt: null })
    expect(night.closesAt?.toISOString()).toBe(at('2026-11-27T06:00:00'))
    const day = openState(hours, sh('2026-11-27T12:00:00'))
    expect(day.openNow).toBe(false)
    expect(day.nextOpeningAt?.toISOString()).toBe(at('2026-11-27T20:00:00'))
  })

  it('24 h: open at any hour, on holidays too, and never closing', () => {
    const hours: OpeningHours = { always: true, periods: [] }
    for (const when of ['2026-11-29T03:00:00', '2026-10-01T23:59:00', '2026-11-28T00:00:00']) {
      expect(openState(hours, sh(when))).toEqual({ openNow: true, nextOpeningAt: null, closesAt: null })
    }
  })

  it('a public holiday, closed: shut on 10月1日 (a Thursday) and open again on the first day after the break', () => {
    const closedOnHolidays: OpeningHours = { ...officeHours, onPublicHoliday: 'closed' }
    const holiday = openState(closedOnHolidays, sh('2026-10-01T10:00:00'))
    expect(holiday.openNow).toBe(false)
    expect(holiday.nextOpeningAt?.toISOString()).toBe(at('2026-10-08T09:00:00'))
    // the same Thursday hours without the rule: open as usual
    expect(openState(officeHours, sh('2026-10-01T10:00:00')).openNow).toBe(true)
    // kept as a weekend: Sunday's 10:00–16:00, so 09:30 is closed and 10:30 open
    const asWeekend: OpeningHours = { ...officeHours, onPublicHoliday: 'weekend' }
    expect(openState(asWeekend, sh('2026-10-01T09:30:00')).openNow).toBe(false)
    expect(openState(asWeekend, sh('2026-10-01T10:30:00')).closesAt?.toISOString()).toBe(at('2026-10-01T16:00:00'))
  })

  it('a make-up working Saturday, open per weekday hours: 10月10日 09:30 open until 17:00', () => {
    const followsWorkdays: OpeningHours = { ...officeHours, onMakeUpWorkday: 'weekday' }
    const saturday = openState(followsWorkdays, sh('2026-10-10T09:30:00'))
    expect(saturday.openNow).toBe(true)
    expect(saturday.closesAt?.toISOString()).toBe(at('2026-10-10T17:00:00'))
    // an ordinary Saturday keeps the weekend hours: 09:30 is before its 10:00 opening
    expect(openState(followsWorkdays, sh('2026-11-28T09:30:00')).openNow).toBe(false)
    // weekday-only hours without the rule: closed on the make-up Saturday
    const weekdaysOnly: OpeningHours = { periods: [{ days: WEEKDAYS, open: '09:00', close: '17:00' }] }
    expect(openState(weekdaysOnly, sh('2026-10-10T09:30:00')).openNow).toBe(false)
    expect(openState({ ...weekdaysOnly, onMakeUpWorkday: 'weekday' }, sh('2026-10-10T09:30:00')).openNow).toBe(true)
  })
})
