// Pure event rules: no database, unit-tested on their own.
import type { EventFields } from '@/types/events'
import { CHECKIN_OPENS_BEFORE_MIN, REMIND_BEFORE_MIN, STAFF_CHECKIN_GRACE_MIN, type EventAudience } from '@/types/events.vocab'
import type { Role } from '@/types/roles'

const MIN = 60 * 1000

/** Cross-field checks of a whole event; answers a Chinese message, or null when it holds together. */
export function eventFieldsProblem(f: EventFields): string | null {
  const start = Date.parse(f.startAt)
  const end = Date.parse(f.endAt)
  if (end <= start) return '结束时间应晚于开始时间'
  if (Date.parse(f.signupDeadline) > start) return '报名截止时间不能晚于开始时间'
  if (f.cancelDeadline && Date.parse(f.cancelDeadline) > start) return '取消截止时间不能晚于开始时间'
  const keys = f.formFields.map((field) => field.key)
  if (new Set(keys).size !== keys.length) return '报名表字段名不能重复'
  if (f.kind === 'walkingLesson' && !f.route) return '行走党课需要选择路线'
  if (f.kind !== 'walkingLesson' && f.route) return '只有行走党课可以选择路线'
  if (f.kind !== 'nightSchool' && f.sessions?.length) return '只有新域夜校可以设置多节课'
  for (const s of f.sessions ?? []) {
    const [a, b] = [Date.parse(s.startAt), Date.parse(s.endAt)]
    if (b <= a) return `课程「${s.title}」的结束时间应晚于开始时间`
    if (a < start || b > end) return `课程「${s.title}」应在活动时间之内`
  }
  return null
}

export function audienceAllows(audience: EventAudience, roles: readonly Role[]): boolean {
  return audience === 'all' || roles.includes(audience) || roles.includes('staff') || roles.includes('admin')
}

/** Why sign-up is closed now, or null when it is open. */
export function signupClosedReason(event: { status: string; signupDeadline: Date; startAt: Date }, now: Date): string | null {
  if (event.status === 'cancelled') return '活动已取消'
  if (event.status !== 'published') return '活动尚未发布'
  if (now >= new Date(event.startAt)) return '活动已开始，报名已截止'
  if (now >= new Date(event.signupDeadline)) return '已过报名截止时间'
  return null
}

// The sign-up form's rules live in formAnswers.ts (custom questions, issue 18).
export { maskAnswers, validateForm } from './formAnswers'

export type CheckinBy = 'staff' | 'attendee'

/** Check-in opens an hour before the start; attendees until the end, staff (override) a day longer. */
export function checkinWindowProblem(event: { startAt: Date; endAt: Date }, by: CheckinBy, now: Date): string | null {
  const opens = new Date(event.startAt).getTime() - CHECKIN_OPENS_BEFORE_MIN * MIN
  const closes = new Date(event.endAt).getTime() + (by === 'staff' ? STAFF_CHECKIN_GRACE_MIN * MIN : 0)
  if (now.getTime() < opens) return `签到在活动开始前 ${CHECKIN_OPENS_BEFORE_MIN} 分钟开放`
  if (now.getTime() > closes) return '签到已结束'
  return null
}

/** The reminder goes to starts in (now, now + REMIND_BEFORE_MIN]. */
export function reminderWindow(now: Date): { after: Date; until: Date } {
  return { after: now, until: new Date(now.getTime() + REMIND_BEFORE_MIN * MIN) }
}

function csvCell(value: string): string {
  // A leading = + - @ would be a formula in a spreadsheet; quote everything and neutralise those.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

export function toCsv(header: string[], rows: string[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
