import { CHECKIN_OPENS_BEFORE_MIN, STAFF_CHECKIN_GRACE_MIN } from '@/types/events.vocab'

const MIN = 60_000

/**
 * Whether staff may check someone in by hand at `now` — the server's window (cloudfunctions/api/events/rules.ts
 * `checkinWindowProblem`, by staff): from CHECKIN_OPENS_BEFORE_MIN before the start to STAFF_CHECKIN_GRACE_MIN
 * after the end. The roster offers 手动签到 only then, so it never offers a move the server refuses.
 */
export function staffCheckinOpen(event: { startAt: string; endAt: string }, now: Date): boolean {
  const opens = new Date(event.startAt).getTime() - CHECKIN_OPENS_BEFORE_MIN * MIN
  const closes = new Date(event.endAt).getTime() + STAFF_CHECKIN_GRACE_MIN * MIN
  return now.getTime() >= opens && now.getTime() <= closes
}
