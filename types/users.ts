import { z } from 'zod'
import { ROLES, SELF_CHOSEN_ROLES, type Role } from './roles'

export const meInput = z.object({}).strict()
export interface Me {
  openid: string
  roles: Role[]
  nickname: string
}

export const chooseRolesInput = z
  .object({ roles: z.array(z.enum(SELF_CHOSEN_ROLES)).max(SELF_CHOSEN_ROLES.length) })
  .strict()

export const grantRoleInput = z
  .object({
    openid: z.string().min(1).max(64),
    role: z.enum(ROLES),
    granted: z.boolean(),
  })
  .strict()

export interface UsersActions {
  'users.me': { input: z.input<typeof meInput>; output: Me }
  'users.chooseRoles': { input: z.input<typeof chooseRolesInput>; output: Me }
  'users.grantRole': { input: z.input<typeof grantRoleInput>; output: { openid: string; roles: Role[] } }
}
