import { signupInput, type SignupResult } from '@/types/events'
import { defineAction } from '../core/action'
import type { Caller } from '../core/caller'
import { AppError, forbidden, invalidInput, notFound } from '../core/errors'
import { newSecret } from './codes'
import { signupId, type EventDoc, type SignupDoc } from './eventDoc'
import { loadEvent, loadSignup, runsEvent, signupForms, signups } from './eventStore'
import { audienceAllows, signupClosedReason, validateForm } from './rules'
import { tellSeated } from './seatNotice'
import { releaseSeat, seatOwnSignup, takeSeat, waitKey } from './seats'
import { reclaimStalePending } from './stalePending'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A repeat looks at most this many times for the first request to finish (about 0.3 s). */
const REPEAT_LOOKS = 6

/** Another request of the same person holds the record: wait for it to settle (null if it gave the claim back). */
async function settled(id: string): Promise<SignupDoc | null> {
  for (let i = 0; i < 100; i++) {
    const doc = await loadSignup(id)
    if (!doc || doc.status !== 'pending') return doc
    await sleep(50)
  }
  throw new AppError('CONFLICT', '报名正在处理中，请稍后在“我的活动”查看')
}

/** The answer for a sign-up that exists. The waitlist place is shown by the event page (`events.get`), counted there. */
function answer(doc: SignupDoc | null): SignupResult | null {
  if (doc?.status === 'seated') return { status: 'seated' }
  if (doc?.status === 'waitlisted') return { status: 'waitlisted' }
  return null
}

/**
 * A second request of a person who already has a sign-up. While the event (as read) still had a free seat, a
 * waitlisted record is probably the first request between its insert and its seat: look again briefly, so
 * both answers agree.
 */
async function repeatAnswer(event: EventDoc, id: string): Promise<SignupResult | null> {
  let doc = await settled(id)
  for (let look = 1; look < REPEAT_LOOKS && doc?.status === 'waitlisted' && event.seatsTaken < event.capacity; look++) {
    await sleep(50)
    doc = await loadSignup(id)
  }
  return answer(doc)
}

/** What a new sign-up record holds besides its id and status (`companion` for a companion's record). */
export interface ClaimFields {
  openid: string
  remind: boolean
  companion?: number
}

/**
 * Inserts the record `id` as `status` (a cancelled one is taken back by conditional update).
 * 'taken' when it is already live.
 */
async function claim(event: EventDoc, id: string, fields: ClaimFields, status: 'waitlisted' | 'seated', now: Date): Promise<'claimed' | 'taken'> {
  const fresh: Omit<SignupDoc, '_id' | 'createdAt'> = {
    eventId: event._id,
    ...fields,
    status,
    waitTicket: waitKey(now),
    checkinToken: newSecret(),
    checkedInAt: null,
    checkedInBy: null,
    reminderSentAt: null,
    reminderAttempts: 0,
    seatNoticeAt: null,
    startAt: event.startAt,
    updatedAt: now,
  }
  try {
    await signups().add({ data: { _id: id, ...fresh, createdAt: now } })
    return 'claimed'
  } catch (error) {
    const existing = await loadSignup(id)
    if (!existing) throw error
    // A `pending` record left by a request that died (older than the function's time limit) is reclaimed, then claimed.
    if (await reclaimStalePending(existing, now)) return claim(event, id, fields, status, now)
    if (existing.status !== 'cancelled') return 'taken'
    const res = (await signups().where({ _id: id, status: 'cancelled' }).update({ data: fresh })) as { stats: { updated: number } }
    return res.stats.updated === 1 ? 'claimed' : 'taken'
  }
}

/** How a join goes: the record ids to try in turn with what each holds, its form, and what to answer when all are taken. */
export interface JoinPlan {
  claims: ReadonlyArray<{ id: string; fields: ClaimFields }>
  /** Saves the form answers under the record's id (the one claimed). */
  saveForm: (id: string) => Promise<void>
  /** Every id was live already (a repeat of the person's own sign-up, or every companion slot in use). */
  whenTaken: () => Promise<SignupResult>
  /** No waitlist and no free seat. */
  whenFull: () => Promise<SignupResult>
}

/**
 * Sign-up in a constant number of database operations, whatever the rush: read the event (the caller did),
 * insert the record, one conditional update for a seat (and, when won, one to mark the record seated). Without
 * a waitlist the seat is taken first and the record inserted seated. No loop touches the event document.
 * Answers the id claimed with the result.
 */
export async function joinEvent(event: EventDoc, plan: JoinPlan, now: Date): Promise<SignupResult & { signupId?: string }> {
  const claimFirst = async (status: 'waitlisted' | 'seated'): Promise<string | null> => {
    for (const { id, fields } of plan.claims) if ((await claim(event, id, fields, status, now)) === 'claimed') return id
    return null
  }
  if (!event.waitlistEnabled) {
    // Nobody waits, so nobody can be left beside a freed seat: the seat first, then the record.
    if (!(await takeSeat(event))) return plan.whenFull()
    const id = await claimFirst('seated')
    if (!id) {
      await releaseSeat(event._id) // tapping twice: the first sign-up holds its own seat
      return plan.whenTaken()
    }
    await plan.saveForm(id)
    return { status: 'seated', signupId: id }
  }
  // Tapping twice, or a second device: the first sign-up stands (the record's id is the person's own).
  const id = await claimFirst('waitlisted')
  if (!id) return plan.whenTaken()
  await plan.saveForm(id)
  // On the waitlist already, so a seat freed from now on finds this person either way: by this try (always made,
  // even when the event looked full, since a seat may have come free since the read) or by the freer's fill.
  if (await takeSeat(event)) {
    const movedUp = await seatOwnSignup(event._id, id, now)
    if (movedUp.length) await tellSeated(event._id, movedUp, now)
    return { status: 'seated', signupId: id }
  }
  return { status: 'waitlisted', signupId: id }
}

/** Whether deciding who may join this event needs the caller's roles (their `users` record). */
export function needsRoles(event: EventDoc | null, invite: string | undefined): boolean {
  return !event || event.status === 'draft' || event.audience !== 'all' || (event.visibility === 'qr' && invite !== event.inviteCode)
}

export function assertMayJoin(caller: Caller, event: EventDoc | null, invite: string | undefined): asserts event is EventDoc {
  if (!event || (event.status === 'draft' && !runsEvent(caller, event))) throw notFound('没有找到这个活动')
  if (event.visibility === 'qr' && invite !== event.inviteCode && !runsEvent(caller, event)) {
    throw forbidden('这个活动仅限扫码报名，请扫描现场二维码')
  }
  // (An event for everyone needs no roles: `needsRoles` lets the caller's record go unread then.)
  if (event.audience !== 'all' && !audienceAllows(event.audience, caller.roles)) throw forbidden('这个活动不面向你的身份开放')
}

/** The person's own sign-up (its id is theirs, so a second tap finds the first): see joinEvent. */
export const signupForEvent = defineAction({
  name: 'events.signup',
  input: signupInput,
  caller: 'lazy',
  async handle({ caller: lazy, input, now }) {
    const event = await loadEvent(input.eventId)
    const caller = needsRoles(event, input.invite) ? await lazy.withRoles() : lazy
    assertMayJoin(caller, event, input.invite)
    const id = signupId(event._id, caller.openid)
    const remind = input.remind ?? false

    const closed = signupClosedReason(event, now)
    if (closed) {
      // Asking again after the deadline still answers the sign-up one already has.
      const earlier = answer(await settled(id))
      if (earlier) return earlier
      throw new AppError('SIGNUP_CLOSED', closed)
    }
    const form = validateForm(event.formFields, input.form)
    if ('problem' in form) throw invalidInput(form.problem)
    const saveForm = async (formId: string) => {
      if (event.formFields.length === 0) return
      await signupForms()
        .doc(formId)
        .set({ data: { eventId: event._id, openid: caller.openid, answers: form.answers, updatedAt: now } })
    }
    const { status } = await joinEvent(
      event,
      {
        claims: [{ id, fields: { openid: caller.openid, remind } }],
        saveForm,
        whenTaken: async () => {
          const result = await repeatAnswer(event, id)
          if (result) return result
          throw new AppError('FULL', '名额已满')
        },
        whenFull: async () => {
          const earlier = answer(await settled(id))
          if (earlier) return earlier
          throw new AppError('FULL', '名额已满')
        },
      },
      now,
    )
    return { status }
  },
})
