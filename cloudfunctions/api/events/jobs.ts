import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import type { Job } from '../core/job'
import { notify } from '../core/notify'
import type { EventDoc, SignupDoc } from './eventDoc'
import { events, signups } from './eventStore'
import { reminderWindow } from './rules'

const BATCH = 200
const SHANGHAI_MS = 8 * 60 * 60 * 1000

/** "2026年05月01日 09:00" in Shanghai time, the form WeChat's time field takes. */
export function shanghaiTime(at: Date): string {
  const d = new Date(new Date(at).getTime() + SHANGHAI_MS)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${p(d.getUTCMonth() + 1)}月${p(d.getUTCDate())}日 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

/** WeChat's `thing` fields take at most 20 characters. */
const thing = (text: string) => (text.length > 20 ? `${text.slice(0, 19)}…` : text)

/**
 * Reminds seated people who opted in, once, shortly before the start. Each reminder is claimed by a conditional
 * update (`reminderSentAt: null` → now) before it is sent, so two runs of the timer never send it twice.
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
    const counts = { due: due.length, sent: 0, notSubscribed: 0, failed: 0 }
    if (due.length === 0) return counts
    const docs = await getDocs<EventDoc>(events().where({ _id: _.in([...new Set(due.map((s) => s.eventId))]) }).limit(BATCH))
    const byId = new Map(docs.map((e) => [e._id, e]))
    for (const signup of due) {
      const event = byId.get(signup.eventId)
      if (!event || event.status !== 'published') continue
      const claim = (await signups()
        .where({ _id: signup._id, reminderSentAt: null })
        .update({ data: { reminderSentAt: now } })) as { stats: { updated: number } }
      if (claim.stats.updated === 0) continue // another run has it
      const outcome = await notify(
        signup.openid,
        'eventReminder',
        { thing1: { value: thing(event.title) }, time2: { value: shanghaiTime(event.startAt) }, thing3: { value: thing(event.place.name) } },
        `features/events/subpages/detail/index?id=${encodeURIComponent(event._id)}`,
      )
      await signups().doc(signup._id).update({ data: { reminderOutcome: outcome } })
      if (outcome === 'sent') counts.sent++
      else if (outcome === 'not-subscribed') counts.notSubscribed++
      else counts.failed++
    }
    return counts
  },
}
