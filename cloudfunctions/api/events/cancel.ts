import { cancelSignupInput } from '@/types/events'
import { defineAction } from '../core/action'
import { AppError, notFound } from '../core/errors'
import { signupId } from './eventDoc'
import { loadSignup, requireEvent, signups } from './eventStore'
import { tellSeated } from './seatNotice'
import { passSeatOn, releaseSeat } from './seats'
import { reclaimStalePending } from './stalePending'

/**
 * Cancels the caller's own seat (or, with `signupId`, one companion's that the caller signed up: alone, the others and
 * the caller's own stand) until the cancel deadline (a waitlist place until the start); a freed seat moves the waitlist up at once. */
export const cancelSignup = defineAction({
  name: 'events.cancel',
  input: cancelSignupInput,
  async handle({ caller, input, now }) {
    const event = await requireEvent(input.eventId)
    const own = signupId(event._id, caller.openid)
    // A companion's id is the caller's own id plus its slot (eventDoc.ts): nobody else's record can be named.
    if (input.signupId && input.signupId !== own && !input.signupId.startsWith(`${own}:`)) throw notFound('你没有报名这个活动')
    const id = input.signupId ?? own
    for (let round = 0; round < 20; round++) {
      const doc = await loadSignup(id)
      if (!doc || doc.openid !== caller.openid) throw notFound('你没有报名这个活动')
      if (doc.status === 'cancelled') return { status: 'cancelled' as const, promoted: 0 }
      if (doc.status === 'pending') {
        if (await reclaimStalePending(doc, now)) return { status: 'cancelled' as const, promoted: 0 }
        await new Promise((resolve) => setTimeout(resolve, 50))
        continue
      }
      if (doc.checkedInAt) throw new AppError('CONFLICT', '已签到，不能取消')
      // A waitlisted person holds no seat: they may leave until the start (else they could be seated into one they cannot leave).
      if (doc.status === 'waitlisted' && now >= new Date(event.startAt)) throw new AppError('CONFLICT', '活动已开始，不能再取消候补')
      if (doc.status === 'seated' && now >= new Date(event.cancelDeadline)) throw new AppError('CONFLICT', '已过取消截止时间，如需取消请联系组织者')
      const wasSeated = doc.status === 'seated'
      const res = (await signups()
        .where({ _id: id, status: doc.status, checkedInAt: null })
        .update({ data: { status: 'cancelled', cancelledAt: now, updatedAt: now } })) as { stats: { updated: number } }
      if (res.stats.updated === 0) continue // it changed under us (promoted, checked in, cancelled): look again
      if (!wasSeated) return { status: 'cancelled' as const, promoted: 0 }
      if (event.status !== 'published') {
        await releaseSeat(event._id)
        return { status: 'cancelled' as const, promoted: 0 }
      }
      const promoted = await passSeatOn(event._id, now)
      await tellSeated(event._id, promoted, now)
      return { status: 'cancelled' as const, promoted: promoted.length }
    }
    throw new AppError('CONFLICT', '报名状态正在变化，请稍后再试')
  },
})
