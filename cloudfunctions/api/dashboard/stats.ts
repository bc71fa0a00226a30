import { dashboardInput, type DashboardStats } from '@/types/dashboard'
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@/types/projects.vocab'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { allDocs } from '../core/db'
import { eventsDashboardStats } from '../events/stats'
import { EVENT_KIND_LABELS, type EventKind } from '@/types/events.vocab'
import { projectsDashboardStats } from '../projects/stats'
import { allShops } from '../shops/registry'
import { statsToCsv } from './csv'
import { callerScope, scopeWhere } from '../core/scope'
import { answerFigures, coverageByGrid, needFigures, totalsOf, type AnswerRow, type GridRow, type NeedRow, type VisitRow } from './figures'
import { STAFF_ROLES } from '@/types/roles'

function allOf<T>(collection: string, where: object, fields: Record<string, true>): Promise<T[]> {
  return allDocs<T>((skip, limit) => db.collection(collection).where(where).field(fields).orderBy('_id', 'asc').skip(skip).limit(limit))
}

/** Shanghai days [from, to] as instants [start of from, start of the day after to). */
function window(from: string, to: string) {
  const start = new Date(`${from}T00:00:00+08:00`)
  const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000)
  return { start, end }
}

async function projectFigures(start: Date, end: Date, scoped: Record<string, unknown>): Promise<Record<string, number> | null> {
  try {
    const p = await projectsDashboardStats({ from: start, to: end }, scoped)
    const byStatus = Object.entries(p.claimsByStatus).map(([s, n]) => [`认领·${CLAIM_STATUS_LABELS[s as ClaimStatus] ?? s}`, n])
    return { ...Object.fromEntries(byStatus), 履约记录: p.fulfilments, 参与商户: p.shopsTakingPart }
  } catch (error) {
    // The dashboard still answers when another feature's figures cannot be read.
    console.error('[dashboard] projects figures failed', error)
    return null
  }
}

async function eventFigures(start: Date, end: Date, scoped: Record<string, unknown>): Promise<Record<string, number> | null> {
  try {
    const e = await eventsDashboardStats({ from: start, to: end }, scoped)
    const byKind = Object.entries(e.byKind).map(([k, n]) => [`活动·${EVENT_KIND_LABELS[k as EventKind] ?? k}`, n])
    return { 活动场次: e.events, 报名人数: e.signups, 入座人数: e.seated, 签到人数: e.checkedIn, ...Object.fromEntries(byKind) }
  } catch (error) {
    console.error('[dashboard] events figures failed', error)
    return null
  }
}

/** The dashboard of the records inside `scoped` (core/scope.ts `scopeWhere`; `{}`: everything). */
export async function dashboardStats(from: string, to: string, scoped: Record<string, unknown> = {}): Promise<DashboardStats> {
  const { start, end } = window(from, to)
  const inDays = { ...scoped, day: _.gte(from).and(_.lte(to)) }
  const [shops, grids, visits, needs, answers, projects, events] = await Promise.all([
    allShops(scoped),
    // Grids store blockId and streetId, so the scope's filter selects the scope's grids.
    allOf<GridRow>('grids', scoped, { blockId: true, name: true, order: true, retired: true }),
    allOf<VisitRow>('visits', inDays, { shopId: true, grid: true, day: true }),
    allOf<NeedRow>(
      'needs',
      { ...scoped, createdAt: _.gte(start).and(_.lt(end)) },
      { category: true, level: true, status: true, createdAt: true, resolvedAt: true },
    ),
    allOf<AnswerRow>('visitAnswers', inDays, {
      shopId: true,
      day: true,
      partyMembers: true,
      partyMemberCount: true,
      childcareNeeded: true,
      difficulties: true,
    }),
    projectFigures(start, end, scoped),
    eventFigures(start, end, scoped),
  ])
  const coverage = coverageByGrid(shops, visits, grids)
  return { from, to, coverage, totals: totalsOf(coverage), needs: needFigures(needs), serviceAnswers: answerFigures(answers), events, projects }
}

export const statsAction = defineAction({
  name: 'dashboard.stats',
  input: dashboardInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    return dashboardStats(input.from, input.to, scopeWhere(callerScope(caller)))
  },
})

export const csvAction = defineAction({
  name: 'dashboard.csv',
  input: dashboardInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    return {
      filename: `暖新街区数据看板_${input.from}_${input.to}.csv`,
      csv: statsToCsv(await dashboardStats(input.from, input.to, scopeWhere(callerScope(caller)))),
    }
  },
})
