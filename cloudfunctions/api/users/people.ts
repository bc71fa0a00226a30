import { getUserInput, staffListInput, type StaffMember } from '@/types/users'
import { DEFAULT_ROLES, loadUser, type UserDoc } from '../core/caller'
import { db } from '../core/cloud'
import { allDocs } from '../core/db'
import { defineAction } from '../core/action'
import { ADMIN_ROLES, STAFF_ROLES } from '@/types/roles'
import { callerScope, scopeOf } from '../core/scope'
import { allBlocks } from '../org/orgStore'
import { sharesScope } from './colleagues'

/** The admin's look at one person (from their scanned ID code) before granting or withdrawing a role. */
export const getUser = defineAction({
  name: 'users.get',
  input: getUserInput,
  roles: ADMIN_ROLES,
  async handle({ input }) {
    const user = await loadUser(input.openid)
    return { openid: input.openid, nickname: user?.nickname ?? '', roles: user?.roles ?? DEFAULT_ROLES, registered: !!user }
  },
})

/**
 * Colleagues to hand work to: staff and admins whose scope meets the caller's (users/colleagues.ts), with
 * nickname and roles only (fields picked one by one, never a phone or a scope).
 */
export const staffList = defineAction({
  name: 'users.staff',
  input: staffListInput,
  roles: STAFF_ROLES,
  async handle({ caller }) {
    const _ = db.command
    const mine = callerScope(caller)
    const [users, blocks] = await Promise.all([
      allDocs<UserDoc>((skip, limit) =>
        db
          .collection('users')
          .where({ roles: _.in([...STAFF_ROLES]) })
          .orderBy('_id', 'asc')
          .skip(skip)
          .limit(limit),
      ),
      allBlocks(),
    ])
    const blockStreets = new Map(blocks.map((b) => [b._id, b.streetId]))
    const colleagues = users.filter((u) => u._id === caller.openid || sharesScope(mine, scopeOf(u.roles, u.scope), blockStreets))
    const staff: StaffMember[] = colleagues.map((u) => ({ openid: u._id, nickname: u.nickname || '未命名同事', roles: u.roles }))
    staff.sort((a, b) => a.nickname.localeCompare(b.nickname, 'zh-CN'))
    return { staff }
  },
})
