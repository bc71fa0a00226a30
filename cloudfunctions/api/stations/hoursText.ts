import type { OpeningHours, OpeningPeriod } from '@/types/stations'
import { MAKE_UP_WORKDAY_RULE_LABELS, PUBLIC_HOLIDAY_RULE_LABELS } from '@/types/stations.vocab'

const DAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

function daysText(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  if (sorted.length === 7) return '每天'
  const weekdays = [1, 2, 3, 4, 5]
  if (sorted.length === 5 && weekdays.every((d) => sorted.includes(d))) return '周一至周五'
  if (sorted.length === 2 && sorted[0] === 0 && sorted[1] === 6) return '周末'
  return sorted.map((d) => DAY_NAMES[d]).join('、')
}

function periodText(period: OpeningPeriod): string {
  const overnight = period.close <= period.open
  if (period.open === period.close) return `${daysText(period.days)} 全天`
  return `${daysText(period.days)} ${period.open}–${overnight ? '次日 ' : ''}${period.close}`
}

/** "24 小时", "每天 08:00–20:00", "周一至周五 09:00–18:00；周末 10:00–16:00". */
export function hoursText(hours: OpeningHours): string {
  const rules = [
    hours.onPublicHoliday && hours.onPublicHoliday !== 'usual' ? PUBLIC_HOLIDAY_RULE_LABELS[hours.onPublicHoliday] : null,
    hours.onMakeUpWorkday === 'weekday' ? MAKE_UP_WORKDAY_RULE_LABELS.weekday : null,
  ].filter(Boolean)
  const week = hours.always ? '24 小时' : hours.periods.length === 0 ? '暂停开放' : hours.periods.map(periodText).join('；')
  return [week, ...rules].join('；')
}
