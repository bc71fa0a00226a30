import { getUserInput, staffListInput, type StaffMember } from '@/types/users'
import { DEFAULT_ROLES, loadUser, type UserDoc } from '../core/caller'
import { db } from '../core/cloud'
import { allDocs } from '../core/db'
import { defineAction } from '../core/action'
import { ADMIN_ROLES, STAFF_ROLES } from '@/types/roles'

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

/** Colleagues to hand work to: staff and admins with nickname and roles only (fields picked one by one, never a phone). */
export const staffList = defineAction({
  name: 'users.staff',
  input: staffListInput,
  roles: STAFF_ROLES,
  async handle() {
    const _ = db.command
    const users = await allDocs<UserDoc>((skip, limit) =>
      db
        .collection('users')
        .where({ roles: _.in([...STAFF_ROLES]) })
        .orderBy('_id', 'asc')
        .skip(skip)
        .limit(limit),
    )
    const staff: StaffMember[] = users.map((u) => ({ openid: u._id, nickname: u.nickname || '未命名同事', roles: u.roles }))
    staff.sort((a, b) => a.nickname.localeCompare(b.nickname, 'zh-CN'))
    return { staff }
  },
})
