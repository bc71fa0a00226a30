// Opening hours in Shanghai wall-clock time (UTC+8, no daylight saving), whatever the server's zone.
import type { OpeningHours, OpeningPeriod } from '@/types/stations'
import { dayKind, type DayKind } from './holidayCalendar'

export const MINUTES_PER_DAY = 24 * 60
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const MS_PER_MINUTE = 60 * 1000
/** 1970-01-01 was a Thursday (day 4). */
const EPOCH_WEEKDAY = 4

/** A half-open span of minutes since Sunday 00:00 Shanghai time. */
export interface WeekInterval {
  from: number
  to: number
}

function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number)
  return h * 60 + m
}

/** Minutes since Sunday 00:00 Shanghai time for an instant. */
export function minuteOfWeek(at: Date): number {
  const shanghaiMinutes = Math.floor((at.getTime() + SHANGHAI_OFFSET_MS) / MS_PER_MINUTE)
  const sinceSunday = shanghaiMinutes + EPOCH_WEEKDAY * MINUTES_PER_DAY
  return ((sinceSunday % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK
}

function periodSpans(period: OpeningPeriod): WeekInterval[] {
  const open = toMinutes(period.open)
  let close = toMinutes(period.close)
  if (close <= open) close += MINUTES_PER_DAY // runs past midnight (equal means round the clock)
  return period.days.map((day) => ({ from: day * MINUTES_PER_DAY + open, to: day * MINUTES_PER_DAY + close }))
}

/**
 * The week as sorted, merged intervals inside [0, MINUTES_PER_WEEK); a span crossing Saturday midnight is split.
 * Stored on each station so "open now" is a database query.
 */
export function weekIntervals(hours: OpeningHours): WeekInterval[] {
  if (hours.always) return [{ from: 0, to: MINUTES_PER_WEEK }]
  const pieces: WeekInterval[] = []
  for (const span of hours.periods.flatMap(periodSpans)) {
    if (span.to <= MINUTES_PER_WEEK) pieces.push(span)
    else {
      pieces.push({ from: span.from, to: MINUTES_PER_WEEK })
      pieces.push({ from: 0, to: span.to - MINUTES_PER_WEEK })
    }
  }
  pieces.sort((a, b) => a.from - b.from)
  const merged: WeekInterval[] = []
  for (const piece of pieces) {
    const last = merged[merged.length - 1]
    if (last && piece.from <= last.to) last.to = Math.max(last.to, piece.to)
    else merged.push({ ...piece })
  }
  return merged
}

/** A Shanghai calendar day: its date ("YYYY-MM-DD"), weekday (0 = Sunday) and the minute of the day at `at`. */
export function shanghaiDay(at: Date): { date: string; weekday: number; minuteOfDay: number } {
  const m = minuteOfWeek(at)
  const date = new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
  return { date, weekday: Math.floor(m / MINUTES_PER_DAY), minuteOfDay: m % MINUTES_PER_DAY }
}

/**
 * Whose clock a calendar day keeps: its own weekday's, Sunday's (a public holiday kept as a weekend), Monday's
 * (a make-up working day kept as a weekday), or none (closed on public holidays). The rule holds for the whole
 * calendar day, 00:00–24:00, so the open-now query and `openState` agree (see stations/nearby.ts).
 */
export function clockWeekday(hours: OpeningHours, weekday: number, kind: DayKind): number | null {
  if (kind === 'publicHoliday') {
    if (hours.onPublicHoliday === 'closed') return null
    if (hours.onPublicHoliday === 'weekend') return 0
  }
  if (kind === 'makeUpWorkday' && hours.onMakeUpWorkday === 'weekday') return 1
  return weekday
}

export interface OpenState {
  openNow: boolean
  /** When closed: the next opening within two weeks; null if none. */
  nextOpeningAt: Date | null
  /** When open: when this stretch ends; null if it does not end within two weeks. */
  closesAt: Date | null
}

const HORIZON_DAYS = 15

/** The next HORIZON_DAYS days from a Shanghai midnight: each one's weekday and kind (holiday, make-up day, usual). */
function daysFrom(dayStart: number, weekdayToday: number): Array<{ weekday: number; kind: DayKind }> {
  if (lastDays?.dayStart === dayStart) return lastDays.days
  const days = Array.from({ length: HORIZON_DAYS }, (_, d) => {
    const weekday = (weekdayToday + d) % 7
    const date = new Date(dayStart + d * MINUTES_PER_DAY * MS_PER_MINUTE + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
    return { weekday, kind: dayKind(date, weekday) }
  })
  lastDays = { dayStart, days }
  return days
}
// A list of stations shares its day: the calendar is worked out once, not once per station.
let lastDays: { dayStart: number; days: Array<{ weekday: number; kind: DayKind }> } | null = null

/** The open stretches from today 00:00 (Shanghai) for two weeks, as absolute minutes since that midnight. */
function openStretches(hours: OpeningHours, at: Date): { dayStart: number; stretches: WeekInterval[] } {
  const week = weekIntervals(hours)
  const today = shanghaiDay(at)
  const dayStart = at.getTime() - (at.getTime() % MS_PER_MINUTE) - today.minuteOfDay * MS_PER_MINUTE
  const stretches: WeekInterval[] = []
  const days = daysFrom(dayStart, today.weekday)
  for (let d = 0; d < HORIZON_DAYS; d++) {
    const { weekday, kind } = days[d]
    const clock = clockWeekday(hours, weekday, kind)
    if (clock === null) continue
    const lo = clock * MINUTES_PER_DAY
    for (const i of week) {
      const from = Math.max(i.from, lo)
      const to = Math.min(i.to, lo + MINUTES_PER_DAY)
      if (from >= to) continue
      const piece = { from: from - lo + d * MINUTES_PER_DAY, to: to - lo + d * MINUTES_PER_DAY }
      const last = stretches[stretches.length - 1]
      if (last && piece.from <= last.to) last.to = Math.max(last.to, piece.to)
      else stretches.push(piece)
    }
  }
  return { dayStart, stretches }
}

/** Open now or not, and when that changes, by the weekly hours and the official calendar. */
export function openState(hours: OpeningHours, at: Date): OpenState {
  const { dayStart, stretches } = openStretches(hours, at)
  const m = shanghaiDay(at).minuteOfDay
  const atMinute = (minutes: number) => new Date(dayStart + minutes * MS_PER_MINUTE)
  const current = stretches.find((s) => s.from <= m && m < s.to)
  if (current) {
    const endless = current.to >= HORIZON_DAYS * MINUTES_PER_DAY
    return { openNow: true, nextOpeningAt: null, closesAt: endless ? null : atMinute(current.to) }
  }
  const next = stretches.find((s) => s.from > m)
  return { openNow: false, nextOpeningAt: next ? atMinute(next.from) : null, closesAt: null }
}
