import { blockTime } from '@/src/shared/time'
import type { EventSummary } from '@/types/events'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** "5月3日 周日 09:30–11:30" (the phone's clock; the block is in Shanghai and so are its people). */
export function eventTimeText(startAt: string, endAt: string): string {
  const start = blockTime(startAt)
  const end = blockTime(endAt)
  const day = `${start.format('M月D日')} ${WEEKDAYS[start.day()]}`
  return start.isSame(end, 'day')
    ? `${day} ${start.format('HH:mm')}–${end.format('HH:mm')}`
    : `${day} ${start.format('HH:mm')} 至 ${end.format('M月D日 HH:mm')}`
}

export const shortTime = (at: string) => blockTime(at).format('M月D日 HH:mm')

/**
 * What the seats bar says: "剩余 3 / 30", "已满 · 可候补", "已满" — and only moves still open: a cancelled event
 * says so, and once sign-up has closed (deadline or start passed) nobody is invited to a waitlist.
 */
export function seatsText(
  event: Pick<EventSummary, 'capacity' | 'seatsLeft' | 'waitlistEnabled'> & Partial<Pick<EventSummary, 'status' | 'startAt' | 'signupDeadline'>>,
  now: Date = new Date(),
): string {
  if (event.status === 'cancelled') return '活动已取消'
  const closesAt = Math.min(...[event.startAt, event.signupDeadline].map((t) => Date.parse(t ?? '')).filter((t) => !Number.isNaN(t)))
  if (now.getTime() >= closesAt) return event.seatsLeft > 0 ? '报名已截止' : '已满 · 报名已截止'
  if (event.seatsLeft > 0) return `剩余 ${event.seatsLeft} / ${event.capacity} 个名额`
  return event.waitlistEnabled ? '已满 · 可候补' : '已满'
}
