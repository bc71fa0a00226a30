import { createEventInput, eventIdInput, setEventStatusInput, updateEventInput, type EventFields } from '@/types/events'
import { defineAction } from '../core/action'
import { replacingObjects } from '../core/wholeFields'
import { _ } from '../core/cloud'
import { assertTextIsClean } from '../core/contentCheck'
import { AppError, invalidInput } from '../core/errors'
import { eventCode, newSecret } from './codes'
import type { EventDoc } from './eventDoc'
import { editableFields, storedFields } from './eventFields'
import { events, requireEventStaff, signups } from './eventStore'
import { eventFieldsProblem } from './rules'
import { tellSeated } from './seatNotice'
import { fillFreeSeats } from './seats'
import { settleCancelledEvent, tellRescheduled } from './settle'
import { movedDeadline } from './reschedule'
import { callerScope, placeInScope } from '../core/scope'
import { STAFF_ROLES } from '@/types/roles'

function assertCoherent(fields: EventFields) {
  const problem = eventFieldsProblem(fields)
  if (problem) throw invalidInput(problem)
}

const publicTexts = (f: Partial<EventFields>) => [f.title, f.description, f.organiser, f.place?.name, f.place?.address]

export const createEvent = defineAction({
  name: 'events.create',
  input: createEventInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const { publish, blockId, openToStreet, ...fields } = input
    assertCoherent(fields)
    await assertTextIsClean(caller.openid, publicTexts(fields))
    const place = await placeInScope(callerScope(caller), blockId, fields.place)
    const id = `ev-${now.getTime().toString(36)}-${newSecret().slice(0, 6)}`
    const doc: EventDoc = {
      _id: id,
      ...storedFields(fields),
      status: publish ? 'published' : 'draft',
      seatsTaken: 0,
      waitlistIssued: 0,
      eventSecret: newSecret(),
      inviteCode: newSecret().slice(0, 12),
      staffOpenids: [caller.openid],
      createdAt: now,
      updatedAt: now,
    }
    await events().add({ data: { ...doc, ...place, openToStreet: openToStreet ?? false } })
    return { id }
  },
})

export const updateEvent = defineAction({
  name: 'events.update',
  input: updateEventInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const { id, openToStreet, ...patch } = input
    const event = await requireEventStaff(caller, id)
    const merged: EventFields = { ...editableFields(event), ...patch, ...movedDeadline(event, patch) }
    assertCoherent(merged)
    await assertTextIsClean(caller.openid, publicTexts(patch))
    const { _id, ...stored } = { _id: id, ...storedFields(merged) }
    // Conditional: never below the seats already taken, even if some are taken while we save.
    const res = (await events()
      .where({ _id, seatsTaken: _.lte(merged.capacity) })
      // route goes null → object when the kind becomes 行走党课: replace objects whole (replacingObjects).
      .update({ data: replacingObjects({ ...stored, ...(openToStreet === undefined ? {} : { openToStreet }), updatedAt: now }) })) as {
      stats: { updated: number }
    }
    if (res.stats.updated === 0) throw invalidInput(`名额不能少于已占用的 ${event.seatsTaken} 个`)
    if (stored.startAt.getTime() !== new Date(event.startAt).getTime()) {
      await signups()
        .where({ eventId: id })
        .update({ data: { startAt: stored.startAt } })
      await tellRescheduled({ ...event, ...stored, _id: id } as EventDoc, now)
    }
    const promoted = merged.capacity > event.capacity ? await fillFreeSeats(id, now) : []
    await tellSeated(id, promoted, now)
    return { id, promoted: promoted.length }
  },
})

const ALLOWED_FROM = { published: ['draft'], cancelled: ['draft', 'published'] } as const

export const setEventStatus = defineAction({
  name: 'events.setStatus',
  input: setEventStatusInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const event = await requireEventStaff(caller, input.id)
    if (event.status === input.status) return { id: event._id, status: event.status }
    const res = (await events()
      .where({ _id: event._id, status: _.in([...ALLOWED_FROM[input.status]]) })
      .update({ data: { status: input.status, updatedAt: now } })) as { stats: { updated: number } }
    if (res.stats.updated === 0) throw new AppError('CONFLICT', '活动状态已变化，请刷新后再试')
    if (input.status === 'cancelled') await settleCancelledEvent(event, now)
    return { id: event._id, status: input.status }
  },
})

/** The event's own check-in code (to put up at the venue) and, for a QR-only event, its invitation. */
export const getEventCode = defineAction({
  name: 'events.eventCode',
  input: eventIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const event = await requireEventStaff(caller, input.eventId)
    return { code: eventCode(event._id, event.eventSecret), invite: event.inviteCode }
  },
})
