import { assertInScope, callerScope } from '../core/scope'
import { activityIdInput, correctHoursInput, noInput } from '@/types/teams'
import { defineAction } from '../core/action'
import { firstDoc, getDocs } from '../core/db'
import { AppError, forbidden } from '../core/errors'
import { checkInProblem, countedMinutes, minutesBetween } from './hoursRules'
import { maskedNames } from './memberNames'
import { hours, hoursId, isMember, loadActivity, loadTeam, members, toHoursView, type HoursDoc, type MemberDoc } from './teamDocs'
import { STAFF_ROLES } from '@/types/roles'

const isDuplicateKey = (error: unknown) => /E11000|duplicate key/i.test(String((error as Error)?.message ?? error))

async function loadHours(id: string): Promise<HoursDoc | null> {
  return firstDoc<HoursDoc>(hours().where({ _id: id }).limit(1))
}

/** The volunteer taps 签到 — a member of the activity's team, in the activity's window. A second tap is the same record. */
export const checkIn = defineAction({
  name: 'hours.checkIn',
  input: activityIdInput,
  async handle({ caller, input, now }) {
    const activity = await loadActivity(input.activityId)
    if (!(await isMember(activity.teamId, caller.openid))) throw forbidden('请先加入这支志愿队')
    const problem = checkInProblem(now, activity)
    if (problem) throw new AppError('CONFLICT', problem)
    const doc: HoursDoc = {
      _id: hoursId(activity._id, caller.openid),
      activityId: activity._id,
      activityTitle: activity.title,
      teamId: activity.teamId,
      openid: caller.openid,
      checkInAt: now,
      checkOutAt: null,
      minutes: 0,
      source: 'self',
      note: null,
      correctedBy: null,
      updatedAt: now,
    }
    try {
      await hours().add({ data: doc })
      return toHoursView(doc)
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      return toHoursView((await loadHours(doc._id)) as HoursDoc)
    }
  },
})

/** The volunteer taps 签退; minutes count from check-in, within the activity's window. */
export const checkOut = defineAction({
  name: 'hours.checkOut',
  input: activityIdInput,
  async handle({ caller, input, now }) {
    const activity = await loadActivity(input.activityId)
    const id = hoursId(activity._id, caller.openid)
    const record = await loadHours(id)
    if (!record?.checkInAt) throw new AppError('CONFLICT', '还没有签到，请先签到或联系工作人员补登')
    if (record.checkOutAt) return toHoursView(record)
    const minutes = countedMinutes(record.checkInAt, now, activity)
    await hours()
      .where({ _id: id, checkOutAt: null })
      .update({ data: { checkOutAt: now, minutes, updatedAt: now } })
    return toHoursView((await loadHours(id)) as HoursDoc)
  },
})

export const myHours = defineAction({
  name: 'hours.mine',
  input: noInput,
  async handle({ caller }) {
    const docs = await getDocs<HoursDoc>(hours().where({ openid: caller.openid }).orderBy('checkInAt', 'desc').limit(1000))
    return { totalMinutes: docs.reduce((sum, d) => sum + (d.minutes ?? 0), 0), records: docs.map(toHoursView) }
  },
})

export const hoursForActivity = defineAction({
  name: 'hours.forActivity',
  input: activityIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const activity = await loadActivity(input.activityId)
    assertInScope(callerScope(caller), await loadTeam(activity.teamId), '没有找到这个活动')
    const docs = await getDocs<HoursDoc>(hours().where({ activityId: activity._id }).limit(1000))
    const memberDocs = await getDocs<MemberDoc>(members().where({ teamId: activity.teamId }).orderBy('joinedAt', 'asc').limit(200))
    const names = await maskedNames([...new Set([...memberDocs.map((m) => m.openid), ...docs.map((d) => d.openid)])])
    return {
      records: docs.map(toHoursView),
      members: [...names].map(([openid, name]) => ({ openid, name })),
    }
  },
})

/** Staff record or correct one person's hours (no signal indoors, forgot to sign out); the times are taken as given. */
export const correctHours = defineAction({
  name: 'hours.correct',
  input: correctHoursInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const activity = await loadActivity(input.activityId)
    assertInScope(callerScope(caller), await loadTeam(activity.teamId), '没有找到这个活动')
    const checkInAt = new Date(input.checkInAt)
    const checkOutAt = new Date(input.checkOutAt)
    const doc: Omit<HoursDoc, '_id'> = {
      activityId: activity._id,
      activityTitle: activity.title,
      teamId: activity.teamId,
      openid: input.openid,
      checkInAt,
      checkOutAt,
      minutes: minutesBetween(checkInAt, checkOutAt),
      source: 'staff',
      note: input.note,
      correctedBy: caller.openid,
      updatedAt: now,
    }
    await hours().doc(hoursId(activity._id, input.openid)).set({ data: doc })
    return toHoursView({ ...doc, _id: hoursId(activity._id, input.openid) })
  },
})
