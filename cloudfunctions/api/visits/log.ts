import { logVisitInput } from '@/types/visits'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { AppError, invalidInput } from '../core/errors'
import { createNeed } from '../needs/submit'
import { loadShop } from '../shops/membership'
import { assertInScope, callerScope } from '../core/scope'
import type { OrgPlace } from '../org/orgDocs'
import { shanghaiDay, toVisitView, visitId, type VisitAnswersDoc, type VisitDoc } from './visitDoc'
import { STAFF_ROLES } from '@/types/roles'

/**
 * A visit in a few taps: the shop is already known, the 服务三问 are three answers, and a finding becomes a need
 * at once with the shop filled in — nothing typed twice.
 */
export const logVisit = defineAction({
  name: 'visits.log',
  input: logVisitInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const shop = assertInScope(callerScope(caller), await loadShop(input.shopId), '没有找到这家店')
    // The visit sits where its shop does (issue 16): block staff see it, the street rolls it up.
    const shopPlace = shop as { blockId?: string | null; streetId?: string | null }
    const place: OrgPlace = { blockId: shopPlace.blockId ?? null, streetId: shopPlace.streetId ?? null }
    const day = input.date ?? shanghaiDay(now)
    if (day > shanghaiDay(now)) throw invalidInput('走访日期不能晚于今天')
    const id = visitId(shop._id, day, caller.openid)
    const visit: VisitDoc = {
      _id: id,
      shopId: shop._id,
      shopName: shop.name,
      grid: shop.grid,
      day,
      staffOpenid: caller.openid,
      notes: input.notes || null,
      photos: input.photos ?? [],
      needId: null,
      createdAt: now,
    }
    const { _id, ...visitFields } = visit
    const fields = { ...visitFields, ...place }
    try {
      await db.collection('visits').add({ data: { _id, ...fields } })
    } catch (error) {
      if (await firstDoc(db.collection('visits').where({ _id: id }).limit(1))) throw new AppError('CONFLICT', '这一天已经记录过这家店的走访')
      throw error
    }
    const answers: VisitAnswersDoc = { _id: id, shopId: shop._id, grid: shop.grid, day, ...input.answers }
    await db
      .collection('visitAnswers')
      .doc(id)
      .set({ data: { ...(({ _id: _drop, ...rest }) => rest)(answers), ...place } })
    await db
      .collection('shops')
      .where({ _id: shop._id })
      .update({ data: { lastVisitAt: _.max(new Date(`${day}T12:00:00+08:00`) as unknown as number) } })

    let needId: string | null = null
    if (input.raiseNeed) {
      const need = await createNeed({ ...input.raiseNeed, submitterOpenid: caller.openid, shopId: shop._id, visitId: id, photos: input.photos }, now)
      needId = need._id
      await db.collection('visits').doc(id).update({ data: { needId } })
      visit.needId = needId
    }
    return { visit: toVisitView(visit, answers, caller.openid), needId }
  },
})
