import type { ActivityView, HoursView, TeamView } from '@/types/teams'
import type { HoursSource } from '@/types/teams.vocab'
import { db } from '../core/cloud'
import { firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { activityPhase } from './hoursRules'

export interface TeamDoc {
  _id: string
  name: string
  description: string
  memberCount: number
  order: number
}

/** `_id` is `${teamId}:${openid}`: joining twice is one membership. */
export interface MemberDoc {
  _id: string
  teamId: string
  openid: string
  joinedAt: Date
}

export interface ActivityDoc {
  _id: string
  teamId: string
  title: string
  place: string
  startsAt: Date
  endsAt: Date
  createdAt: Date
}

/** One person's hours for one activity; `_id` is `${activityId}:${openid}`. */
export interface HoursDoc {
  _id: string
  activityId: string
  activityTitle: string
  teamId: string
  openid: string
  checkInAt: Date | null
  checkOutAt: Date | null
  minutes: number
  source: HoursSource
  note: string | null
  correctedBy: string | null
  updatedAt: Date
}

export const teams = () => db.collection('teams')
export const members = () => db.collection('teamMembers')
export const activities = () => db.collection('teamActivities')
export const hours = () => db.collection('volunteerHours')

export const memberId = (teamId: string, openid: string) => `${teamId}:${openid}`
export const hoursId = (activityId: string, openid: string) => `${activityId}:${openid}`

export async function loadTeam(id: string): Promise<TeamDoc> {
  const doc = await firstDoc<TeamDoc>(teams().where({ _id: id }).limit(1))
  if (!doc) throw notFound('没有找到这支志愿队')
  return doc
}

export async function loadActivity(id: string): Promise<ActivityDoc> {
  const doc = await firstDoc<ActivityDoc>(activities().where({ _id: id }).limit(1))
  if (!doc) throw notFound('没有找到这个活动')
  return doc
}

export async function isMember(teamId: string, openid: string): Promise<boolean> {
  return !!(await firstDoc<MemberDoc>(
    members()
      .where({ _id: memberId(teamId, openid) })
      .limit(1),
  ))
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null)

export const toTeamView = (doc: TeamDoc, joined: boolean): TeamView => ({
  id: doc._id,
  name: doc.name,
  description: doc.description,
  memberCount: doc.memberCount,
  joined,
})

export const toHoursView = (doc: HoursDoc): HoursView => ({
  activityId: doc.activityId,
  activityTitle: doc.activityTitle,
  openid: doc.openid,
  checkInAt: iso(doc.checkInAt),
  checkOutAt: iso(doc.checkOutAt),
  minutes: doc.minutes,
  source: doc.source,
  note: doc.note,
})

export const toActivityView = (doc: ActivityDoc, mine: HoursDoc | null, now: Date): ActivityView => ({
  id: doc._id,
  teamId: doc.teamId,
  title: doc.title,
  place: doc.place,
  startsAt: new Date(doc.startsAt).toISOString(),
  endsAt: new Date(doc.endsAt).toISOString(),
  phase: activityPhase(now, doc),
  mine: mine ? toHoursView(mine) : null,
})
