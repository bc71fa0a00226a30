// Which shop to visit next: the one nobody has seen for longest. Never visited comes first.
import type { DueVisitShop } from '@/types/visits'
import { shanghaiDay } from './visitDoc'

export interface ShopLastVisit {
  id: string
  name: string
  lastVisitAt?: Date | string | null
}

const DAY_MS = 86_400_000

/** Whole Shanghai calendar days between the visit and today (0: visited today). */
export function daysSince(lastVisitAt: Date | string, now: Date): number {
  const visited = Date.parse(`${shanghaiDay(new Date(lastVisitAt))}T00:00:00Z`)
  const today = Date.parse(`${shanghaiDay(now)}T00:00:00Z`)
  return Math.max(0, Math.round((today - visited) / DAY_MS))
}

/** Never visited first (by name), then the oldest last visit first; ties by name so the order is stable. */
export function orderByLongestSinceVisit<T extends ShopLastVisit>(shops: readonly T[]): T[] {
  const time = (s: ShopLastVisit) => (s.lastVisitAt ? new Date(s.lastVisitAt).getTime() : -Infinity)
  return [...shops].sort((a, b) => time(a) - time(b) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id))
}

export function toDueVisitShop(shop: ShopLastVisit & Omit<DueVisitShop, 'id' | 'name' | 'lastVisitAt' | 'daysSinceVisit'>, now: Date): DueVisitShop {
  return {
    id: shop.id,
    name: shop.name,
    address: shop.address,
    tags: shop.tags,
    lastVisitAt: shop.lastVisitAt ? new Date(shop.lastVisitAt).toISOString() : null,
    daysSinceVisit: shop.lastVisitAt ? daysSince(shop.lastVisitAt, now) : null,
  }
}
