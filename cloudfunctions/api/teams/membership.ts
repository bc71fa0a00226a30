import { noInput, teamIdInput } from '@/types/teams'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import { maskedNames } from './memberNames'
import {
  activities,
  hours,
  loadTeam,
  memberId,
  members,
  teams,
  toActivityView,
  toTeamView,
  type ActivityDoc,
  type HoursDoc,
  type MemberDoc,
  type TeamDoc,
} from './teamDocs'

const isDuplicateKey = (error: unknown) => /E11000|duplicate key/i.test(String((error as Error)?.message ?? error))

export const listTeams = defineAction({
  name: 'teams.list',
  input: noInput,
  async handle({ caller }) {
    const docs = await getDocs<TeamDoc>(teams().orderBy('order', 'asc').limit(50))
    const mine = await getDocs<MemberDoc>(members().where({ openid: caller.openid }).limit(50))
    const joined = new Set(mine.map((m) => m.teamId))
    return { teams: docs.map((d) => toTeamView(d, joined.has(d._id))) }
  },
})

/** A team's page: members (names masked), its activities with the caller's own hours on each. */
export const getTeam = defineAction({
  name: 'teams.get',
  input: teamIdInput,
  async handle({ caller, input, now }) {
    const team = await loadTeam(input.teamId)
    const memberDocs = await getDocs<MemberDoc>(members().where({ teamId: team._id }).orderBy('joinedAt', 'asc').limit(200))
    const names = await maskedNames(memberDocs.map((m) => m.openid))
    const acts = await getDocs<ActivityDoc>(activities().where({ teamId: team._id }).orderBy('startsAt', 'desc').limit(50))
    const mine = acts.length
      ? await getDocs<HoursDoc>(
          hours()
            .where({ openid: caller.openid, activityId: _.in(acts.map((a) => a._id)) })
            .limit(50),
        )
      : []
    return {
      team: toTeamView(
        team,
        memberDocs.some((m) => m.openid === caller.openid),
      ),
      members: memberDocs.map((m) => ({ name: names.get(m.openid) ?? '志愿者', joinedAt: new Date(m.joinedAt).toISOString() })),
      activities: acts.map((a) => toActivityView(a, mine.find((h) => h.activityId === a._id) ?? null, now)),
    }
  },
})

/** Joining twice is one membership (deterministic id); the count moves only when the membership is new. */
export const joinTeam = defineAction({
  name: 'teams.join',
  input: teamIdInput,
  async handle({ caller, input, now }) {
    const team = await loadTeam(input.teamId)
    try {
      const doc: MemberDoc = { _id: memberId(team._id, caller.openid), teamId: team._id, openid: caller.openid, joinedAt: now }
      await members().add({ data: doc })
      await teams()
        .doc(team._id)
        .update({ data: { memberCount: _.inc(1) } })
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
    return toTeamView(await loadTeam(team._id), true)
  },
})

/** Leaving keeps the hours already served; the count moves only if a membership was removed. */
export const leaveTeam = defineAction({
  name: 'teams.leave',
  input: teamIdInput,
  async handle({ caller, input }) {
    const team = await loadTeam(input.teamId)
    const res = (await members()
      .where({ _id: memberId(team._id, caller.openid) })
      .remove()) as { stats: { removed: number } }
    if (res.stats.removed > 0) {
      await teams()
        .where({ _id: team._id, memberCount: _.gt(0) })
        .update({ data: { memberCount: _.inc(-1) } })
    }
    return toTeamView(await loadTeam(team._id), false)
  },
})
