// Opening hours in Shanghai wall-clock time (UTC+8, no daylight saving), whatever the server's zone.
import type { OpeningHours, OpeningPeriod } from '../../../types/stations'

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

export interface OpenState {
  openNow: boolean
  /** When closed: the next opening; null if it never opens. */
  nextOpeningAt: Date | null
  /** When open: when this stretch ends; null if it never closes. */
  closesAt: Date | null
}

export function openState(hours: OpeningHours, at: Date): OpenState {
  const week = weekIntervals(hours)
  if (week.length === 0) return { openNow: false, nextOpeningAt: null, closesAt: null }
  const m = minuteOfWeek(at)
  const startOfMinute = at.getTime() - (at.getTime() % MS_PER_MINUTE)
  const atOffset = (minutes: number) => new Date(startOfMinute + (minutes - m) * MS_PER_MINUTE)
  // Two laps of the week, joined across Saturday midnight, so every stretch is seen whole.
  const laps = [...week, ...week.map((i) => ({ from: i.from + MINUTES_PER_WEEK, to: i.to + MINUTES_PER_WEEK }))]
  const stretches: WeekInterval[] = []
  for (const lap of laps) {
    const last = stretches[stretches.length - 1]
    if (last && lap.from <= last.to) last.to = Math.max(last.to, lap.to)
    else stretches.push({ ...lap })
  }
  const current = stretches.find((s) => s.from <= m && m < s.to)
  if (current) {
    const neverCloses = current.to - current.from >= MINUTES_PER_WEEK * 2
    return { openNow: true, nextOpeningAt: null, closesAt: neverCloses ? null : atOffset(current.to) }
  }
  const next = stretches.find((s) => s.from > m)!
  return { openNow: false, nextOpeningAt: atOffset(next.from), closesAt: null }
}
