// Seats and the waitlist under a rush. The invariants, and what keeps each:
// - seated ≤ seatsTaken ≤ capacity: a seat is taken only by a conditional update (`seatsTaken < capacity`);
// - one sign-up per person and event: the record's `_id` is `${eventId}:${openid}`, so a second add fails;
// - arrival order on the waitlist: the key (`waitTicket`, `_id`), where `waitTicket` is the server's clock (ms) when
//   the request began and the record id breaks ties. No shared counter: joining the waitlist is one insert, so a
//   rush of k people costs k inserts, not k rounds of compare-and-set on the event. A place is a count of the keys
//   ahead, computed when shown (`waitlistPosition`);
// - nobody waits beside a free seat: a sign-up is inserted as waitlisted *before* it tries for a seat, so a seat
//   freed at any moment is either taken by its own try or found by the freer's `fillFreeSeats`;
// - a freed seat goes to one person exactly once: promotion is a conditional update `waitlisted → seated`.
import { _ } from '../core/cloud'
import { firstDoc } from '../core/db'
import type { EventDoc, SignupDoc } from './eventDoc'
import { events, loadEvent, signups } from './eventStore'

/** Bounded loops: each round either makes progress or sees someone else's. */
const MAX_ROUNDS = 100

/**
 * One seat if one is free. `capacity` is part of the condition, so a capacity edit in between makes it fail (a raised
 * capacity seats the waitlist itself, staffEdit.ts).
 */
export async function takeSeat(event: Pick<EventDoc, '_id' | 'capacity'>): Promise<boolean> {
  const res = (await events()
    .where({ _id: event._id, status: 'published', capacity: event.capacity, seatsTaken: _.lt(event.capacity) })
    .update({ data: { seatsTaken: _.inc(1) } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

export async function releaseSeat(eventId: string): Promise<void> {
  await events()
    .where({ _id: eventId, seatsTaken: _.gt(0) })
    .update({ data: { seatsTaken: _.inc(-1) } })
}

/** The waitlist key's time part for a request that began at `now` (ties: the record id decides). */
export const waitKey = (now: Date): number => now.getTime()

/**
 * The caller's own (waitlisted) sign-up takes the seat it just won. When someone (a cancellation passing its seat on)
 * seated it first, the seat just won goes to the next in line (or back to the pool): answers the sign-ups moved up
 * that way, to be told (seatNotice.ts); empty on the common path.
 */
export async function seatOwnSignup(eventId: string, id: string, now: Date): Promise<string[]> {
  if (await promote({ _id: id }, now, { updatedAt: now })) return []
  return passSeatOn(eventId, now)
}

async function headOfWaitlist(eventId: string): Promise<SignupDoc | null> {
  return firstDoc<SignupDoc>(signups().where({ eventId, status: 'waitlisted' }).orderBy('waitTicket', 'asc').orderBy('_id', 'asc').limit(1))
}

/** `waitlisted → seated` for one person; true only for the one caller that moved them. */
async function promote(signup: Pick<SignupDoc, '_id'>, now: Date, fields: object = { promotedAt: now, seatNoticeAt: null, updatedAt: now }): Promise<boolean> {
  const res = (await signups()
    .where({ _id: signup._id, status: 'waitlisted' })
    .update({ data: { status: 'seated', ...fields } })) as { stats: { updated: number } }
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
