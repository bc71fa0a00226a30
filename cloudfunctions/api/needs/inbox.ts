import { inboxInput } from '@/types/needs'
import { OPEN_NEED_STATUSES } from '@/types/needs.vocab'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { toNeedSummary, type NeedDoc } from './needDoc'
import { needs } from './store'
import { callerScope, scopeWhere } from '../core/scope'
import { STAFF_ROLES } from '@/types/roles'

/** Staff inbox by whistle level and status; open needs nearest their deadline first. */
export const needsInbox = defineAction({
  name: 'needs.inbox',
  input: inboxInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const where: Record<string, unknown> = { ...scopeWhere(callerScope(caller)) }
    if (input.level) where.level = input.level
    where.status = input.status ?? _.in([...OPEN_NEED_STATUSES])
    if (input.mine) where.assigneeOpenid = caller.openid
    const resolved = input.status === 'resolved'
    const docs = await getDocs<NeedDoc>(
      needs()
        .where(where)
        .orderBy(resolved ? 'resolvedAt' : 'deadline', resolved ? 'desc' : 'asc')
        .orderBy('createdAt', 'asc')
        .limit(input.limit ?? 50),
    )
    return { needs: docs.map((d) => toNeedSummary(d, caller.openid)) }
  },
})
