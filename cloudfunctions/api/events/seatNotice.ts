// Telling people the waitlist moved them up. Runs after the seat is taken, only when someone was promoted:
// a sign-up rush (no cancellations) promotes nobody and so never waits on WeChat here.
import { notify, type NotifyOutcome } from '../core/notify'
import { eventMessageData, eventPage } from './eventMessage'
import { loadEvent, signups } from './eventStore'

/**
 * One "候补成功" message per promotion, to those who opted in to messages. Claimed first by a conditional update
 * (`seatNoticeAt: null` → now), so two racing callers (two cancellations, a cancellation and a capacity edit)
 * never send it twice. A failed send is not retried: the seat is theirs either way and the page shows it.
 */
export async function tellSeated(eventId: string, promotedIds: readonly string[], now: Date): Promise<NotifyOutcome[]> {
  if (promotedIds.length === 0) return []
  const event = await loadEvent(eventId)
  if (!event) return []
  const outcomes: NotifyOutcome[] = []
  for (const id of promotedIds) {
    const claim = (await signups()
      .where({ _id: id, status: 'seated', remind: true, seatNoticeAt: null })
      .update({ data: { seatNoticeAt: now } })) as { stats: { updated: number } }
    if (claim.stats.updated === 0) continue
    const openid = id.slice(eventId.length + 1) // `${eventId}:${openid}`
    const outcome = await notify(openid, 'eventSeatConfirmed', eventMessageData(event), eventPage(eventId))
    await signups()
      .doc(id)
      .update({ data: { seatNoticeOutcome: outcome } })
    outcomes.push(outcome)
  }
  return outcomes
}
