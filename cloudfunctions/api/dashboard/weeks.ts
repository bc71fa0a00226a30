// Shanghai weeks (Monday to Sunday) for the trends charts, without a database.
import { shanghaiDay } from '@/types/text'

const DAY_MS = 86_400_000

/** `YYYY-MM-DD` plus `n` days (calendar arithmetic at UTC noon, so no zone or DST can shift the date). */
export function addDays(day: string, n: number): string {
  return new Date(new Date(`${day}T12:00:00Z`).getTime() + n * DAY_MS).toISOString().slice(0, 10)
}

/** The Monday that starts the week of `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay() // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7))
}

/** The Mondays of the last `count` weeks, oldest first, the last one being the week of `now` in Shanghai. */
export function lastWeeks(now: Date, count: number): string[] {
  const thisMonday = mondayOf(shanghaiDay(now))
  return Array.from({ length: count }, (_, i) => addDays(thisMonday, -7 * (count - 1 - i)))
}

/** Sums per-day counts into the weeks (Mondays) given; days outside them are dropped. */
export function perWeek(weeks: string[], byDay: Array<{ day: string; n: number }>): number[] {
  const index = new Map(weeks.map((w, i) => [w, i]))
  const out = weeks.map(() => 0)
  for (const { day, n } of byDay) {
    const i = index.get(mondayOf(day))
    if (i !== undefined) out[i] += n
  }
  return out
}
