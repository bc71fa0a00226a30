import type { Caller } from '../core/caller'
import { _, db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { AppError, forbidden, notFound } from '../core/errors'
import type { NeedView } from '@/types/needs'
import type { NeedActorRole, NeedDoc, NeedEvent } from './needDoc'
import { toNeedView } from './needDoc'
import { mayHandleLevel } from './rules'
import { assertInScope, callerScope } from '../core/scope'

export const needs = () => db.collection('needs')

export async function loadNeed(needId: string): Promise<NeedDoc> {
  const need = await firstDoc<NeedDoc>(needs().where({ _id: needId }).limit(1))
  if (!need) throw notFound('没有找到这条诉求')
  return need
}

export const isStaffCaller = (caller: Caller) => caller.roles.includes('staff') || caller.roles.includes('admin')

export function viewFor(caller: Caller, need: NeedDoc): NeedView {
  const view = toNeedView(need, { openid: caller.openid, staff: isStaffCaller(caller) })
  // The page offers 受理/答复/办结 only when the server would take them (level 3 is the street office's).
  return isStaffCaller(caller) ? { ...view, canHandle: mayHandleLevel(caller.roles, need.level) } : view
}

/**
 * One state change: a conditional update on what the change was decided from (`guard`), with the step appended
 * to the history in the same write — so two staff acting at once cannot both win, and history is only ever pushed.
 */
export async function changeNeed(needId: string, guard: object, set: object, event: NeedEvent): Promise<boolean> {
  const result = (await needs()
    .where({ _id: needId, ...guard })
    .update({ data: { ...set, updatedAt: event.at, history: _.push([event]) } })) as { stats: { updated: number } }
  return result.stats.updated === 1
}

export function staffRole(caller: Caller, need: NeedDoc): NeedActorRole {
  return need.level === 3 || !caller.roles.includes('staff') ? 'admin' : 'staff'
}

/** Loads an open need this staff member may act on (level 3 is the street office's; another block's is NOT_FOUND). */
export async function openNeedForStaff(caller: Caller, needId: string): Promise<NeedDoc> {
  const need = assertInScope(callerScope(caller), await loadNeed(needId), '没有找到这条诉求')
  if (!mayHandleLevel(caller.roles, need.level)) throw forbidden('统筹指挥级诉求由街道管理员处理')
  if (need.status === 'resolved') throw new AppError('CONFLICT', '这条诉求已办结')
  return need
}

export const changedMeanwhile = () => new AppError('CONFLICT', '诉求刚被他人处理，请刷新后再试')
