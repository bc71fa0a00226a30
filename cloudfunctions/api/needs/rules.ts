// The three whistles' rules, without a database.
import { LEVEL_TIME_LIMIT_HOURS, NEED_LEVEL_LABELS, type NeedLevel } from '@/types/needs.vocab'
import type { Role } from '@/types/roles'

const HOUR_MS = 3_600_000

/** When a need that reached `level` at `since` breaches the limit (null: the level has none). */
export function deadlineFor(level: NeedLevel, since: Date, limits = LEVEL_TIME_LIMIT_HOURS): Date | null {
  const hours = limits[level]
  return hours == null ? null : new Date(since.getTime() + hours * HOUR_MS)
}

export function nextLevel(level: NeedLevel): NeedLevel | null {
  return level === 3 ? null : ((level + 1) as NeedLevel)
}

/** Level 3 (统筹指挥) belongs to the street office; levels 1 and 2 to any staff member. */
export function mayHandleLevel(roles: readonly Role[], level: NeedLevel): boolean {
  if (roles.includes('admin')) return true
  return level < 3 && roles.includes('staff')
}

/** Why the timer moved a need up, in the words the timeline shows. */
export function overdueReason(level: NeedLevel, limits = LEVEL_TIME_LIMIT_HOURS): string {
  return `${NEED_LEVEL_LABELS[level]}超过 ${limits[level]} 小时未办结，自动升级`
}

/** Middle of the sorted values (mean of the two middles); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
