// The dashboard's arithmetic, without a database: totals only, never per person and never per staff member.
import type { DashboardStats, GridCoverage } from '@/types/dashboard'
import { NEED_LEVELS, NEED_STATUSES, type NeedCategory, type NeedLevel, type NeedStatus } from '@/types/needs.vocab'
import type { Grid } from '@/types/shops.vocab'
import type { ServiceAnswers } from '@/types/visits'
import { median } from '../needs/rules'

export interface ShopRow {
  _id: string
  grid: Grid
}
export interface VisitRow {
  shopId: string
  grid: Grid
  day: string
}
export interface NeedRow {
  category: NeedCategory
  level: NeedLevel
  status: NeedStatus
  createdAt: Date | string
  resolvedAt: Date | string | null
}
export type AnswerRow = ServiceAnswers & { shopId: string; day: string }

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0)

/** A grid of the scope, as the dashboard lists it (stored grids: collection `grids`). */
export interface GridRow {
  _id: string
  blockId: string
  name: string
  order: number
  retired: boolean
}

/**
 * One row per current grid of the scope (block by block, in each block's order), then any other grid a shop still
 * names (a retired grid, a record from before grids were data), so every shop is counted once.
 */
export function coverageByGrid(shops: ShopRow[], visits: VisitRow[], grids: GridRow[]): GridCoverage[] {
  const current = grids.filter((g) => !g.retired).sort((x, y) => x.blockId.localeCompare(y.blockId) || x.order - y.order)
  const names = new Map(grids.map((g) => [g._id, g.name]))
  const listed = current.map((g) => g._id)
  for (const shop of shops) if (!listed.includes(shop.grid)) listed.push(shop.grid)
  return listed.map((grid) => {
    const inGrid = new Set(shops.filter((s) => s.grid === grid).map((s) => s._id))
    const gridVisits = visits.filter((v) => inGrid.has(v.shopId))
    const visited = new Set(gridVisits.map((v) => v.shopId))
    return {
      grid,
      gridName: names.get(grid) ?? grid,
      shops: inGrid.size,
      visitedShops: visited.size,
      visits: gridVisits.length,
      coveragePct: pct(visited.size, inGrid.size),
    }
  })
}

export function needFigures(needs: NeedRow[]): DashboardStats['needs'] {
  const byLevel = Object.fromEntries(NEED_LEVELS.map((l) => [l, 0])) as Record<NeedLevel, number>
  const byStatus = Object.fromEntries(NEED_STATUSES.map((s) => [s, 0])) as Record<NeedStatus, number>
  const byCategory: Partial<Record<NeedCategory, number>> = {}
  const hoursToClose: number[] = []
  for (const need of needs) {
    byLevel[need.level]++
    byStatus[need.status]++
    byCategory[need.category] = (byCategory[need.category] ?? 0) + 1
    if (need.status === 'resolved' && need.resolvedAt) {
      hoursToClose.push((new Date(need.resolvedAt).getTime() - new Date(need.createdAt).getTime()) / 3_600_000)
    }
  }
  const mid = median(hoursToClose)
  return { total: needs.length, byLevel, byStatus, byCategory, resolved: byStatus.resolved, medianHoursToClose: mid == null ? null : Math.round(mid * 10) / 10 }
}

/** Each shop counts once, by its latest answers in the period. */
export function answerFigures(answers: AnswerRow[]): DashboardStats['serviceAnswers'] {
  const latest = new Map<string, AnswerRow>()
  for (const a of answers) {
    const seen = latest.get(a.shopId)
    if (!seen || seen.day < a.day) latest.set(a.shopId, a)
  }
  const rows = [...latest.values()]
  const withMembers = rows.filter((a) => a.partyMembers === 'here' || a.partyMembers === 'elsewhere')
  return {
    shopsWithPartyMembers: withMembers.length,
    partyMembers: withMembers.reduce((sum, a) => sum + (a.partyMemberCount ?? 0), 0),
    shopsNeedingChildcare: rows.filter((a) => a.childcareNeeded).length,
    shopsWithDifficulties: rows.filter((a) => !!a.difficulties?.trim()).length,
  }
}

export function totalsOf(coverage: GridCoverage[]): DashboardStats['totals'] {
  const shops = coverage.reduce((s, g) => s + g.shops, 0)
  const visitedShops = coverage.reduce((s, g) => s + g.visitedShops, 0)
  const visits = coverage.reduce((s, g) => s + g.visits, 0)
  return { shops, visitedShops, visits, coveragePct: pct(visitedShops, shops) }
}
