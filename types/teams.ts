import { z } from 'zod'
import { blockIdField } from './org'
import { text, instant, requestId } from './fields'
import type { HoursSource } from './teams.vocab'

const id = z.string().min(1, '缺少编号').max(80)
const isoTime = instant()

export const noInput = z.object({}).strict()
export const teamIdInput = z.object({ teamId: id }).strict()
export const activityIdInput = z.object({ activityId: id }).strict()

/** Without `activityId` a new activity; with it, that activity edited (its team stays the same). */
export const saveActivityInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    activityId: id.optional(),
    teamId: id,
    title: text({ max: 40, min: 1, required: '请填写活动名称', tooLong: '活动名称最多 40 字' }),
    place: text({ max: 60, min: 1, required: '请填写地点', tooLong: '地点最多 60 字' }),
    startsAt: isoTime,
    endsAt: isoTime,
  })
  .strict()
  .refine((a) => new Date(a.startsAt) < new Date(a.endsAt), { message: '结束时间应晚于开始时间', path: ['endsAt'] })

/** Staff record or correct one person's hours for one activity (forgotten check-out, no signal indoors …). */
export const correctHoursInput = z
  .object({
    activityId: id,
    openid: id,
    checkInAt: isoTime,
    checkOutAt: isoTime,
    note: text({ max: 100, min: 1, required: '请写明更正原因' }),
  })
  .strict()
  .refine((h) => new Date(h.checkInAt) < new Date(h.checkOutAt), { message: '签退时间应晚于签到时间', path: ['checkOutAt'] })

/** Admin: without `teamId` a new 志愿队; with it, that team's name, description and place in the list edited. */
export const saveTeamInput = z
  .object({
    teamId: id.optional(),
    name: z.string().trim().min(1, '请填写队名').max(20, '队名最多 20 字'),
    description: z.string().trim().max(200, '介绍最多 200 字'),
    /** Position in the list, smallest first. */
    order: z.number().int().min(0, '排序应为 0 到 999').max(999, '排序应为 0 到 999').optional(),
    /** A new team's block (issue 16): default the admin's only block. */
    blockId: blockIdField().optional(),
  })
  .strict()

export interface TeamView {
  id: string
  name: string
  description: string
  memberCount: number
  joined: boolean
}

/** Where an activity stands by the server's clock: check-in opens an hour before the start and closes at the end. */
export type ActivityPhase = 'upcoming' | 'open' | 'ended'

export interface ActivityView {
  id: string
  teamId: string
  title: string
  place: string
  startsAt: string
  endsAt: string
  phase: ActivityPhase
  /** The caller's own record for it, if any. */
  mine: HoursView | null
}

export interface HoursView {
  activityId: string
  activityTitle: string
  openid: string
  checkInAt: string | null
  checkOutAt: string | null
  minutes: number
  source: HoursSource
  note: string | null
}

export interface TeamsActions {
  'teams.list': { input: typeof noInput; output: { teams: TeamView[] } }
  'teams.get': { input: typeof teamIdInput; output: { team: TeamView; members: Array<{ name: string; joinedAt: string }>; activities: ActivityView[] } }
  'teams.join': { input: typeof teamIdInput; output: TeamView }
  'teams.leave': { input: typeof teamIdInput; output: TeamView }
  'teams.save': { input: typeof saveTeamInput; output: TeamView }
  'teams.saveActivity': { input: typeof saveActivityInput; output: ActivityView }
  'hours.checkIn': { input: typeof activityIdInput; output: HoursView }
  'hours.checkOut': { input: typeof activityIdInput; output: HoursView }
  'hours.mine': { input: typeof noInput; output: { totalMinutes: number; records: HoursView[] } }
  /** Staff: the records, and the team's members plus anyone with a record (masked names), so hours can be recorded for someone who never checked in. */
  'hours.forActivity': { input: typeof activityIdInput; output: { records: HoursView[]; members: Array<{ openid: string; name: string }> } }
  'hours.correct': { input: typeof correctHoursInput; output: HoursView }
}
