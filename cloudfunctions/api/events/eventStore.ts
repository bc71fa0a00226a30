import type { Caller } from '../core/caller'
import { _, db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { forbidden, notFound } from '../core/errors'
import type { EventDoc, SignupDoc } from './eventDoc'
import { callerScope, covers } from '../core/scope'

export const events = () => db.collection('events')
export const signups = () => db.collection('signups')
export const signupForms = () => db.collection('signupForms')

export async function loadEvent(id: string): Promise<EventDoc | null> {
  return firstDoc<EventDoc>(events().where({ _id: id }).limit(1))
}

export async function requireEvent(id: string): Promise<EventDoc> {
  const event = await loadEvent(id)
  if (!event) throw notFound('没有找到这个活动')
  return event
}

export async function loadSignup(id: string): Promise<SignupDoc | null> {
  return firstDoc<SignupDoc>(signups().where({ _id: id }).limit(1))
}

/** Staff of this event (its organisers) or an admin whose scope covers the event's block (issue 16). */
export function runsEvent(caller: Caller, event: EventDoc): boolean {
  if (!caller.roles.includes('staff') && !caller.roles.includes('admin')) return false
  if (!covers(callerScope(caller), event)) return false
  if (caller.roles.includes('admin')) return true
  return caller.roles.includes('staff') && event.staffOpenids.includes(caller.openid)
}

export async function requireEventStaff(caller: Caller, eventId: string): Promise<EventDoc> {
  const event = await requireEvent(eventId)
  if (!runsEvent(caller, event)) throw forbidden('你不是这个活动的工作人员')
  return event
}

/**
 * 1-based place among those still waiting, by the waitlist key (`waitTicket`, then `_id`): one count of the keys
 * ahead. Only ever shown, never used to decide; during a rush it is the place at the moment of asking.
 */
export async function waitlistPosition(signup: SignupDoc): Promise<number | null> {
  if (signup.status !== 'waitlisted' || signup.waitTicket === null) return null
  const ahead = (await signups()
    .where(
      _.and([
        { eventId: signup.eventId, status: 'waitlisted' },
        _.or([{ waitTicket: _.lt(signup.waitTicket) }, { waitTicket: signup.waitTicket, _id: _.lt(signup._id) }]),
      ]),
    )
    .count()) as { total: number }
  return ahead.total + 1
}
