// Seats and the waitlist under a rush. The invariants, and what keeps each:
// - seated ≤ seatsTaken ≤ capacity: a seat is taken only by a conditional update (`seatsTaken < capacity`);
// - one sign-up per person and event: the record's `_id` is `${eventId}:${openid}`, so a second add fails;
// - arrival order on the waitlist: tickets come from a counter on the event, moved by compare-and-set (a
//   conditional update on the value just read) — no transaction, so a rush never exhausts CloudBase's
//   transaction retries on the one hot event record; a ticket lost to a crash is only a gap;
// - a freed seat goes to one person exactly once: promotion is a conditional update `waitlisted → seated`.
import { _ } from '../core/cloud'
import { firstDoc } from '../core/db'
import { AppError } from '../core/errors'
import type { EventDoc, SignupDoc } from './eventDoc'
import { events, loadEvent, signups } from './eventStore'

/** Bounded loops: each round either makes progress or sees someone else's. */
const MAX_ROUNDS = 100

/** One seat if one is free. `capacity` is part of the condition, so a capacity edit in between makes it retry. */
export async function takeSeat(event: Pick<EventDoc, '_id' | 'capacity'>): Promise<boolean> {
  const res = (await events()
    .where({ _id: event._id, status: 'published', capacity: event.capacity, seatsTaken: _.lt(event.capacity) })
    .update({ data: { seatsTaken: _.inc(1) } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

/**
 * Takes a seat, starting from the event as last read and re-reading only when a seat looked free but the
 * update lost (a rival took it, or capacity changed); false when it is full.
 */
export async function takeSeatFresh(eventId: string, known?: EventDoc | null): Promise<boolean> {
  let event = known ?? (await loadEvent(eventId))
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!event || event.status !== 'published' || event.seatsTaken >= event.capacity) return false
    if (await takeSeat(event)) return true
    event = await loadEvent(eventId)
  }
  return false
}

export async function releaseSeat(eventId: string): Promise<void> {
  await events().where({ _id: eventId, seatsTaken: _.gt(0) }).update({ data: { seatsTaken: _.inc(-1) } })
}

/** The next waitlist ticket: read the counter, then move it only if nobody moved it in between. */
async function nextTicket(eventId: string): Promise<number> {
  for (let round = 0; round < MAX_ROUNDS * 10; round++) {
    const event = await loadEvent(eventId)
    const issued = event?.waitlistIssued ?? 0
    const res = (await events()
      .where({ _id: eventId, waitlistIssued: issued })
      .update({ data: { waitlistIssued: issued + 1 } })) as { stats: { updated: number } }
    if (res.stats.updated === 1) return issued + 1
  }
  throw new AppError('CONFLICT', '报名的人太多了，请稍后再试')
}

/** Puts the (pending) sign-up on the waitlist with the next ticket. */
export async function joinWaitlist(eventId: string, id: string, now: Date): Promise<number> {
  const ticket = await nextTicket(eventId)
  await signups().where({ _id: id, status: 'pending' }).update({ data: { status: 'waitlisted', waitTicket: ticket, updatedAt: now } })
  return ticket
}

async function headOfWaitlist(eventId: string): Promise<SignupDoc | null> {
  return firstDoc<SignupDoc>(signups().where({ eventId, status: 'waitlisted' }).orderBy('waitTicket', 'asc').limit(1))
}

/** `waitlisted → seated` for one person; true only for the one caller that moved them. */
async function promote(signup: SignupDoc, now: Date): Promise<boolean> {
  const res = (await signups()
    .where({ _id: signup._id, status: 'waitlisted' })
    .update({ data: { status: 'seated', promotedAt: now, seatNoticeAt: null, updatedAt: now } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

/** While a seat is free and someone waits, seat the earliest waiting. Answers the sign-ups this call moved up. */
export async function fillFreeSeats(eventId: string, now: Date): Promise<string[]> {
  const promoted: string[] = []
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const event = await loadEvent(eventId)
    if (!event || event.status !== 'published' || event.seatsTaken >= event.capacity) break
    const head = await headOfWaitlist(eventId)
    if (!head) break
    if (!(await takeSeat(event))) continue
    if (await promote(head, now)) promoted.push(head._id)
    else await releaseSeat(eventId)
  }
  return promoted
}

/**
 * A seated person left: their seat goes straight to the earliest waiting, or back to the pool if nobody waits.
 * Answers the sign-ups moved up (to be told, see seatNotice.ts).
 */
export async function passSeatOn(eventId: string, now: Date): Promise<string[]> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const head = await headOfWaitlist(eventId)
    if (!head) break
    if (await promote(head, now)) return [head._id]
  }
  await releaseSeat(eventId)
  // Someone may have joined the waitlist while we released: they must not wait beside a free seat.
  return fillFreeSeats(eventId, now)
}
