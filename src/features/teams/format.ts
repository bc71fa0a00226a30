import { blockTime } from '@/src/shared/time'

/** Said wherever hours are shown: a tap records them, the grid worker's word settles them (no GPS). */
export const HOURS_RULE_NOTE = '签到以网格员确认为准'

/** 250 → "4 小时 10 分"; 0 → "0 分钟". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} 分钟`
  return m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分`
}

/** "12月5日 09:00–12:00" (the phone's clock, as on the events pages). */
export function activityTimeText(startsAt: string, endsAt: string): string {
  const start = blockTime(startsAt)
  const end = blockTime(endsAt)
  return start.isSame(end, 'day')
    ? `${start.format('M月D日 HH:mm')}–${end.format('HH:mm')}`
    : `${start.format('M月D日 HH:mm')} 至 ${end.format('M月D日 HH:mm')}`
}

export const clockText = (at: string | null) => (at ? blockTime(at).format('HH:mm') : '—')

/** A record's span: "12月5日 09:00–12:00", or only the check-in while it is still open. */
export const recordTimeText = (checkInAt: string | null, checkOutAt: string | null) =>
  !checkInAt ? '—' : checkOutAt ? activityTimeText(checkInAt, checkOutAt) : `${blockTime(checkInAt).format('M月D日 HH:mm')} 签到`
