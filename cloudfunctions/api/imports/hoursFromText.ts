// Opening hours as published lists write them ("周一至周五 8:30-17:00；周末 9:00-17:00", "24小时",
// "20:00-次日6:00", "法定节假日休息") → the stored OpeningHours. Pure: no clock, no database.
import type { OpeningHours, OpeningPeriod } from '@/types/stations'

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6]
const DAY_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 0,
  天: 0,
  七: 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 0,
}
const DAY = '(?:周|星期|礼拜)([一二三四五六日天七1-7])'
const TIME = '(次日)?(\\d{1,2})(?:[:.](\\d{2})|点(?:(\\d{1,2})分?|半)?)?'
const TIME_RANGE = new RegExp(`^${TIME}-${TIME}`)
const DAY_SPAN = new RegExp(`^${DAY}(?:至|到|-)(?:周|星期|礼拜)?([一二三四五六日天七1-7])`)
const DAY_LIST = new RegExp(`^${DAY}(?:[、和及/](?:周|星期|礼拜)?[一二三四五六日天七1-7])*`)

export type HoursParse = { ok: true; hours: OpeningHours } | { ok: false; reason: string }

const pad = (n: number) => String(n).padStart(2, '0')

function clock(hour: string, minute: string | undefined, halfOrMinuteWord: string | undefined, whole: string): { text: string; minutes: number } | null {
  const h = Number(hour)
  const m = minute !== undefined ? Number(minute) : halfOrMinuteWord !== undefined ? Number(halfOrMinuteWord) : whole.endsWith('半') ? 30 : 0
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) return null
  return { text: `${pad(h)}:${pad(m)}`, minutes: h * 60 + m }
}

/** Reads a day spec at the start of `s`: the days and what is left, or null when `s` does not start with days. */
function readDays(s: string): { days: number[]; rest: string; workdays: boolean } | null {
  const word = s.match(/^(每天|每日|天天|全年|全周|工作日|周末|双休日)/)
  if (word) {
    const days = word[1] === '工作日' ? [1, 2, 3, 4, 5] : word[1] === '周末' || word[1] === '双休日' ? [0, 6] : ALL_DAYS
    return { days, rest: s.slice(word[0].length), workdays: word[1] === '工作日' }
  }
  const range = s.match(DAY_SPAN)
  if (range && !TIME_RANGE.test(s)) {
    const from = DAY_DIGITS[range[1]]
    const to = DAY_DIGITS[range[2]]
    const days: number[] = []
    // Sunday is 0 but ends a Chinese week: 周一至周日 is every day, 周六至周日 the weekend.
    const last = to === 0 ? 7 : to
    for (let d = from === 0 ? 7 : from; d <= last; d++) days.push(d % 7)
    if (days.length === 0) return null
    return { days, rest: s.slice(range[0].length), workdays: false }
  }
  const list = s.match(DAY_LIST)
  if (list) {
    const days = [...list[0].matchAll(/[一二三四五六日天七1-7]/g)].map((m) => DAY_DIGITS[m[0]])
    return { days: [...new Set(days)], rest: s.slice(list[0].length), workdays: false }
  }
  return null
}

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[～~—–－]/g, '-')
    .replace(/\s+/g, '')
    .replace(/(\d)(?:至|到)(次日)?(\d)/g, '$1-$2$3')
}

/**
 * Parses published opening-hours text. Segments are split on "；;，,。" or new lines; each is a holiday rule, a
 * closed day ("周一闭馆"), or optional days followed by one or more time ranges (no days = every day).
 * "24小时"/"全天" alone means always open. Errors name the part it could not read, in Chinese.
 */
export function hoursFromText(text: string): HoursParse {
  const segments = normalise(text)
    .split(/[；;，,。\n]+/)
    .filter(Boolean)
  if (segments.length === 0) return { ok: false, reason: '开放时间为空' }
  const periods: OpeningPeriod[] = []
  const closedDays = new Set<number>()
  let always = false
  let onPublicHoliday: OpeningHours['onPublicHoliday']
  let onMakeUpWorkday: OpeningHours['onMakeUpWorkday']
  for (const segment of segments) {
    if (/节假日|节日|假日/.test(segment) && !/调休/.test(segment)) {
      if (/休息|闭馆|关闭|不开放|闭站|暂停/.test(segment)) onPublicHoliday = 'closed'
      else if (/周末|周日|双休/.test(segment)) onPublicHoliday = 'weekend'
      else if (/照常|正常/.test(segment)) onPublicHoliday = 'usual'
      else return { ok: false, reason: `看不懂节假日安排：“${segment}”（可写“法定节假日休息”“节假日按周末时间”“节假日照常开放”）` }
      continue
    }
    if (/调休/.test(segment)) {
      if (/工作日/.test(segment)) onMakeUpWorkday = 'weekday'
      else if (/照常|正常/.test(segment)) onMakeUpWorkday = 'usual'
      else return { ok: false, reason: `看不懂调休安排：“${segment}”（可写“调休上班日按工作日时间”）` }
      continue
    }
    const dayPart = readDays(segment)
    const days = dayPart?.days ?? ALL_DAYS
    let rest = dayPart ? dayPart.rest : segment
    if (dayPart?.workdays) onMakeUpWorkday ??= 'weekday'
    rest = rest.replace(/^[:：]/, '')
    if (/^(休息|闭馆|关闭|不开放|闭站)$/.test(rest) && dayPart) {
      days.forEach((d) => closedDays.add(d))
      continue
    }
    if (/^(24小时|全天|全天开放|24小时开放|00:00-24:00|0:00-24:00)$/.test(rest)) {
      if (!dayPart || days.length === 7) always = true
      else periods.push({ days, open: '00:00', close: '00:00' })
      continue
    }
    let found = 0
    while (rest) {
      const m = rest.match(TIME_RANGE)
      if (!m) return { ok: false, reason: `看不懂的开放时间：“${segment}”（例：周一至周五 8:30-17:00；周末 9:00-17:00；20:00-次日6:00；24小时）` }
      const open = clock(m[2], m[3], m[4], m[0].split('-')[0])
      const close = clock(m[6], m[7], m[8], m[0].split('-')[1])
      if (!open || !close || open.text === '24:00') return { ok: false, reason: `时间不对：“${m[0]}”` }
      if (m[1]) return { ok: false, reason: `开门时间不能是次日：“${m[0]}”` }
      const overnight = !!m[5]
      if (!overnight && close.minutes <= open.minutes && close.text !== '24:00' && !(open.minutes === 0 && close.minutes === 0)) {
        return { ok: false, reason: `关门时间早于开门时间：“${m[0]}”（过夜请写“次日”，如 20:00-次日6:00）` }
      }
      if (overnight && close.minutes > open.minutes) return { ok: false, reason: `“次日”关门时间应早于开门时间：“${m[0]}”` }
      periods.push({ days, open: open.text, close: close.text === '24:00' ? '00:00' : close.text })
      rest = rest.slice(m[0].length).replace(/^[、和及/&]/, '')
      found++
    }
    if (found === 0) return { ok: false, reason: `看不懂的开放时间：“${segment}”` }
  }
  const open = periods.map((p) => ({ ...p, days: p.days.filter((d) => !closedDays.has(d)).sort((a, b) => a - b) })).filter((p) => p.days.length > 0)
  if (!always && open.length === 0) return { ok: false, reason: '开放时间里没有开放的时段' }
  if (open.length > 14) return { ok: false, reason: '开放时段太多（最多 14 段）' }
  const hours: OpeningHours =
    always && closedDays.size === 0
      ? { always: true, periods: [] }
      : { periods: always ? [{ days: ALL_DAYS.filter((d) => !closedDays.has(d)), open: '00:00', close: '00:00' }, ...open] : open }
  if (onPublicHoliday) hours.onPublicHoliday = onPublicHoliday
  if (onMakeUpWorkday) hours.onMakeUpWorkday = onMakeUpWorkday
  return { ok: true, hours }
}
