import { listVisitsInput } from '@/types/visits'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { getDocs } from '../core/db'
import { callerScope, scopeWhere } from '../core/scope'
import { toVisitView, type VisitAnswersDoc, type VisitDoc } from './visitDoc'
import { STAFF_ROLES } from '@/types/roles'

/** Staff read the visit log, newest first, with the 服务三问 answers (staff only). */
export const listVisits = defineAction({
  name: 'visits.list',
  input: listVisitsInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const where: Record<string, unknown> = { ...scopeWhere(callerScope(caller)) }
    if (input.shopId) where.shopId = input.shopId
    if (input.grid) where.grid = input.grid
    const visits = await getDocs<VisitDoc>(
      db
        .collection('visits')
        .where(where)
        .orderBy('day', 'desc')
        .orderBy('createdAt', 'desc')
        .limit(input.limit ?? 50),
    )
    const ids = visits.map((v) => v._id)
    const answers = ids.length
      ? await getDocs<VisitAnswersDoc>(
          db
            .collection('visitAnswers')
            .where({ _id: _.in(ids) })
            .limit(ids.length),
        )
      : []
    const byId = new Map(answers.map((a) => [a._id, a]))
    return { visits: visits.map((v) => toVisitView(v, byId.get(v._id), caller.openid)) }
  },
})
