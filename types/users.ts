import { z } from 'zod'
import { text } from './fields'
import { ROLES, SELF_CHOSEN_ROLES, type Role } from './roles'
import { staffScopeInput, type StaffScope } from './org'

export const meInput = z.object({}).strict()
export interface Me {
  openid: string
  roles: Role[]
  nickname: string
}

export const chooseRolesInput = z.object({ roles: z.array(z.enum(SELF_CHOSEN_ROLES)).max(SELF_CHOSEN_ROLES.length) }).strict()

export const grantRoleInput = z
  .object({
    openid: z.string().min(1).max(64),
    role: z.enum(ROLES),
    granted: z.boolean(),
    /** Staff and admin grants: the blocks or streets they work in (issue 16); kept when omitted. */
    scope: staffScopeInput.optional(),
  })
  .strict()

export const getUserInput = z
  .object({ openid: text({ max: 64, min: 1, required: '请先扫描或粘贴对方的身份码', tooLong: '身份码不对', error: '请先扫描或粘贴对方的身份码' }) })
  .strict()
export const staffListInput = z.object({}).strict()

/** A person as an admin sees them on the roles page: no phone, nothing personal beyond the nickname. */
export interface UserRoles {
  openid: string
  nickname: string
  roles: Role[]
  /** False when the person has never saved anything yet (shown with the default roles). */
  registered: boolean
}

/** A colleague in the staff picker (转交): nickname and roles only, never a phone. */
export interface StaffMember {
  openid: string
  nickname: string
  roles: Role[]
}

export interface UsersActions {
  'users.me': { input: typeof meInput; output: Me }
  'users.chooseRoles': { input: typeof chooseRolesInput; output: Me }
  'users.grantRole': { input: typeof grantRoleInput; output: { openid: string; roles: Role[]; scope?: StaffScope } }
  'users.get': { input: typeof getUserInput; output: UserRoles }
  'users.staff': { input: typeof staffListInput; output: { staff: StaffMember[] } }
}
