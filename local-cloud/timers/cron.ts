/**
 * CloudBase's 7-field timer cron: `second minute hour day month weekday year`, evaluated in China
 * Standard Time (UTC+8, no daylight saving) as CloudBase does. Each field takes `*`, `n`, `a-b`,
 * lists `a,b`, steps `*\/n` `a-b/n` `a/n`; month and weekday also take names (JAN, MON); weekday 0 is
 * Sunday; `?` means `*` in day and weekday. When both day and weekday are restricted a time matches
 * either (classic cron). Hand-written: no cron library is installed, and none speaks this 7-field form.
 */

export interface CronSchedule {
  source: string
  fields: Set<number>[] // second, minute, hour, day, month, weekday, year
  dayRestricted: boolean
  weekdayRestricted: boolean
}

const CST_OFFSET_MS = 8 * 3600 * 1000
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']
const SPECS: Array<{ name: string; min: number; max: number; names?: string[]; base?: number }> = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, base: 1 },
  { name: 'weekday', min: 0, max: 6, names: WEEKDAYS, base: 0 },
  { name: 'year', min: 1970, max: 2099 },
]

export class CronError extends Error {}

export function parseCron(source: string): CronSchedule {
  const parts = source.trim().split(/\s+/)
  if (parts.length !== 7) throw new CronError(`cron "${source}" needs 7 fields (second minute hour day month weekday year), got ${parts.length}`)
  const fields = parts.map((part, i) => parseField(part, i, source))
  return { source, fields, dayRestricted: !isAny(parts[3]), weekdayRestricted: !isAny(parts[5]) }
}

const isAny = (part: string) => part === '*' || part === '?'

function parseField(part: string, index: number, source: string): Set<number> {
  const spec = SPECS[index]
  const fail = (why: string) => new CronError(`cron "${source}": ${spec.name} field "${part}" ${why}`)
  const value = (token: string) => {
    const named = spec.names?.indexOf(token.toUpperCase()) ?? -1
    const n = named >= 0 ? named + (spec.base ?? 0) : /^\d+$/.test(token) ? Number(token) : NaN
    if (!Number.isInteger(n) || n < spec.min || n > spec.max) throw fail(`has "${token}" outside ${spec.min}-${spec.max}`)
    return n
  }
  if (part === '?' && (index === 3 || index === 5)) part = '*'
  const out = new Set<number>()
  for (const item of part.split(',')) {
    const [range, stepText, extra] = item.split('/')
    if (extra !== undefined || range === '') throw fail('is malformed')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw fail(`has a bad step "${stepText}"`)
    let lo: number
    let hi: number
    if (range === '*') [lo, hi] = [spec.min, spec.max]
    else if (range.includes('-')) {
      const [a, b, more] = range.split('-')
      if (more !== undefined) throw fail('is malformed')
      ;[lo, hi] = [value(a), value(b)]
      if (lo > hi) throw fail(`has a backwards range "${range}"`)
    } else {
      lo = value(range)
      hi = stepText === undefined ? lo : spec.max
    }
    for (let n = lo; n <= hi; n += step) out.add(n)
  }
  return out
}

/** The calendar fields of an instant in UTC+8. */
function cst(date: Date) {
  const d = new Date(date.getTime() + CST_OFFSET_MS)
  return [d.getUTCSeconds(), d.getUTCMinutes(), d.getUTCHours(), d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCDay(), d.getUTCFullYear()]
}

/** Does the schedule fire in the second that contains `date`? */
export function cronMatches(schedule: CronSchedule, date: Date): boolean {
  const [s, m, h, , month, , year] = cst(date)
  const f = schedule.fields
  return f[0].has(s) && f[1].has(m) && f[2].has(h) && f[4].has(month) && f[6].has(year) && dayMatches(schedule, date)
}

/** The first firing strictly after `after`, or null when there is none before 2100. */
export function nextCronTime(schedule: CronSchedule, after: Date): Date | null {
  let t = Math.floor(after.getTime() / 1000) * 1000 + 1000
  const f = schedule.fields
  const end = Date.UTC(2100, 0, 1) - CST_OFFSET_MS
  while (t < end) {
    const local = new Date(t + CST_OFFSET_MS)
    const [s, m, h, , month, , year] = cst(new Date(t))
    // Skip whole units that cannot match (the year, month, day, hour, minute) instead of second by second.
    const startOf = (y: number, mo: number, d: number, hh = 0, mm = 0) => Date.UTC(y, mo, d, hh, mm) - CST_OFFSET_MS
    const Y = local.getUTCFullYear()
    const M = local.getUTCMonth()
    const D = local.getUTCDate()
    if (!f[6].has(year)) t = startOf(Y + 1, 0, 1)
    else if (!f[4].has(month)) t = startOf(Y, M + 1, 1)
    else if (!dayMatches(schedule, new Date(t))) t = startOf(Y, M, D + 1)
    else if (!f[2].has(h)) t = startOf(Y, M, D, local.getUTCHours() + 1)
    else if (!f[1].has(m)) t = startOf(Y, M, D, local.getUTCHours(), local.getUTCMinutes() + 1)
    else if (!f[0].has(s)) t += 1000
    else return new Date(t)
  }
  return null
}

function dayMatches(schedule: CronSchedule, date: Date): boolean {
  const [, , , day, , weekday] = cst(date)
  const dayOk = schedule.fields[3].has(day)
  const weekdayOk = schedule.fields[5].has(weekday)
  return schedule.dayRestricted && schedule.weekdayRestricted ? dayOk || weekdayOk : dayOk && weekdayOk
}
