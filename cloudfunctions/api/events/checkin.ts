import { checkinInput, type CheckinResult } from '@/types/events'
import { defineAction } from '../core/action'
import type { Caller } from '../core/caller'
import { AppError, forbidden, invalidInput, notFound } from '../core/errors'
import { maskName } from '../core/privacy'
import { parseCode } from './codes'
import { signupId, type EventDoc, type SignupFormDoc } from './eventDoc'
import { loadSignup, requireEvent, runsEvent, signupForms, signups } from './eventStore'
import { checkinWindowProblem, type CheckinBy } from './rules'
import { firstDoc } from '../core/db'

/**
 * Marks exactly one sign-up of exactly one event, once: the update's condition names the sign-up, the event,
 * `seated` and "not yet checked in", so nothing else can match.
 */
async function markCheckedIn(event: EventDoc, id: string, by: CheckinBy, caller: Caller, now: Date): Promise<CheckinResult> {
  const problem = checkinWindowProblem(event, by, now)
  if (problem) throw new AppError('CONFLICT', problem)
  const res = (await signups()
    .where({ _id: id, eventId: event._id, status: 'seated', checkedInAt: null })
    .update({ data: { checkedInAt: now, checkedInBy: caller.openid, updatedAt: now } })) as { stats: { updated: number } }
  if (res.stats.updated === 0) {
    const doc = await loadSignup(id)
    if (!doc || doc.eventId !== event._id || doc.status === 'cancelled') throw notFound('没有找到这条报名')
    if (doc.checkedInAt) throw new AppError('CONFLICT', '已经签到过了')
    throw new AppError('CONFLICT', '候补中的报名不能签到')
  }
  const form = await firstDoc<SignupFormDoc>(signupForms().where({ _id: id }).limit(1))
  const nameField = event.formFields.find((f) => f.type === 'name')
  const name = form?.companionName ?? (nameField ? form?.answers[nameField.key] : undefined)
  return { signupId: id, checkedInAt: now.toISOString(), who: maskName(name) ?? '报名者' }
}

export const checkIn = defineAction({
  name: 'events.checkin',
  input: checkinInput,
  async handle({ caller, input, now }) {
    if (!input.code === !input.signupId) throw invalidInput('请提供签到码或报名编号（二选一）')
    const event = await requireEvent(input.eventId)
    if (event.status !== 'published') throw new AppError('CONFLICT', '活动不在进行中')

    if (input.signupId) {
      // Staff manual override (the code will not scan, the phone is flat …).
      if (!runsEvent(caller, event)) throw forbidden('只有本活动的工作人员可以手动签到')
      if (!input.signupId.startsWith(`${event._id}:`)) throw forbidden('这条报名不属于这个活动')
      return markCheckedIn(event, input.signupId, 'staff', caller, now)
    }

    const code = parseCode(input.code as string)
    if (!code) throw invalidInput('无法识别的签到码')
    if (code.eventId !== event._id) throw forbidden('这是其他活动的签到码')
    if (code.kind === 'attendee') {
      if (!runsEvent(caller, event)) throw forbidden('只有本活动的工作人员可以扫描报名者的签到码')
      const id = signupId(event._id, code.openid)
      const doc = await loadSignup(id)
      if (!doc || doc.checkinToken !== code.token) throw forbidden('签到码无效或已过期')
      return markCheckedIn(event, id, 'staff', caller, now)
    }
    if (code.secret !== event.eventSecret) throw forbidden('签到码无效')
    return markCheckedIn(event, signupId(event._id, caller.openid), 'attendee', caller, now)
  },
})
