import { eventIdInput, mineInput } from '@/types/events'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { notFound } from '../core/errors'
import { signupId, toEventSummary, toMySignup, type EventDoc, type SignupDoc } from './eventDoc'
import { events, signups, waitlistPosition } from './eventStore'
import { reclaimStalePending } from './stalePending'
import { companionNames } from './companions'

/**
 * "我的活动": every sign-up of the caller (cancelled ones too), soonest event first; the companions they signed up
 * come as their own items (`signup.companion` set, with the name), right after the caller's own of that event.
 */
export const myEvents = defineAction({
  name: 'events.mine',
  input: mineInput,
  async handle({ caller, now }) {
    const mine = await getDocs<SignupDoc>(signups().where({ openid: caller.openid }).orderBy('startAt', 'asc').limit(100))
    // A sign-up left `pending` by a dead request is reclaimed here too (rare, so nearly free); a live one is not shown.
    for (const s of mine) if (s.status === 'pending') await reclaimStalePending(s, now)
    const settled = mine.filter((s) => s.status !== 'pending')
    if (settled.length === 0) return { items: [] }
    const docs = await getDocs<EventDoc>(
      events()
        .where({ _id: _.in(settled.map((s) => s.eventId)) })
        .limit(100),
    )
    const byId = new Map(docs.map((e) => [e._id, e]))
    const names = await companionNames(settled.filter((s) => s.companion).map((s) => s._id))
    // Stable: same start stays in query order; within an event the caller's own first, then companions by slot.
    const ordered = [...settled].sort((a, b) => (a.eventId === b.eventId ? (a.companion ?? 0) - (b.companion ?? 0) : 0))
    const items = []
    for (const signup of ordered) {
      const event = byId.get(signup.eventId)
      if (!event) continue
      items.push({ event: toEventSummary(event), signup: toMySignup(signup, event, await waitlistPosition(signup), now, names.get(signup._id)) })
    }
    return { items }
  },
})

/** The person accepted the reminder message later (from "我的活动"): remind them before the start. */
export const remindMe = defineAction({
  name: 'events.remind',
  input: eventIdInput,
  async handle({ caller, input }) {
    const res = (await signups()
      .where({ _id: signupId(input.eventId, caller.openid), status: _.in(['seated', 'waitlisted']) })
      .update({ data: { remind: true } })) as { stats: { updated: number } }
    if (res.stats.updated === 0) {
      // Already on (nothing changed) or no sign-up at all: tell them apart.
      const count = (await signups()
        .where({ _id: signupId(input.eventId, caller.openid), status: _.in(['seated', 'waitlisted']) })
        .count()) as { total: number }
      if (count.total === 0) throw notFound('你没有报名这个活动')
    }
    return { remind: true as const }
  },
})
