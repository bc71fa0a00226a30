// China's official working calendar (statutory holidays and make-up working days, 调休), from the maintained
// `chinese-days` package, which follows the State Council's yearly notice; no hand-written table here.
//
// We read the package's published table (dist/chinese-days.json: `holidays` and `workdays` keyed by "YYYY-MM-DD")
// rather than its `getDayDetail()`: that function builds its table with the machine's zone, and in a zone behind
// UTC (America/New_York) every key lands a day early — 2026-10-10, a make-up working Saturday, reads as an
// ordinary Saturday (seen with chinese-days 1.5.7; test/cloudfunctions/api/stations/holidayHours.test.ts runs
// under that zone). A date string needs no zone at all.
import calendar from 'chinese-days/dist/chinese-days.json'

/** What a calendar day is: an ordinary day, a statutory public holiday, or a make-up working day on a weekend. */
export type DayKind = 'ordinary' | 'publicHoliday' | 'makeUpWorkday'

const holidays: Record<string, string | undefined> = calendar.holidays
const workdays: Record<string, string | undefined> = calendar.workdays

/**
 * The kind of a Shanghai calendar date ("YYYY-MM-DD"; `weekday` 0 = Sunday). A statutory day off (e.g.
 * "National Day,国庆节,3", weekends inside the holiday too) is a public holiday; a Saturday or Sunday the State
 * Council makes a working day is a make-up working day. Years the package does not know yet are ordinary days.
 */
export function dayKind(date: string, weekday: number): DayKind {
  if (holidays[date]) return 'publicHoliday'
  if (workdays[date] && (weekday === 0 || weekday === 6)) return 'makeUpWorkday'
  return 'ordinary'
}
