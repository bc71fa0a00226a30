import { exportTeamHoursInput } from '@/types/hours'
import { STAFF_ROLES } from '@/types/roles'
import { safeFileName } from '@/types/text'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { getDocs } from '../core/db'
import type { UserDoc } from '../core/caller'
import { logAccess } from '../core/privacy'
import { assertInScope, callerScope } from '../core/scope'
import { hours, loadTeam, type HoursDoc } from '../teams/teamDocs'
import { nationalExportCsv } from './nationalExport'
import { shanghaiPeriod } from './period'

/**
 * Staff export a team's recorded hours for a period (Shanghai days) as the national volunteer system's batch-import
 * CSV (nationalExport.ts). It names people in full (the national system needs names), so the export is logged in
 * `accessLog` like any opening of personal data.
 */
export const exportTeamHours = defineAction({
  name: 'hours.exportTeam',
  input: exportTeamHoursInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const team = assertInScope(callerScope(caller), await loadTeam(input.teamId), '没有找到这支志愿队')
    const { start, end } = shanghaiPeriod(input.from, input.to)
    const docs = (
      await getDocs<HoursDoc>(
        hours()
          .where({ teamId: team._id, checkInAt: _.gte(start).and(_.lt(end)) })
          .orderBy('checkInAt', 'asc')
          .limit(1000),
      )
    ).filter((d) => d.minutes > 0)
    const openids = [...new Set(docs.map((d) => d.openid))]
    const users = openids.length
      ? await getDocs<UserDoc>(
          db
            .collection('users')
            .where({ _id: _.in(openids) })
            .limit(1000),
        )
      : []
    const nickname = new Map(users.map((u) => [u._id, u.nickname]))
    const csv = nationalExportCsv(
      docs.map((d) => ({
        name: nickname.get(d.openid) ?? '',
        team: team.name,
        activity: d.activityTitle,
        checkInAt: d.checkInAt,
        checkOutAt: d.checkOutAt,
        minutes: d.minutes,
        note: d.note,
      })),
    )
    await logAccess(caller, 'hours.export', team._id, null, now)
    return { fileName: `${safeFileName(`${team.name}-志愿时长-${input.from}至${input.to}`)}.csv`, csv, rows: docs.length }
  },
})
