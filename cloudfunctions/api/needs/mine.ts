import { myNeedsInput, needIdInput, rateNeedInput } from '@/types/needs'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { AppError, forbidden, notFound } from '../core/errors'
import { assertTextIsClean } from '../core/contentCheck'
import { toNeedSummary, type NeedDoc } from './needDoc'
import { covers, callerScope } from '../core/scope'
import { changeNeed, isStaffCaller, loadNeed, needs, viewFor } from './store'

/** The caller's own needs, newest first: nobody else's. */
export const myNeeds = defineAction({
  name: 'needs.mine',
  input: myNeedsInput,
  async handle({ caller }) {
    const docs = await getDocs<NeedDoc>(needs().where({ submitterOpenid: caller.openid }).orderBy('createdAt', 'desc').limit(100))
    return { needs: docs.map((d) => toNeedSummary(d)) }
  },
})

/** One need with its whole timeline: its submitter, or staff. */
export const getNeed = defineAction({
  name: 'needs.get',
  input: needIdInput,
  async handle({ caller, input }) {
    const need = await loadNeed(input.needId)
    if (need.submitterOpenid !== caller.openid && !isStaffCaller(caller)) throw forbidden('只能查看自己提交的诉求')
    if (need.submitterOpenid !== caller.openid && !covers(callerScope(caller), need)) throw notFound('没有找到这条诉求')
    return viewFor(caller, need)
  },
})

/** The submitter rates the answer once, after it is resolved. */
export const rateNeed = defineAction({
  name: 'needs.rate',
  input: rateNeedInput,
  async handle({ caller, input, now }) {
    const need = await loadNeed(input.needId)
    if (need.submitterOpenid !== caller.openid) throw forbidden('只能评价自己提交的诉求')
    if (need.status !== 'resolved') throw new AppError('CONFLICT', '诉求办结后才能评价')
    if (need.rating) throw new AppError('CONFLICT', '已经评价过了')
    await assertTextIsClean(caller.openid, [input.comment])
    const rating = { stars: input.stars, comment: input.comment || null }
    const event = {
      step: 'rate' as const,
      at: now,
      by: caller.openid,
      role: 'submitter' as const,
      note: `${input.stars} 星${rating.comment ? `：${rating.comment}` : ''}`,
    }
    // _.set: a plain object would be sent as rating.stars / rating.comment, which MongoDB refuses under rating: null.
    const rated = await changeNeed(need._id, { status: 'resolved', rating: null }, { rating: _.set(rating) }, event)
    if (!rated) throw new AppError('CONFLICT', '已经评价过了')
    return viewFor(caller, await loadNeed(need._id))
  },
})
