import { DEFAULT_EMERGENCY_HOURS, MAX_NOTICE_DAYS, type NoticeKind } from '@/types/notices.vocab'
import { invalidInput } from '../core/errors'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS
const ORDINARY_NOTICE_DAYS = 30

/** When a notice is shown: from `startsAt` (default now) until `expiresAt` (default by kind), within limits. */
export function noticeWindow(kind: NoticeKind, now: Date, startsAt?: string, expiresAt?: string): { startsAt: Date; expiresAt: Date } {
  const start = startsAt ? new Date(startsAt) : now
  const defaultLength = kind === 'emergency' ? DEFAULT_EMERGENCY_HOURS * HOUR_MS : ORDINARY_NOTICE_DAYS * DAY_MS
  const end = expiresAt ? new Date(expiresAt) : new Date(start.getTime() + defaultLength)
  if (end.getTime() <= start.getTime()) throw invalidInput('结束时间应晚于开始时间')
  if (end.getTime() <= now.getTime()) throw invalidInput('结束时间已经过去')
  if (end.getTime() - start.getTime() > MAX_NOTICE_DAYS * DAY_MS) throw invalidInput(`公告最长显示 ${MAX_NOTICE_DAYS} 天`)
  return { startsAt: start, expiresAt: end }
}
