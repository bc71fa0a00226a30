import { statsInput, type EventsStats } from '@/types/events'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { allDocs } from '../core/db'
import type { EventDoc, SignupDoc } from './eventDoc'
import { events, signups } from './eventStore'
import { callerScope, scopeWhere } from '../core/scope'
import { STAFF_ROLES } from '@/types/roles'

/**
 * For the dashboard: published or cancelled events starting in [from, to) (drafts are not events yet), the live
 * sign-ups of those events (seated + waitlisted), how many are seated, how many were checked in, and events by kind.
 */
export async function eventsDashboardStats({ from, to }: { from: Date; to: Date }, scoped: Record<string, unknown> = {}): Promise<EventsStats> {
  const inRange = await allDocs<EventDoc>((skip, limit) =>
    events()
      .where({ ...scoped, status: _.in(['published', 'cancelled']), startAt: _.and(_.gte(from), _.lt(to)) })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit),
  )
  const byKind: Record<string, number> = {}
  for (const e of inRange) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1
  const ids = inRange.map((e) => e._id)
  let live: Array<Pick<SignupDoc, 'status' | 'checkedInAt'>> = []
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100)
    live = live.concat(
      await allDocs<SignupDoc>((skip, limit) =>
        signups()
          .where({ eventId: _.in(chunk), status: _.in(['seated', 'waitlisted']) })
          .field({ status: true, checkedInAt: true })
          .orderBy('_id', 'asc')
          .skip(skip)
          .limit(limit),
      ),
    )
  }
  return {
    events: inRange.length,
    signups: live.length,
    seated: live.filter((s) => s.status === 'seated').length,
    checkedIn: live.filter((s) => s.status === 'seated' && s.checkedInAt).length,
    byKind,
  }
}

export const eventsStats = defineAction({
  name: 'events.stats',
  input: statsInput,
  roles: STAFF_ROLES,
  handle: ({ caller, input }) => eventsDashboardStats({ from: new Date(input.from), to: new Date(input.to) }, scopeWhere(callerScope(caller))),
})
