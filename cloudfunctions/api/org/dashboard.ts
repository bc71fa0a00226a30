// org.dashboard: per block, rolled up per street — coverage, needs by level and status, events. Four grouped
// aggregations (one per collection) and two small org reads, whatever the number of records: the database counts,
// the function never reads the records themselves.
import { STAFF_ROLES } from '@/types/roles'
import { orgDashboardInput } from '@/types/org'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { aggregateDocs } from '../core/db'
import { callerScope, covers, scopeWhere } from '../core/scope'
import { blockFigures, sumFigures, type BlockCounts } from './figures'
import { allBlocks, allStreets } from './orgStore'

// `aggregate()` answers 20 groups without a `$limit` (PLATFORM.md); blocks × levels × statuses stay far below this.
const GROUPS = 1000

export const orgDashboard = defineAction({
  name: 'org.dashboard',
  input: orgDashboardInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const scope = callerScope(caller)
    const scoped = { ...scopeWhere(scope), ...(input.streetId ? { streetId: input.streetId } : {}) }
    const start = new Date(`${input.from}T00:00:00+08:00`)
    const end = new Date(new Date(`${input.to}T00:00:00+08:00`).getTime() + 86_400_000)
    const $ = db.command.aggregate
    const [streets, blocks, shopRows, visitRows, needRows, eventRows] = await Promise.all([
      allStreets(),
      allBlocks(input.streetId ? [input.streetId] : undefined),
      aggregateDocs<{ _id: string; n: number }>(
        db
          .collection('shops')
          .aggregate()
          .match(scoped)
          .group({ _id: '$blockId', n: $.sum(1) })
          .limit(GROUPS),
      ),
      aggregateDocs<{ _id: string; visitedShops: number; visits: number }>(
        db
          .collection('visits')
          .aggregate()
          .match({ ...scoped, day: _.gte(input.from).and(_.lte(input.to)) })
          .group({ _id: { blockId: '$blockId', shopId: '$shopId' }, n: $.sum(1) })
          .group({ _id: '$_id.blockId', visitedShops: $.sum(1), visits: $.sum('$n') })
          .limit(GROUPS),
      ),
      aggregateDocs<{ _id: { blockId: string; level: number; status: string }; n: number }>(
        db
          .collection('needs')
          .aggregate()
          .match({ ...scoped, createdAt: _.gte(start).and(_.lt(end)) })
          .group({ _id: { blockId: '$blockId', level: '$level', status: '$status' }, n: $.sum(1) })
          .limit(GROUPS),
      ),
      aggregateDocs<{ _id: string; n: number }>(
        db
          .collection('events')
          .aggregate()
          .match({ ...scoped, status: _.in(['published', 'cancelled']), startAt: _.gte(start).and(_.lt(end)) })
          .group({ _id: '$blockId', n: $.sum(1) })
          .limit(GROUPS),
      ),
    ])
    const needs = new Map<string, Array<{ level: number; status: string; n: number }>>()
    for (const r of needRows) needs.set(r._id.blockId, [...(needs.get(r._id.blockId) ?? []), { level: r._id.level, status: r._id.status, n: r.n }])
    const counts: BlockCounts = {
      shops: new Map(shopRows.map((r) => [r._id, r.n])),
      visits: new Map(visitRows.map((r) => [r._id, { visitedShops: r.visitedShops, visits: r.visits }])),
      needs,
      events: new Map(eventRows.map((r) => [r._id, r.n])),
    }
    const visible = blocks.filter((b) => covers(scope, { blockId: b._id, streetId: b.streetId }))
    return {
      from: input.from,
      to: input.to,
      streets: streets
        .map((s) => {
          const own = visible.filter((b) => b.streetId === s._id).map((b) => ({ blockId: b._id, name: b.name, figures: blockFigures(b._id, counts) }))
          return { streetId: s._id, name: s.name, figures: sumFigures(own.map((b) => b.figures)), blocks: own }
        })
        .filter((s) => s.blocks.length > 0),
    }
  },
})
