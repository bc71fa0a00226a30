import type { Role } from '@/types/roles'

/** A way into a feature from a hub page (服务, 我的, 工作台): each feature adds its own to the hub's list. */
export interface Entry {
  /** Stable key, also the class `entry-<key>` for tests. */
  key: string
  title: string
  description: string
  url: string
  /** Shown only to people holding one of these roles (absent: everyone). */
  roles?: readonly Role[]
}

export function visibleEntries(entries: readonly Entry[], roles: readonly Role[] | undefined): Entry[] {
  return entries.filter((entry) => !entry.roles || entry.roles.some((role) => roles?.includes(role)))
}
