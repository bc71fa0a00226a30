// The scope a grant gives (users.grantRole with `scope`): the granter may only hand out what their own scope covers.
import type { StaffScope } from '@/types/org'
import type { Caller } from '../core/caller'
import { _, db } from '../core/cloud'
import { forbidden, invalidInput } from '../core/errors'
import { callerScope, covers } from '../core/scope'
import { allBlocks, loadStreet } from './orgStore'

/**
 * Checks that `scope` names existing streets/blocks inside the granter's own scope (a street admin grants blocks of
 * their street or their street; only the city admin grants the city). Throws INVALID_INPUT / FORBIDDEN.
 */
export async function assertScopeGrantable(granter: Caller, scope: StaffScope): Promise<void> {
  const own = callerScope(granter)
  if (scope.level === 'city') {
    if (own.level !== 'city') throw forbidden('只有市级管理员可以授予全市范围')
    return
  }
  if (scope.level === 'street') {
    for (const streetId of scope.streetIds) {
      if (!(await loadStreet(streetId))) throw invalidInput('工作范围：没有这个街道')
      if (!covers(own, { blockId: '*', streetId })) throw forbidden('这个街道不在你的管理范围内')
    }
    return
  }
  const blocks = await allBlocks()
  for (const blockId of scope.blockIds) {
    const block = blocks.find((b) => b._id === blockId)
    if (!block) throw invalidInput('工作范围：没有这个街区')
    if (!covers(own, { blockId, streetId: block.streetId })) throw forbidden('这个街区不在你的管理范围内')
  }
}

/** Stores the scope on the person's `users` record (replacing the old one whole). */
export async function storeScope(openid: string, scope: StaffScope): Promise<void> {
  await db
    .collection('users')
    .doc(openid)
    .update({ data: { scope: _.set(scope) } })
}
