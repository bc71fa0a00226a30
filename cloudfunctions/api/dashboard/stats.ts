import { dashboardInput, type DashboardStats } from '../../../types/dashboard'
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../types/projects.vocab'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { getDocs } from '../core/db'
import { projectsDashboardStats } from '../projects/stats'
import { allShops } from '../shops/registry'
import { statsToCsv } from './csv'
import { answerFigures, coverageByGrid, needFigures, totalsOf, type AnswerRow, type NeedRow, type VisitRow } from './figures'

const PAGE = 1000
const STAFF = ['staff', 'admin'] as const

async function allOf<T>(collection: string, where: object, fields: Record<string, true>): Promise<T[]> {
  const out: T[] = []
  for (;;) {
    const page = await getDocs<T>(db.collection(collection).where(where).field(fields).orderBy('_id', 'asc').skip(out.length).limit(PAGE))
    out.push(...page)
    if (page.length < PAGE) return out
  }
}

/** Shanghai days [from, to] as instants [start of from, start of the day after to). */
function window(from: string, to: string) {
  const start = new Date(`${from}T00:00:00+08:00`)
  const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000)
  return { start, end }
}

async function projectFigures(start: Date, end: Date): Promise<Record<string, number> | null> {
  try {
    const p = await projectsDashboardStats({ from: start, to: end })
    const byStatus = Object.entries(p.claimsByStatus).map(([s, n]) => [`认领·${CLAIM_STATUS_LABELS[s as ClaimStatus] ?? s}`, n])
    return { ...Object.fromEntries(byStatus), 履约记录: p.fulfilments, 参与商户: p.shopsTakingPart }
  } catch (error) {
    // The dashboard still answers when another feature's figures cannot be read.
    console.error('[dashboard] projects figures failed', error)
    return null
  }
}

export async function dashboardStats(from: string, to: string): Promise<DashboardStats> {
  const { start, end } = window(from, to)
  const inDays = { day: _.gte(from).and(_.lte(to)) }
  const [shops, visits, needs, answers, projects] = await Promise.all([
    allShops(),
    allOf<VisitRow>('visits', inDays, { shopId: true, grid: true, day: true }),
    allOf<NeedRow>('needs', { createdAt: _.gte(start).and(_.lt(end)) }, { category: true, level: true, status: true, createdAt: true, resolvedAt: true }),
    allOf<AnswerRow>('visitAnswers', inDays, { shopId: true, day: true, partyMembers: true, partyMemberCount: true, childcareNeeded: true, difficulties: true }),
    projectFigures(start, end),
  ])
  const coverage = coverageByGrid(shops, visits)
  return { from, to, coverage, totals: totalsOf(coverage), needs: needFigures(needs), serviceAnswers: answerFigures(answers), events: null, projects }
}

export const statsAction = defineAction({
  name: 'dashboard.stats',
  input: dashboardInput,
  roles: STAFF,
  async handle({ input }) {
    return dashboardStats(input.from, input.to)
  },
})

export const csvAction = defineAction({
  name: 'dashboard.csv',
  input: dashboardInput,
  roles: STAFF,
  async handle({ input }) {
    return { filename: `暖新街区数据看板_${input.from}_${input.to}.csv`, csv: statsToCsv(await dashboardStats(input.from, input.to)) }
  },
})
