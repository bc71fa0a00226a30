// Roles: constants the app may import (no zod here, so the mini-program bundle stays small).
export const ROLES = ['resident', 'merchant', 'courier', 'staff', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** Roles a person may pick for themselves; merchant, staff and admin are granted. */
export const SELF_CHOSEN_ROLES = ['resident', 'courier'] as const satisfies readonly Role[]

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  merchant: '商户',
  courier: '骑手',
  staff: '网格员',
  admin: '街道管理员',
}

/** Who may use the 工作台: staff pages, and actions that serve the street office's work (网格员 and 街道管理员). */
export const STAFF_ROLES = ['staff', 'admin'] as const satisfies readonly Role[]

/** Who may grant roles, import data, issue badges and change the system (街道管理员 only). */
export const ADMIN_ROLES = ['admin'] as const satisfies readonly Role[]

/** True when `roles` holds one of STAFF_ROLES. */
export function isStaffRole(roles: readonly string[] | undefined | null): boolean {
  return !!roles && roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role))
}
