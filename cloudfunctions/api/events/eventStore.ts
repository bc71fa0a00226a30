import type { Caller } from '../core/caller'
import { _, db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { forbidden, notFound } from '../core/errors'
import type { EventDoc, SignupDoc } from './eventDoc'

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

/** Staff of this event (its organisers) or any admin. */
export function runsEvent(caller: Caller, event: EventDoc): boolean {
  if (caller.roles.includes('admin')) return true
  return caller.roles.includes('staff') && event.staffOpenids.includes(caller.openid)
}

export async function requireEventStaff(caller: Caller, eventId: string): Promise<EventDoc> {
  const event = await requireEvent(eventId)
  if (!runsEvent(caller, event)) throw forbidden('你不是这个活动的工作人员')
  return event
}

/**
 * The place of a ticket just issued. Each lower ticket is ahead unless its holder has left the waitlist (seated or
 * cancelled keep their ticket): counted that way because in a rush a lower ticket may be issued but not yet written
 * on its sign-up, which waitlistPosition would miss (two people told the same place).
 */
export async function positionOfNewTicket(eventId: string, ticket: number): Promise<number> {
  const left = (await signups()
    .where({ eventId, waitTicket: _.lt(ticket), status: _.in(['seated', 'cancelled']) })
    .count()) as { total: number }
  return ticket - left.total
}

/** 1-based place among those still waiting (a read, so it is only ever shown, never used to decide). */
export async function waitlistPosition(signup: SignupDoc): Promise<number | null> {
  if (signup.status !== 'waitlisted' || signup.waitTicket === null) return null
  const ahead = (await signups()
    .where({ eventId: signup.eventId, status: 'waitlisted', waitTicket: _.lt(signup.waitTicket) })
    .count()) as { total: number }
  return ahead.total + 1
}
