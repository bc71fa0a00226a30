import { escalateNeedInput, resolveNeedInput } from '@/types/needs'
import { NEED_LEVEL_LABELS } from '@/types/needs.vocab'
import { defineAction } from '../core/action'
import { assertTextIsClean } from '../core/contentCheck'
import { AppError } from '../core/errors'
import { applyStaffStep } from './handle'
import { notifyLevel, notifySubmitter } from './notifications'
import { deadlineFor, nextLevel } from './rules'
import { openNeedForStaff, viewFor } from './store'
import { STAFF_ROLES } from '@/types/roles'

/** Blows the next whistle: the need climbs a level with a reason, and waits there to be accepted anew. */
export const escalateNeed = defineAction({
  name: 'needs.escalate',
  input: escalateNeedInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const need = await openNeedForStaff(caller, input.needId)
    const to = nextLevel(need.level)
    if (!to) throw new AppError('CONFLICT', '已是统筹指挥级，不能再升级')
    await assertTextIsClean(caller.openid, [input.reason])
    const set = { level: to, status: 'submitted', assigneeOpenid: null, levelSince: now, deadline: deadlineFor(to, now) }
    const escalated = await applyStaffStep(caller, need, set, { step: 'escalate', at: now, note: input.reason, fromLevel: need.level, toLevel: to })
    await notifySubmitter(escalated, now, '已升级')
    await notifyLevel(escalated, to, now)
    return viewFor(caller, escalated)
  },
})

/** Closes the need with the answer the submitter reads (and may then rate). */
export const resolveNeed = defineAction({
  name: 'needs.resolve',
  input: resolveNeedInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const need = await openNeedForStaff(caller, input.needId)
    await assertTextIsClean(caller.openid, [input.message])
    const set = { status: 'resolved', resolvedAt: now, deadline: null, assigneeOpenid: need.assigneeOpenid ?? caller.openid }
    const note = `${NEED_LEVEL_LABELS[need.level]}办结：${input.message}`
    const resolved = await applyStaffStep(caller, need, set, { step: 'resolve', at: now, note })
    await notifySubmitter(resolved, now)
    return viewFor(caller, resolved)
  },
})
