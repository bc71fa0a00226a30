// Figures for the street dashboard (another feature calls this directly, not through the router).
import { CLAIM_STATUSES, PLACE_HOLDING_STATUSES } from '@/types/projects.vocab'
import { _ } from '../core/cloud'
import { allDocs } from '../core/db'
import type { ClaimDoc } from './projectDoc'
import { claims, fulfilments } from './store'

/**
 * In [from, to): claims made, by their status now; fulfilment entries logged; and the shops taking part
 * (distinct shops whose claim made in the window holds a place: approved, active or completed).
 */
export async function projectsDashboardStats(
  { from, to }: { from: Date; to: Date },
  scoped: Record<string, unknown> = {},
): Promise<{
  claimsByStatus: Record<string, number>
  fulfilments: number
  shopsTakingPart: number
}> {
  const inWindow = { ...scoped, createdAt: _.gte(from).and(_.lt(to)) }
  const made = await allDocs<Pick<ClaimDoc, 'status' | 'shopId'>>((skip, limit) =>
    claims().where(inWindow).field({ status: true, shopId: true }).orderBy('_id', 'asc').skip(skip).limit(limit),
  )
  const claimsByStatus: Record<string, number> = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0]))
  for (const c of made) claimsByStatus[c.status] = (claimsByStatus[c.status] ?? 0) + 1
  const taking = new Set(made.filter((c) => (PLACE_HOLDING_STATUSES as readonly string[]).includes(c.status)).map((c) => c.shopId))
  const { total } = (await fulfilments().where(inWindow).count()) as { total: number }
  return { claimsByStatus, fulfilments: total, shopsTakingPart: taking.size }
}
