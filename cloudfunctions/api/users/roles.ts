import { SELF_CHOSEN_ROLES, type Role } from '@/types/roles'
import { AppError } from '../core/errors'

const selfChosen: readonly Role[] = SELF_CHOSEN_ROLES

/** Self-chosen roles replace the old self-chosen ones; granted roles are kept. */
export function withChosenRoles(current: readonly Role[], chosen: readonly Role[]): Role[] {
  const granted = current.filter((role) => !selfChosen.includes(role))
  return normaliseRoles([...chosen, ...granted])
}

export function withGrant(current: readonly Role[], role: Role, granted: boolean): Role[] {
  return normaliseRoles(granted ? [...current, role] : current.filter((r) => r !== role))
}

/** One of each, in a stable order; nobody is left with no role at all. */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  const order: Role[] = ['resident', 'courier', 'merchant', 'staff', 'admin']
  const set = new Set(roles)
  const result = order.filter((role) => set.has(role))
  return result.length ? result : ['resident']
}

/** An admin cannot withdraw their own admin role: the street office must never lock itself out by one tap. */
export function assertGrantAllowed(callerOpenid: string, change: { openid: string; role: Role; granted: boolean }): void {
  if (change.openid === callerOpenid && change.role === 'admin' && !change.granted) {
    throw new AppError('CONFLICT', '不能撤销自己的街道管理员身份，请由另一位管理员操作')
  }
}
