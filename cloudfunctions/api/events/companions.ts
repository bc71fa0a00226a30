// 为家人报名 (issue 18): a person signs up companions (家人/同行人) besides themself, up to COMPANIONS_MAX per event.
// Each companion is its own sign-up record, `${eventId}:${openid}:${slot}` (eventDoc.ts), joining by the same
// constant-cost path as the person's own (signup.ts joinEvent): its own seat or waitlist place by the same key, its
// own check-in code, cancelled alone (cancel.ts). The limit holds under a rush because the slots are record ids: a
// fourth live companion has no id to be inserted under. Names are personal data: kept in the functions-only
// `signupForms`, masked in rosters.
import { COMPANIONS_MAX, signupCompanionInput } from '@/types/events'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { AppError, invalidInput } from '../core/errors'
import { companionSignupId, signupId, type SignupDoc, type SignupFormDoc } from './eventDoc'
import { loadEvent, loadSignup, signupForms, signups } from './eventStore'
import { signupClosedReason, validateForm } from './rules'
import { assertMayJoin, joinEvent, needsRoles } from './signup'

const SLOTS = Array.from({ length: COMPANIONS_MAX }, (_unused, i) => i + 1)

/** The message when every companion place of the person is in use. */
export const COMPANIONS_LIMIT_MESSAGE = `每人最多为 ${COMPANIONS_MAX} 位家人或同行人报名`

/** The caller's companion records of one event (any status): at most COMPANIONS_MAX, one read. */
export async function companionsOf(eventId: string, openid: string): Promise<SignupDoc[]> {
  return getDocs<SignupDoc>(
    signups()
      .where({ eventId, openid, companion: _.in(SLOTS) })
      .limit(COMPANIONS_MAX),
  )
}

/** Companions' names by sign-up id (for the signer's own views): one read, none when there are no companions. */
export async function companionNames(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const forms = await getDocs<SignupFormDoc>(
    signupForms()
      .where({ _id: _.in([...ids]) })
      .limit(100),
  )
  return new Map(forms.map((f) => [f._id, f.companionName ?? '']))
}

/**
 * Signs up one companion of the caller: name required, the event's form answered for them (its required fields).
 * Errors: SIGNUP_CLOSED, FULL (no waitlist, no seat), CONFLICT (COMPANIONS_MAX live already, COMPANIONS_LIMIT_MESSAGE), INVALID_INPUT (form),
 * FORBIDDEN/NOT_FOUND as for one's own sign-up. A repeat with the same `requestId` answers the first result (router).
 */
export const signupCompanion = defineAction({
  name: 'events.signupCompanion',
  input: signupCompanionInput,
  caller: 'lazy',
  async handle({ caller: lazy, input, now }) {
    const event = await loadEvent(input.eventId)
    // A QR-only event: the signer's own sign-up stands for the invitation (as on the event page, browse.ts).
    const signedUp = event?.visibility === 'qr' && input.invite !== event.inviteCode && (await loadSignup(signupId(event._id, lazy.openid)))
    const invite = signedUp ? event?.inviteCode : input.invite
    const caller = needsRoles(event, invite) ? await lazy.withRoles() : lazy
    assertMayJoin(caller, event, invite)
    const closed = signupClosedReason(event, now)
    if (closed) throw new AppError('SIGNUP_CLOSED', closed)
    const form = validateForm(event.formFields, input.form)
    if ('problem' in form) throw invalidInput(form.problem)

    const live = new Set((await companionsOf(event._id, caller.openid)).filter((c) => c.status !== 'cancelled').map((c) => c.companion))
    const free = SLOTS.filter((slot) => !live.has(slot))
    if (free.length === 0) throw new AppError('CONFLICT', COMPANIONS_LIMIT_MESSAGE)
    const result = await joinEvent(
      event,
      {
        // A slot taken meanwhile (two companions added at once) is passed over for the next.
        claims: free.map((slot) => ({
          id: companionSignupId(event._id, caller.openid, slot),
          fields: { openid: caller.openid, remind: input.remind ?? false, companion: slot },
        })),
        saveForm: async (id) => {
          await signupForms()
            .doc(id)
            .set({ data: { eventId: event._id, openid: caller.openid, answers: form.answers, companionName: input.name, updatedAt: now } })
        },
        whenTaken: async () => {
          throw new AppError('CONFLICT', COMPANIONS_LIMIT_MESSAGE)
        },
        whenFull: async () => {
          throw new AppError('FULL', '名额已满')
        },
      },
      now,
    )
    return { status: result.status, signupId: result.signupId as string }
  },
})
