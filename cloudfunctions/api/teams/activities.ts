import { saveActivityInput } from '@/types/teams'
import { defineAction } from '../core/action'
import { replacingObjects } from '../core/wholeFields'
import { AppError } from '../core/errors'
import type { ActivityDoc } from './teamDocs'
import { assertInScope, callerScope } from '../core/scope'
import { activities, hours, loadActivity, loadTeam, toActivityView } from './teamDocs'
import { STAFF_ROLES } from '@/types/roles'

/** Staff add an activity to a team (volunteers check in to it), or edit one (`activityId`). */
export const saveActivity = defineAction({
  name: 'teams.saveActivity',
  input: saveActivityInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const team = assertInScope(callerScope(caller), await loadTeam(input.teamId), '没有找到这支志愿队')
    const fields = { title: input.title, place: input.place, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) }
    if (input.activityId) {
      const existing = await loadActivity(input.activityId)
      if (existing.teamId !== team._id) throw new AppError('INVALID_INPUT', '活动不属于这支志愿队')
      await activities()
        .doc(existing._id)
        .update({ data: replacingObjects(fields) })
      // Records carry the title so 我的志愿时长 reads one collection; keep them in step.
      if (existing.title !== fields.title)
        await hours()
          .where({ activityId: existing._id })
          .update({ data: { activityTitle: fields.title } })
      return toActivityView({ ...existing, ...fields }, null, now)
    }
    const doc: Omit<ActivityDoc, '_id'> = { teamId: team._id, ...fields, createdAt: now }
    const { _id } = (await activities().add({ data: doc })) as { _id: string }
    return toActivityView({ ...doc, _id }, null, now)
  },
})
