// China's official working calendar (statutory holidays and make-up working days, 调休), from the maintained
// `chinese-days` package, which follows the State Council's yearly notice; no hand-written table here.

type ChineseDays = typeof import('chinese-days')
let calendar: ChineseDays | undefined
/** chinese-days, required on the first date asked (its tables take ~15 ms to set up; a cold start need not pay). */
function getDayDetail(date: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (calendar ??= require('chinese-days') as ChineseDays).getDayDetail(date)
}

/** What a calendar day is: an ordinary day, a statutory public holiday, or a make-up working day on a weekend. */
export type DayKind = 'ordinary' | 'publicHoliday' | 'makeUpWorkday'

const kinds = new Map<string, DayKind>()

/**
 * The kind of a Shanghai calendar date ("YYYY-MM-DD"; `weekday` 0 = Sunday). A day off whose name is a festival
 * (e.g. "National Day,国庆节,3", weekends inside the holiday too) is a public holiday; a working Saturday or Sunday
 * is a make-up working day. Years the package does not know yet are ordinary days.
 */
export function dayKind(date: string, weekday: number): DayKind {
  const known = kinds.get(date)
  if (known) return known
  const detail = getDayDetail(date)
  const festival = detail.name.includes(',')
  const kind: DayKind = !detail.work && festival ? 'publicHoliday' : detail.work && (weekday === 0 || weekday === 6) ? 'makeUpWorkday' : 'ordinary'
  kinds.set(date, kind)
  return kind
}
