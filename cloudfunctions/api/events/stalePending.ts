// A sign-up interrupted by a crash: a `pending` record (the pre-issue-17 sign-up path wrote one before it took a
// seat, and a record from then may still be in a live database) whose request died. Nobody will finish it, so
// it is reclaimed — on the next touch by its person (signup.ts, cancel.ts, mine.ts) and by the timer job below
// — and a seat it held passes to the next real person on the waitlist.
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import type { Job } from '../core/job'
import { FUNCTION_TIME_LIMIT_MS } from '../core/requestOnce'
import type { SignupDoc } from './eventDoc'
import { loadEvent, signupForms, signups } from './eventStore'
import { tellSeated } from './seatNotice'
import { passSeatOn, releaseSeat } from './seats'

const BATCH = 200

const countOf = async (where: object): Promise<number> => ((await signups().where(where).count()) as { total: number }).total

/**
 * After a stale pending record of this event was removed: a seat the event counts (`seatsTaken`) that no seated
 * record holds and no request still in flight may be holding (a waitlisted or pending record touched within the
 * function's time limit, between its seat and its status) was the dead request's. It goes to the earliest
 * waiting person (told, once) or back to the pool. Answers the sign-ups moved up.
 */
async function passOnOrphanedSeat(eventId: string, now: Date): Promise<string[]> {
  const event = await loadEvent(eventId)
  if (!event) return []
  const recent = new Date(now.getTime() - FUNCTION_TIME_LIMIT_MS)
  const seated = await countOf({ eventId, status: 'seated' })
  const inFlight = await countOf({ eventId, status: _.in(['waitlisted', 'pending']), updatedAt: _.gte(recent) })
  if (event.seatsTaken - seated - inFlight <= 0) return []
  if (event.status !== 'published' || now >= new Date(event.startAt)) {
    await releaseSeat(eventId)
    return []
  }
  const promoted = await passSeatOn(eventId, now)
  await tellSeated(eventId, promoted, now)
  return promoted
}

/**
 * Removes `doc` if it is a `pending` sign-up older than the api function's time limit (config.json `timeout`),
 * with its form answers, and passes on a seat it held. Conditional on the record being unchanged, so a slow but
 * live request is never undone and two reclaimers remove it once. Answers whether this call removed it.
 */
export async function reclaimStalePending(doc: SignupDoc | null, now: Date): Promise<boolean> {
  if (!doc || doc.status !== 'pending') return false
  const since = new Date(doc.updatedAt ?? doc.createdAt).getTime()
  if (now.getTime() - since < FUNCTION_TIME_LIMIT_MS) return false
  const res = (await signups().where({ _id: doc._id, status: 'pending', updatedAt: doc.updatedAt }).remove()) as { stats: { removed: number } }
  if (!res.stats.removed) return false
  await Promise.resolve(signupForms().doc(doc._id).remove()).catch(() => undefined)
  await passOnOrphanedSeat(doc.eventId, now)
  return true
}

/** The timer's sweep: every stale pending sign-up is reclaimed. Idempotent (a second run finds none). */
export const reclaimStaleSignupsJob: Job = {
  name: 'events.reclaimStalePending',
  async run(now) {
    const before = new Date(now.getTime() - FUNCTION_TIME_LIMIT_MS)
    const stale = await getDocs<SignupDoc>(
      signups()
        .where({ status: 'pending', updatedAt: _.lt(before) })
        .orderBy('_id', 'asc')
        .limit(BATCH),
    )
    let reclaimed = 0
    for (const doc of stale) if (await reclaimStalePending(doc, now)) reclaimed++
    return { stale: stale.length, reclaimed }
  },
}
