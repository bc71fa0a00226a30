// dashboard.trends: weekly series for the staff charts, counted by the database ($group per Shanghai day, at most
// 26 × 7 rows a series), never by reading every record.
import { STAFF_ROLES } from '@/types/roles'
import { trendsInput, type DashboardTrends } from '@/types/ledger'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { aggregateDocs, allDocs } from '../core/db'
import { events } from '../events/eventStore'
import { attendanceOf } from './attendance'
import { ledgerScopeWhere } from './scope'
import { addDays, lastWeeks, mondayOf, perWeek } from './weeks'

const DEFAULT_WEEKS = 12
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/**
 * A stored instant's Shanghai day inside an aggregation: a date plus milliseconds is a date (MongoDB `$add`), shifted
 * +8 h and formatted in UTC. CloudBase's dateToString also takes a `timezone`
 * (https://docs.cloudbase.net/en/api-reference/server/node-sdk/database/aggregate/operators/dateToString); Shanghai has
 * no daylight saving, so the fixed shift is the same and needs no zone database on either side.
 */
function shanghaiDayOf(field: string) {
  const $ = _.aggregate
  return $.dateToString({ date: $.add([`$${field}`, SHANGHAI_OFFSET_MS]), format: '%Y-%m-%d' })
}

/** Records matching `match`, counted per Shanghai day (`group` evaluates to a `YYYY-MM-DD` string). */
async function countPerDay(collection: string, match: object, group: unknown): Promise<Array<{ day: string; n: number }>> {
  const $ = _.aggregate
  const rows = await aggregateDocs<{ _id: string; n: number }>(
    db
      .collection(collection)
      .aggregate()
      .match(match)
      .group({ _id: group, n: $.sum(1) })
      .limit(1000),
  )
  return rows.map((r) => ({ day: r._id, n: r.n }))
}

export async function dashboardTrends(now: Date, weekCount: number, inScope: Record<string, unknown>): Promise<DashboardTrends> {
  const weeks = lastWeeks(now, weekCount)
  const firstDay = weeks[0]
  const endDay = addDays(weeks[weeks.length - 1], 7)
  const start = new Date(`${firstDay}T00:00:00+08:00`)
  const end = new Date(`${endDay}T00:00:00+08:00`)
  const [visits, opened, closed, held] = await Promise.all([
    countPerDay('visits', { ...inScope, day: _.gte(firstDay).and(_.lt(endDay)) }, '$day'),
    countPerDay('needs', { ...inScope, createdAt: _.gte(start).and(_.lt(end)) }, shanghaiDayOf('createdAt')),
    countPerDay('needs', { ...inScope, status: 'resolved', resolvedAt: _.gte(start).and(_.lt(end)) }, shanghaiDayOf('resolvedAt')),
    allDocs<{ _id: string; startAt: Date | string }>((skip, limit) =>
      events()
        .where({ ...inScope, status: 'published', startAt: _.gte(start).and(_.lt(end)) })
        .field({ startAt: true })
        .orderBy('_id', 'asc')
        .skip(skip)
        .limit(limit),
    ),
  ])
  const attendance = await attendanceOf(held.map((e) => e._id))
  const byWeek = (pick: 'checkedIn' | 'seated') =>
    perWeek(
      weeks,
      held.map((e) => ({
        day: mondayOf(new Date(new Date(e.startAt).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)),
        n: attendance.get(e._id)?.[pick] ?? 0,
      })),
    )
  const [v, o, c, a, s] = [perWeek(weeks, visits), perWeek(weeks, opened), perWeek(weeks, closed), byWeek('checkedIn'), byWeek('seated')]
  return { weeks: weeks.map((week, i) => ({ week, visits: v[i], needsOpened: o[i], needsClosed: c[i], attended: a[i], seated: s[i] })) }
}

export const trendsAction = defineAction({
  name: 'dashboard.trends',
  input: trendsInput,
  roles: STAFF_ROLES,
  handle: async ({ caller, input, now }) => dashboardTrends(now, input.weeks ?? DEFAULT_WEEKS, await ledgerScopeWhere(caller, input.scope)),
})
