import { minuteOfWeek, openState, weekIntervals, MINUTES_PER_WEEK } from '@/cloudfunctions/api/stations/openingHours'
import type { OpeningHours } from '@/types/stations'

/** A Shanghai wall-clock time as an instant (UTC+8). */
const sh = (iso: string) => new Date(`${iso}+08:00`)
const everyDay = [0, 1, 2, 3, 4, 5, 6]

describe('minuteOfWeek', () => {
  it('counts from Sunday 00:00 in Shanghai, whatever the server zone', () => {
    expect(minuteOfWeek(sh('2026-11-29T00:00:00'))).toBe(0) // a Sunday
    expect(minuteOfWeek(sh('2026-11-30T08:30:00'))).toBe(24 * 60 + 8 * 60 + 30) // Monday
    expect(minuteOfWeek(sh('2026-11-28T23:59:00'))).toBe(MINUTES_PER_WEEK - 1) // Saturday
    expect(minuteOfWeek(new Date('2026-11-28T16:00:00Z'))).toBe(0) // UTC Saturday 16:00 is Sunday 00:00 Shanghai
  })
})

describe('openState', () => {
  const daytime: OpeningHours = { periods: [{ days: everyDay, open: '08:00', close: '20:00' }] }
  const overnight: OpeningHours = { periods: [{ days: everyDay, open: '18:00', close: '06:00' }] }

  it('is open inside daytime hours and says when it closes', () => {
    const state = openState(daytime, sh('2026-11-27T12:00:00'))
    expect(state.openNow).toBe(true)
    expect(state.closesAt?.toISOString()).toBe(sh('2026-11-27T20:00:00').toISOString())
    expect(state.nextOpeningAt).toBeNull()
  })

  it('is closed at the closing minute and opens next morning', () => {
    const state = openState(daytime, sh('2026-11-27T20:00:00'))
    expect(state.openNow).toBe(false)
    expect(state.nextOpeningAt?.toISOString()).toBe(sh('2026-11-28T08:00:00').toISOString())
  })

  it('keeps an overnight station open across midnight', () => {
    const lateNight = openState(overnight, sh('2026-11-28T02:30:00'))
    expect(lateNight.openNow).toBe(true)
    expect(lateNight.closesAt?.toISOString()).toBe(sh('2026-11-28T06:00:00').toISOString())
    const evening = openState(overnight, sh('2026-11-27T23:00:00'))
    expect(evening.closesAt?.toISOString()).toBe(sh('2026-11-28T06:00:00').toISOString())
    const noon = openState(overnight, sh('2026-11-27T12:00:00'))
    expect(noon).toMatchObject({ openNow: false })
    expect(noon.nextOpeningAt?.toISOString()).toBe(sh('2026-11-27T18:00:00').toISOString())
  })

  it('carries a Saturday-night period into Sunday morning', () => {
    const hours: OpeningHours = { periods: [{ days: [6], open: '22:00', close: '04:00' }] }
    expect(openState(hours, sh('2026-11-29T03:00:00')).openNow).toBe(true) // Sunday 03:00
    expect(openState(hours, sh('2026-11-29T04:00:00')).openNow).toBe(false)
    expect(openState(hours, sh('2026-11-29T04:00:00')).nextOpeningAt?.toISOString()).toBe(sh('2026-12-05T22:00:00').toISOString())
  })

  it('never closes a 24-hour station, and a back-to-back schedule is one stretch', () => {
    expect(openState({ always: true, periods: [] }, sh('2026-11-27T03:00:00'))).toEqual({
      openNow: true,
      nextOpeningAt: null,
      closesAt: null,
    })
    const roundTheClock: OpeningHours = { periods: [{ days: everyDay, open: '00:00', close: '24:00' }] }
    expect(openState(roundTheClock, sh('2026-11-27T03:00:00')).closesAt).toBeNull()
  })

  it('skips closed days: weekday-only opens on Monday after Friday evening', () => {
    const hours: OpeningHours = { periods: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }] }
    const friday = openState(hours, sh('2026-11-27T18:30:00'))
    expect(friday.openNow).toBe(false)
    expect(friday.nextOpeningAt?.toISOString()).toBe(sh('2026-11-30T09:00:00').toISOString())
  })

  it('never opens without periods', () => {
    expect(openState({ periods: [] }, sh('2026-11-27T12:00:00'))).toEqual({
      openNow: false,
      nextOpeningAt: null,
      closesAt: null,
    })
  })
})

describe('weekIntervals', () => {
  it('splits a span crossing Saturday midnight and merges overlaps', () => {
    const hours: OpeningHours = {
      periods: [
        { days: [6], open: '20:00', close: '02:00' },
        { days: [0], open: '01:00', close: '03:00' },
      ],
    }
    expect(weekIntervals(hours)).toEqual([
      { from: 0, to: 180 },
      { from: 6 * 1440 + 1200, to: MINUTES_PER_WEEK },
    ])
  })
})
