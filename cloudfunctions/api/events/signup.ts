import { signupInput, type SignupResult } from '../../../types/events'
import { defineAction } from '../core/action'
import type { Caller } from '../core/caller'
import { AppError, forbidden, invalidInput, notFound } from '../core/errors'
import { newSecret } from './codes'
import { signupId, type EventDoc, type SignupDoc } from './eventDoc'
import { loadEvent, loadSignup, positionOfNewTicket, runsEvent, signupForms, signups, waitlistPosition } from './eventStore'
import { audienceAllows, signupClosedReason, validateForm } from './rules'
import { tellSeated } from './seatNotice'
import { fillFreeSeats, joinWaitlist, takeSeatFresh } from './seats'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Another request of the same person holds the record: wait for it to settle (null if it gave the claim back). */
async function settled(id: string): Promise<SignupDoc | null> {
  for (let i = 0; i < 100; i++) {
    const doc = await loadSignup(id)
    if (!doc || doc.status !== 'pending') return doc
    await sleep(50)
  }
  throw new AppError('CONFLICT', '报名正在处理中，请稍后在“我的活动”查看')
}

async function answer(doc: SignupDoc | null): Promise<SignupResult | null> {
  if (!doc) return null
  if (doc.status === 'seated') return { status: 'seated' }
  if (doc.status === 'waitlisted') return { status: 'waitlisted', position: (await waitlistPosition(doc)) ?? undefined }
  return null
}

/** Claims the person's one record: a fresh add, or taking back a cancelled one by conditional update. */
async function claim(event: EventDoc, openid: string, remind: boolean, now: Date): Promise<SignupDoc | 'taken'> {
  const id = signupId(event._id, openid)
  const fresh: Omit<SignupDoc, '_id' | 'createdAt'> = {
    eventId: event._id,
    openid,
    status: 'pending',
    waitTicket: null,
    checkinToken: newSecret(),
    checkedInAt: null,
    checkedInBy: null,
    remind,
    reminderSentAt: null,
    reminderAttempts: 0,
    seatNoticeAt: null,
    startAt: event.startAt,
    updatedAt: now,
  }
  try {
    await signups().add({ data: { _id: id, ...fresh, createdAt: now } })
    return { _id: id, ...fresh, createdAt: now }
  } catch (error) {
    const existing = await loadSignup(id)
    if (!existing) throw error
    if (existing.status !== 'cancelled') return 'taken'
    const res = (await signups().where({ _id: id, status: 'cancelled' }).update({ data: fresh })) as { stats: { updated: number } }
    return res.stats.updated === 1 ? { ...existing, ...fresh } : 'taken'
  }
}

export function assertMayJoin(caller: Caller, event: EventDoc | null, invite: string | undefined): asserts event is EventDoc {
  if (!event || (event.status === 'draft' && !runsEvent(caller, event))) throw notFound('没有找到这个活动')
  if (event.visibility === 'qr' && invite !== event.inviteCode && !runsEvent(caller, event)) {
    throw forbidden('这个活动仅限扫码报名，请扫描现场二维码')
  }
  if (!audienceAllows(event.audience, caller.roles)) throw forbidden('这个活动不面向你的身份开放')
}

export const signupForEvent = defineAction({
  name: 'events.signup',
  input: signupInput,
  async handle({ caller, input, now }) {
    const event = await loadEvent(input.eventId)
    assertMayJoin(caller, event, input.invite)
    const id = signupId(event._id, caller.openid)

    const closed = signupClosedReason(event, now)
    if (closed) {
      // Asking again after the deadline still answers the sign-up one already has.
      const earlier = await answer(await settled(id))
      if (earlier) return earlier
      throw new AppError('SIGNUP_CLOSED', closed)
    }
    const form = validateForm(event.formFields, input.form)
    if ('problem' in form) throw invalidInput(form.problem)

    // Tapping twice, or a second device: the first sign-up stands (the record's id is the person's own).
    const claimed = await claim(event, caller.openid, input.remind ?? false, now)
    if (claimed === 'taken') {
      const result = await answer(await settled(id))
      if (result) return result
      throw new AppError('FULL', '名额已满')
    }
    if (event.formFields.length > 0) {
      await signupForms().doc(id).set({ data: { eventId: event._id, openid: caller.openid, answers: form.answers, updatedAt: now } })
    }

    if (await takeSeatFresh(event._id, event)) {
      await signups().doc(id).update({ data: { status: 'seated', updatedAt: now } })
      return { status: 'seated' }
    }
    if (!event.waitlistEnabled) {
      await signups().doc(id).remove() // give the claim back: a later try may find a seat
      throw new AppError('FULL', '名额已满')
    }
    const ticket = await joinWaitlist(event._id, id, now)
    // A seat may have come free while we queued (a cancellation): nobody waits beside an empty chair.
    const promoted = await fillFreeSeats(event._id, now)
    // Anyone else moved up is told; the caller reads it in this answer. Empty (no work) in a rush.
    await tellSeated(event._id, promoted.filter((other) => other !== id), now)
    if (promoted.includes(id)) return { status: 'seated' }
    return { status: 'waitlisted', position: await positionOfNewTicket(event._id, ticket) }
  },
})
