// Staff work on one need: accept, reply, hand over. Each is one conditional update that appends to the history.
import { assignNeedInput, needIdInput, replyNeedInput } from '@/types/needs'
import type { Caller } from '../core/caller'
import { defineAction } from '../core/action'
import { loadUser } from '../core/caller'
import { assertTextIsClean } from '../core/contentCheck'
import { invalidInput, AppError } from '../core/errors'
import type { NeedDoc, NeedEvent } from './needDoc'
import { notifySubmitter } from './notifications'
import { changedMeanwhile, changeNeed, loadNeed, openNeedForStaff, staffRole, viewFor } from './store'
import { STAFF_ROLES } from '@/types/roles'
import { covers, scopeOf } from '../core/scope'

/** Applies one staff step to the need as it was read; a concurrent change makes it CONFLICT. */
export async function applyStaffStep(caller: Caller, need: NeedDoc, set: object, event: Omit<NeedEvent, 'by' | 'role'>): Promise<NeedDoc> {
  const full: NeedEvent = { ...event, by: caller.openid, role: staffRole(caller, need) }
  const guard = { level: need.level, status: need.status, assigneeOpenid: need.assigneeOpenid }
  if (!(await changeNeed(need._id, guard, set, full))) throw changedMeanwhile()
  return loadNeed(need._id)
}

export const acceptNeed = defineAction({
  name: 'needs.accept',
  input: needIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const need = await openNeedForStaff(caller, input.needId)
    if (need.status !== 'submitted') throw new AppError('CONFLICT', '这条诉求已有人受理')
    const accepted = await applyStaffStep(caller, need, { status: 'accepted', assigneeOpenid: caller.openid }, { step: 'accept', at: now, note: null })
    await notifySubmitter(accepted, now)
    return viewFor(caller, accepted)
  },
})

/** A reply the submitter reads; replying to an unaccepted need accepts it. */
export const replyNeed = defineAction({
  name: 'needs.reply',
  input: replyNeedInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const need = await openNeedForStaff(caller, input.needId)
    await assertTextIsClean(caller.openid, [input.message])
    const set = need.status === 'submitted' ? { status: 'accepted', assigneeOpenid: caller.openid } : {}
    const replied = await applyStaffStep(caller, need, set, { step: 'reply', at: now, note: input.message })
    await notifySubmitter(replied, now, '已答复')
    return viewFor(caller, replied)
  },
})

/** Hands the need to another staff member (who must hold the staff or admin role). */
export const assignNeed = defineAction({
  name: 'needs.assign',
  input: assignNeedInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const need = await openNeedForStaff(caller, input.needId)
    const assignee = await loadUser(input.assigneeOpenid)
    if (!assignee || !assignee.roles.some((r) => r === 'staff' || r === 'admin')) throw invalidInput('只能转交给网格员或街道管理员')
    if (!covers(scopeOf(assignee.roles, assignee.scope), need)) throw invalidInput('转交对象：对方的工作范围不含这条诉求所在的街区')
    const set = { status: 'accepted', assigneeOpenid: assignee._id }
    const assigned = await applyStaffStep(caller, need, set, { step: 'assign', at: now, note: input.note || null, assignee: assignee._id })
    return viewFor(caller, assigned)
  },
})
