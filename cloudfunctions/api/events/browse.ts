import { COMPANIONS_MAX, getEventInput, listEventsInput, manageEventsInput, type EventView } from '@/types/events'
import { EVENTS_LIST_LIMIT } from '@/types/events.vocab'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { signupId, toEventSummary, toMySignup, type EventDoc, type SignupDoc } from './eventDoc'
import { callerScope, scopeWhere } from '../core/scope'
import { homePlaceOf, seenFromHome } from '../org/homeAudience'
import { events, loadEvent, runsEvent, signups, waitlistPosition } from './eventStore'
import { companionNames } from './companions'
import { audienceAllows, signupClosedReason } from './rules'
import { assertMayJoin } from './signup'
import { STAFF_ROLES } from '@/types/roles'

const iso = (d: Date) => new Date(d).toISOString()

/**
 * The 活动 tab: published public events not yet over, soonest first, for the caller's audience; with a home block,
 * only that block's events, its street's street-open ones and unplaced ones (org/homeAudience.ts).
 */
export const listEvents = defineAction({
  name: 'events.list',
  input: listEventsInput,
  caller: 'lazy',
  async handle({ caller, input, now }) {
    const where: Record<string, unknown> = { status: 'published', visibility: 'public', endAt: _.gt(now) }
    if (input.kind) where.kind = input.kind
    const home = await homePlaceOf(caller)
    const query = home ? _.and([where, seenFromHome(home)]) : where
    const docs = await getDocs<EventDoc>(events().where(query).orderBy('startAt', 'asc').limit(EVENTS_LIST_LIMIT))
    // The roles were read with the home block (homePlaceOf): one read of the caller's record.
    const roles = docs.some((e) => e.audience !== 'all') ? caller.roles : []
    return { events: docs.filter((e) => audienceAllows(e.audience, roles)).map(toEventSummary) }
  },
})

/** One event, with the caller's own sign-up. A QR-only event needs its invitation (or an existing sign-up). */
export const getEvent = defineAction({
  name: 'events.get',
  input: getEventInput,
  caller: 'lazy',
  async handle({ caller: lazy, input, now }): Promise<EventView> {
    // One round trip for the reads that need only the ids (roles decide canManage and the audience check).
    const [caller, event, mineAll, waiting] = await Promise.all([
      lazy.withRoles(),
      loadEvent(input.id),
      // The caller's own sign-up and the companions they signed up: one query (COMPANIONS_MAX + 1 records at most).
      getDocs<SignupDoc>(
        signups()
          .where({ eventId: input.id, openid: lazy.openid })
          .limit(COMPANIONS_MAX + 1),
      ),
      signups().where({ eventId: input.id, status: 'waitlisted' }).count() as Promise<{ total: number }>,
    ])
    const own = mineAll.find((s) => s._id === signupId(input.id, lazy.openid)) ?? null
    const companions = mineAll
      .filter((s) => s.companion && s.status !== 'cancelled' && s.status !== 'pending')
      .sort((a, b) => (a.companion ?? 0) - (b.companion ?? 0))
    assertMayJoin(caller, event, own || companions.length ? event?.inviteCode : input.invite)
    const names = await companionNames(companions.map((c) => c._id))
    return {
      ...toEventSummary(event),
      description: event.description,
      openToStreet: (event as EventDoc & { openToStreet?: boolean }).openToStreet === true,
      organiser: event.organiser,
      place: event.place,
      cancelDeadline: iso(event.cancelDeadline),
      formFields: event.formFields,
      route: event.route,
      sessions: event.sessions.map((s) => ({ title: s.title, startAt: iso(s.startAt), endAt: iso(s.endAt) })),
      waitlistCount: waiting.total,
      signupOpen: signupClosedReason(event, now) === null,
      mine: own && own.status !== 'cancelled' ? toMySignup(own, event, await waitlistPosition(own), now) : null,
      companions: await Promise.all(companions.map(async (c) => toMySignup(c, event, await waitlistPosition(c), now, names.get(c._id)))),
      canManage: runsEvent(caller, event),
    }
  },
})

/** Staff: the events they run (admins: all), drafts included. */
export const manageEvents = defineAction({
  name: 'events.manage',
  input: manageEventsInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const where: Record<string, unknown> = input.includePast ? {} : { endAt: _.gt(now) }
    if (!caller.roles.includes('admin')) where.staffOpenids = _.all([caller.openid])
    Object.assign(where, scopeWhere(callerScope(caller)))
    const docs = await getDocs<EventDoc>(events().where(where).orderBy('startAt', 'asc').limit(100))
    return { events: docs.map(toEventSummary) }
  },
})
