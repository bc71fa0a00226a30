// What depends on an event or a person settles when it goes away or moves: live sign-ups are cancelled (a
// check-in needs `status: 'seated'`, so their codes die with them), freed seats pass to the next real person,
// and those who opted in are told once through the 活动取消/变更 template. Kept apart from seats.ts, which
// the sign-up path owns; these call its seat moves.
import { _ } from '../core/cloud'
import { allDocs } from '../core/db'
import { notify } from '../core/notify'
import { cutText, shanghaiTime } from '@/types/text'
import type { EventDoc, SignupDoc } from './eventDoc'
import { eventMessageData, eventPage } from './eventMessage'
import { loadEvent, signups } from './eventStore'
import { tellSeated } from './seatNotice'
import { passSeatOn, releaseSeat } from './seats'

const LIVE = ['seated', 'waitlisted'] as const

async function liveSignups(where: Record<string, unknown>): Promise<SignupDoc[]> {
  return allDocs<SignupDoc>((skip, limit) =>
    signups()
      .where({ ...where, status: _.in([...LIVE]) })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit),
  )
}

/**
 * Tells each of these sign-ups' people who opted in (`remind`) what changed — once per change: claimed by a
 * conditional update on `changeNoticeFor`, so a rerun or a racing call does not send it twice.
 */
export async function tellChanged(event: EventDoc, people: readonly SignupDoc[], change: string, now: Date): Promise<number> {
  const data = { ...eventMessageData(event), thing3: { value: cutText(change, 20) } }
  let told = 0
  for (const s of people) {
    if (!s.remind) continue
    const key = `${change}@${new Date(event.startAt).toISOString()}`
    const claim = (await signups()
      .where({ _id: s._id, changeNoticeFor: _.neq(key) })
      .update({ data: { changeNoticeFor: key, changeNoticeAt: now } })) as { stats: { updated: number } }
    if (claim.stats.updated === 0) continue
    if ((await notify(s.openid, 'eventChanged', data, eventPage(event._id))) === 'sent') told++
  }
  return told
}

/** Staff cancelled the event: every live sign-up is cancelled and its people told. Answers how many, and how many told. */
export async function settleCancelledEvent(event: EventDoc, now: Date): Promise<{ cancelled: number; told: number }> {
  const live = await liveSignups({ eventId: event._id })
  if (live.length === 0) return { cancelled: 0, told: 0 }
  await signups()
    .where({ eventId: event._id, status: _.in([...LIVE]) })
    .update({ data: { status: 'cancelled', cancelledAt: now, cancelledBecause: 'event-cancelled', updatedAt: now } })
  const told = await tellChanged(event, live, '活动已取消', now)
  return { cancelled: live.length, told }
}

/** The event moved: its live sign-ups' people are told the new start. */
export async function tellRescheduled(event: EventDoc, now: Date): Promise<number> {
  const live = await liveSignups({ eventId: event._id })
  return tellChanged(event, live, `时间改为${shanghaiTime(event.startAt).slice(5)}`, now)
}

/**
 * A person leaves (我的数据 → 删除): each of their live sign-ups — the companions they signed up too, which carry
 * their openid — is cancelled before their records are pseudonymised, so a freed seat goes to the next real person
 * on the waitlist and nothing waits under a pseudonym. Their waiting records go first (one update), so a seat freed
 * by one of their seated records is never passed to another of their own; a record promoted meanwhile is found
 * seated in the next round. Checked-in records stay (history). Answers how many were cancelled.
 */
export async function settlePersonSignups(openid: string, now: Date): Promise<number> {
  const cancelled = { status: 'cancelled', cancelledAt: now, cancelledBecause: 'person-left', updatedAt: now }
  let count = 0
  for (let round = 0; round < 5; round++) {
    const waiting = (await signups().where({ openid, status: 'waitlisted' }).update({ data: cancelled })) as { stats: { updated: number } }
    count += waiting.stats.updated
    const seated = (await liveSignups({ openid })).filter((s) => s.status === 'seated' && !s.checkedInAt)
    if (seated.length === 0 && waiting.stats.updated === 0) break
    for (const s of seated) {
      const res = (await signups().where({ _id: s._id, status: 'seated', checkedInAt: null }).update({ data: cancelled })) as { stats: { updated: number } }
      if (res.stats.updated === 0) continue
      count++
      const event = await loadEvent(s.eventId)
      if (!event || event.status !== 'published' || now >= new Date(event.startAt)) {
        await releaseSeat(s.eventId)
        continue
      }
      await tellSeated(s.eventId, await passSeatOn(s.eventId, now), now)
    }
  }
  return count
}
