// Pure: the grouped counts the database answers → per-block figures and their street roll-up.
import type { OrgFigures } from '@/types/org'

export interface BlockCounts {
  shops: Map<string, number>
  visits: Map<string, { visitedShops: number; visits: number }>
  /** blockId → rows of (level, status, n). */
  needs: Map<string, Array<{ level: number; status: string; n: number }>>
  events: Map<string, number>
}

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0)

export function blockFigures(blockId: string, c: BlockCounts): OrgFigures {
  const shops = c.shops.get(blockId) ?? 0
  const v = c.visits.get(blockId) ?? { visitedShops: 0, visits: 0 }
  const byLevel: Record<string, number> = { 1: 0, 2: 0, 3: 0 }
  const byStatus: Record<string, number> = {}
  let total = 0
  for (const row of c.needs.get(blockId) ?? []) {
    byLevel[row.level] = (byLevel[row.level] ?? 0) + row.n
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.n
    total += row.n
  }
  return {
    shops,
    visitedShops: v.visitedShops,
    visits: v.visits,
    coveragePct: pct(v.visitedShops, shops),
    needs: { total, byLevel, byStatus },
    events: c.events.get(blockId) ?? 0,
  }
}

/** A street's figures: the sum of its blocks' (coverage recomputed from the sums, not averaged). */
export function sumFigures(parts: OrgFigures[]): OrgFigures {
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a }
    for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + n
    return out
  }
  const sum = parts.reduce<OrgFigures>(
    (acc, f) => ({
      shops: acc.shops + f.shops,
      visitedShops: acc.visitedShops + f.visitedShops,
      visits: acc.visits + f.visits,
      coveragePct: 0,
      needs: { total: acc.needs.total + f.needs.total, byLevel: add(acc.needs.byLevel, f.needs.byLevel), byStatus: add(acc.needs.byStatus, f.needs.byStatus) },
      events: acc.events + f.events,
    }),
    { shops: 0, visitedShops: 0, visits: 0, coveragePct: 0, needs: { total: 0, byLevel: { 1: 0, 2: 0, 3: 0 }, byStatus: {} }, events: 0 },
  )
  return { ...sum, coveragePct: pct(sum.visitedShops, sum.shops) }
}
