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
