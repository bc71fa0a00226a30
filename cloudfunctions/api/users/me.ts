import { chooseRolesInput, grantRoleInput, meInput } from '@/types/users'
import { defineAction } from '../core/action'
import { DEFAULT_ROLES, loadUser } from '../core/caller'
import { db } from '../core/cloud'
import { assertGrantAllowed, withChosenRoles, withGrant } from './roles'
import { updateRoles } from './userStore'
import { assertScopeGrantable, storeScope } from '../org/grantScope'
import { ADMIN_ROLES } from '@/types/roles'

export const me = defineAction({
  name: 'users.me',
  input: meInput,
  caller: 'lazy',
  async handle({ caller }) {
    const user = await loadUser(caller.openid)
    return { openid: caller.openid, roles: user?.roles ?? DEFAULT_ROLES, nickname: user?.nickname ?? '' }
  },
})

export const chooseRoles = defineAction({
  name: 'users.chooseRoles',
  input: chooseRolesInput,
  async handle({ caller, input, now }) {
    const user = await updateRoles(caller.openid, now, (roles) => withChosenRoles(roles, input.roles))
    return { openid: caller.openid, roles: user.roles, nickname: user.nickname }
  },
})

/** Only the street office grants or withdraws roles such as staff and merchant. */
export const grantRole = defineAction({
  name: 'users.grantRole',
  input: grantRoleInput,
  roles: ADMIN_ROLES,
  async handle({ caller, input, now }) {
    assertGrantAllowed(caller.openid, input)
    if (input.scope) await assertScopeGrantable(caller, input.scope)
    const user = await updateRoles(input.openid, now, (roles) => withGrant(roles, input.role, input.granted))
    // An admin's merchant grant is the admin's: detaching the person from a shop no longer takes it back.
    if (input.role === 'merchant')
      await db
        .collection('users')
        .doc(input.openid)
        .update({ data: { merchantFromShops: false } })
    if (input.scope && input.granted) {
      await storeScope(input.openid, input.scope)
      return { openid: input.openid, roles: user.roles, scope: input.scope }
    }
    return { openid: input.openid, roles: user.roles }
  },
})
