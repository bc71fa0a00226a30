import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import type { Job } from '../core/job'
import { notify } from '../core/notify'
import type { EventDoc, SignupDoc } from './eventDoc'
import { eventMessageData, eventPage } from './eventMessage'
import { events, signups } from './eventStore'
import { reminderNext } from './reminderRetry'
import { reminderWindow } from './rules'

export { shanghaiTime } from './eventMessage'

const BATCH = 200

/**
 * Reminds seated people who opted in, once, shortly before the start. Each reminder is claimed by a conditional
 * update (`reminderSentAt: null` → now) before it is sent, so two runs of the timer never send it twice. A send
 * that failed for a passing reason is released (`reminderSentAt` back to null) for the next run, up to
 * MAX_REMINDER_ATTEMPTS times; "not subscribed" is final.
 */
export const eventReminderJob: Job = {
  name: 'events.reminders',
  async run(now) {
    const { after, until } = reminderWindow(now)
    const due = await getDocs<SignupDoc>(
      signups()
        .where({ status: 'seated', remind: true, reminderSentAt: null, startAt: _.and(_.gt(after), _.lte(until)) })
        .limit(BATCH),
    )
    const counts = { due: due.length, sent: 0, notSubscribed: 0, failed: 0, retrying: 0 }
    if (due.length === 0) return counts
    const docs = await getDocs<EventDoc>(
      events()
        .where({ _id: _.in([...new Set(due.map((s) => s.eventId))]) })
        .limit(BATCH),
    )
    const byId = new Map(docs.map((e) => [e._id, e]))
    for (const signup of due) {
      const event = byId.get(signup.eventId)
      if (!event || event.status !== 'published') continue
      const attempts = (signup.reminderAttempts ?? 0) + 1
      const claim = (await signups()
        .where({ _id: signup._id, reminderSentAt: null })
        .update({ data: { reminderSentAt: now, reminderAttempts: attempts } })) as { stats: { updated: number } }
      if (claim.stats.updated === 0) continue // another run has it
      const outcome = await notify(signup.openid, 'eventReminder', eventMessageData(event), eventPage(event._id))
      const next = reminderNext(outcome, attempts)
      if (next === 'retry') {
        // Only our own claim is released: the condition is the value we wrote.
        await signups()
          .where({ _id: signup._id, reminderSentAt: now })
          .update({ data: { reminderSentAt: null, reminderOutcome: outcome } })
        counts.retrying++
      } else {
        await signups()
          .doc(signup._id)
          .update({ data: { reminderOutcome: outcome } })
      }
      if (outcome === 'sent') counts.sent++
      else if (outcome === 'not-subscribed') counts.notSubscribed++
      else counts.failed++
    }
    return counts
  },
}
