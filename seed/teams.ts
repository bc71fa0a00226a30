// The five volunteer teams of 新域好店家, some members, and activities around the seeding day.
import type { ActivityDoc, HoursDoc, MemberDoc, TeamDoc } from '../cloudfunctions/api/teams/teamDocs'

const teamRows: Array<[id: string, name: string, description: string]> = [
  ['team-riders', '骑士团', '快递外卖小哥组成的志愿队：走街串巷时留意独居老人、报告安全隐患、台风天帮忙转运物资。'],
  ['team-shops', '好店家', '认领公益项目的街边店家，一杯咖啡、一把雨伞，把店开成街区的客厅。'],
  ['team-builders', '营造师', '设计师、建筑师和手艺人，一起改造街角、口袋公园和驿站。'],
  ['team-storytellers', '讲述者', '记录新华路的人和事：写街区故事、拍短视频、带特色行走党课。'],
  ['team-action', '行动队', '随叫随到的街区志愿者：活动保障、防台巡查、便民服务。'],
]

const HOUR = 3600_000

export function demoTeams() {
  const members: Array<[teamId: string, openid: string]> = [
    ['team-riders', 'demo-courier'],
    ['team-shops', 'demo-merchant'],
    ['team-storytellers', 'demo-resident'],
    ['team-action', 'demo-resident'],
    ['team-action', 'demo-staff'],
  ]
  const teams: TeamDoc[] = teamRows.map(([id, name, description], order) => ({
    _id: id,
    name,
    description,
    order,
    memberCount: members.filter((m) => m[0] === id).length,
  }))
  return { teams, members }
}

/** Activities relative to `now`: one a week ago (with hours), one today, one in three days. */
export function demoTeamDocs(now: Date) {
  const { teams, members } = demoTeams()
  const joinedAt = new Date(now.getTime() - 30 * 24 * HOUR)
  const memberDocs: MemberDoc[] = members.map(([teamId, openid]) => ({ _id: `${teamId}:${openid}`, teamId, openid, joinedAt }))
  const day = (offsetDays: number, hour: number) => {
    const d = new Date(now.getTime() + offsetDays * 24 * HOUR)
    d.setUTCHours(hour - 8, 0, 0, 0)
    return d
  }
  const activities: ActivityDoc[] = [
    {
      _id: 'act-patrol',
      teamId: 'team-action',
      title: '防台前商铺招牌巡查',
      place: '新华路沿街商铺',
      startsAt: day(-7, 9),
      endsAt: day(-7, 12),
      createdAt: joinedAt,
    },
    {
      _id: 'act-story',
      teamId: 'team-storytellers',
      title: '人文新华行走党课讲解',
      place: '新华路红色驿站集合',
      startsAt: day(-7, 14),
      endsAt: day(-7, 16),
      createdAt: joinedAt,
    },
    {
      _id: 'act-riders',
      teamId: 'team-riders',
      title: '独居老人楼道安全随手拍',
      place: '番禺路骑手加油站',
      startsAt: day(0, 8),
      endsAt: day(0, 22),
      createdAt: joinedAt,
    },
    {
      _id: 'act-corner',
      teamId: 'team-builders',
      title: '法华镇路街角花坛改造',
      place: '法华镇路 525 号',
      startsAt: day(3, 9),
      endsAt: day(3, 17),
      createdAt: joinedAt,
    },
  ]
  const hours: HoursDoc[] = [
    {
      _id: 'act-patrol:demo-resident',
      activityId: 'act-patrol',
      activityTitle: '防台前商铺招牌巡查',
      teamId: 'team-action',
      openid: 'demo-resident',
      checkInAt: day(-7, 9),
      checkOutAt: day(-7, 12),
      minutes: 180,
      source: 'self',
      note: null,
      correctedBy: null,
      updatedAt: day(-7, 12),
    },
    {
      _id: 'act-story:demo-resident',
      activityId: 'act-story',
      activityTitle: '人文新华行走党课讲解',
      teamId: 'team-storytellers',
      openid: 'demo-resident',
      checkInAt: day(-7, 14),
      checkOutAt: day(-7, 16),
      minutes: 120,
      source: 'staff',
      note: '室内讲解无法签退，工作人员补登',
      correctedBy: 'demo-staff',
      updatedAt: day(-6, 9),
    },
  ]
  return { teams, members: memberDocs, activities, hours }
}
