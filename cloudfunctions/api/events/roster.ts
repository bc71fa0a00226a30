import { eventIdInput, signupIdInput, type Roster, type RosterRow } from '@/types/events'
import { SIGNUP_STATUS_LABELS } from '@/types/events.vocab'
import { defineAction } from '../core/action'
import type { Caller } from '../core/caller'
import { allDocs, firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { logAccess, maskName } from '../core/privacy'
import { signupId, toEventSummary, type SignupDoc, type SignupFormDoc } from './eventDoc'
import { loadSignup, requireEventStaff, signupForms, signups } from './eventStore'
import { maskAnswers, toCsv } from './rules'
import { safeFileName, shanghaiTime } from '@/types/text'
import { STAFF_ROLES } from '@/types/roles'

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

async function loadRoster(caller: Caller, eventId: string): Promise<Roster> {
  const event = await requireEventStaff(caller, eventId)
  const docs = (
    await allDocs<SignupDoc>((skip, limit) => signups().where({ eventId }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').skip(skip).limit(limit))
  ).filter((s) => s.status !== 'pending')
  const forms = await allDocs<SignupFormDoc>((skip, limit) => signupForms().where({ eventId }).orderBy('_id', 'asc').skip(skip).limit(limit))
  const answersOf = new Map(forms.map((f) => [f._id, f]))
  // Waitlist order: the key (waitTicket, then _id), as seats.ts promotes.
  const waiting = docs
    .filter((s) => s.status === 'waitlisted')
    .sort((a, b) => (a.waitTicket ?? 0) - (b.waitTicket ?? 0) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
  const rows: RosterRow[] = docs.map((s) => ({
    signupId: s._id,
    status: s.status as RosterRow['status'],
    position: s.status === 'waitlisted' ? waiting.indexOf(s) + 1 : null,
    checkedInAt: iso(s.checkedInAt),
    signedUpAt: new Date(s.createdAt).toISOString(),
    answers: maskAnswers(event.formFields, answersOf.get(s._id)?.answers ?? {}),
    companion: s.companion ? { of: signupId(eventId, s.openid), name: maskName(answersOf.get(s._id)?.companionName) ?? '家人' } : null,
  }))
  const count = (status: string) => docs.filter((s) => s.status === status).length
  return {
    event: toEventSummary(event),
    formFields: event.formFields,
    rows,
    counts: { seated: count('seated'), waitlisted: count('waitlisted'), cancelled: count('cancelled'), checkedIn: docs.filter((s) => s.checkedInAt).length },
  }
}

export const eventRoster = defineAction({
  name: 'events.roster',
  input: eventIdInput,
  roles: STAFF_ROLES,
  handle: ({ caller, input }) => loadRoster(caller, input.eventId),
})

/** The roster as CSV (names and phones masked, like the screen; times as Shanghai wall clock, `2026-12-02 00:30`). */
export const eventRosterCsv = defineAction({
  name: 'events.rosterCsv',
  input: eventIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const roster = await loadRoster(caller, input.eventId)
    // A 家人/同行人 column only when someone signed up a companion (their row names the companion, masked).
    const withCompanions = roster.rows.some((r) => r.companion)
    const header = ['序号', '状态', '候补位次', '报名时间', '签到时间', ...roster.formFields.map((f) => f.label), ...(withCompanions ? ['家人/同行人'] : [])]
    const rows = roster.rows.map((r, i) => [
      String(i + 1),
      SIGNUP_STATUS_LABELS[r.status],
      r.position ? String(r.position) : '',
      shanghaiTime(r.signedUpAt),
      r.checkedInAt ? shanghaiTime(r.checkedInAt) : '',
      ...roster.formFields.map((f) => r.answers[f.key] ?? ''),
      ...(withCompanions ? [r.companion?.name ?? ''] : []),
    ])
    return { filename: `${safeFileName(roster.event.title, '活动')}-名单.csv`, csv: toCsv(header, rows) }
  },
})

/** One person's full answers, for staff of the event; every opening is written to the access log. */
export const signupDetail = defineAction({
  name: 'events.signupDetail',
  input: signupIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const signup = await loadSignup(input.signupId)
    if (!signup) throw notFound('没有找到这条报名')
    const event = await requireEventStaff(caller, signup.eventId)
    const form = await firstDoc<SignupFormDoc>(signupForms().where({ _id: signup._id }).limit(1))
    await logAccess(caller, 'signup.form', signup._id, signup.openid, now)
    const answers = signup.companion ? { ...form?.answers, companionName: form?.companionName ?? '' } : (form?.answers ?? {})
    return { signupId: signup._id, answers, formFields: event.formFields }
  },
})
