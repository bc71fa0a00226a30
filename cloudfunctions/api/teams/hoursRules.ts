// Volunteer hours as pure rules. Hours come from the volunteer's own check-in and check-out (a tap, not a
// geofence: GPS fails indoors), and staff can always record or correct them.
import { CHECK_IN_MARGIN_MIN } from '@/types/teams.vocab'

const MARGIN_MS = CHECK_IN_MARGIN_MIN * 60_000

export interface ActivityTimes {
  startsAt: Date
  endsAt: Date
}

/** Check-in is open from an hour before the start until the end. */
export function checkInProblem(now: Date, activity: ActivityTimes): string | null {
  if (now.getTime() < new Date(activity.startsAt).getTime() - MARGIN_MS) return `活动开始前 ${CHECK_IN_MARGIN_MIN} 分钟内才能签到`
  if (now.getTime() > new Date(activity.endsAt).getTime()) return '活动已经结束，请联系工作人员补登'
  return null
}

/** Where an activity stands for check-in: the same window `checkInProblem` enforces. */
export function activityPhase(now: Date, activity: ActivityTimes): 'upcoming' | 'open' | 'ended' {
  if (now.getTime() < new Date(activity.startsAt).getTime() - MARGIN_MS) return 'upcoming'
  if (now.getTime() > new Date(activity.endsAt).getTime()) return 'ended'
  return 'open'
}

/** Self-recorded minutes, never counting more than the margin before the start or after the end. */
export function countedMinutes(checkIn: Date, checkOut: Date, activity: ActivityTimes): number {
  const from = Math.max(new Date(checkIn).getTime(), new Date(activity.startsAt).getTime() - MARGIN_MS)
  const to = Math.min(new Date(checkOut).getTime(), new Date(activity.endsAt).getTime() + MARGIN_MS)
  return Math.max(0, Math.round((to - from) / 60_000))
}

/** Minutes staff record, taken as given. */
export function minutesBetween(checkIn: Date, checkOut: Date): number {
  return Math.max(0, Math.round((new Date(checkOut).getTime() - new Date(checkIn).getTime()) / 60_000))
}
