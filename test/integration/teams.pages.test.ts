// What the teams pages rely on beyond the basics: each activity's phase by the server's clock, editing an activity,
// and the staff attendance list (members without a record, masked names, never a phone).
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ARRANGED, arrangeBlock, makePerson, makeTeam } from '../helpers/arrange'
import type { ActionInput, ActionName } from '@/types/actions'

const STAFF = ARRANGED.staff
const MEMBER = 'tp-resident'
const COURIER = 'tp-courier'
let cloud: TestCloud
const team = { builders: '', action: '', riders: '' }
let ridersActivity: string
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeBlock(cloud)
  await makePerson(cloud, MEMBER, '居民甲')
  await makePerson(cloud, COURIER, '骑手小王', ['courier'])
  team.builders = await makeTeam(cloud, '共建队')
  team.action = await makeTeam(cloud, '行动队')
  team.riders = await makeTeam(cloud, '骑手队')
  await cloud.callOk('teams.join', { teamId: team.action }, MEMBER)
  await cloud.callOk('teams.join', { teamId: team.riders }, COURIER)
  const riders = { teamId: team.riders, title: '骑手安全课', place: '驿站', startsAt: at('18:00'), endsAt: at('19:00') }
  ridersActivity = (await cloud.callOk('teams.saveActivity', riders, STAFF)).id
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)
const code = async (action: string, data: unknown, openid: string) => {
  const res = await cloud.callUnchecked(action, data, openid)
  return res.ok ? 'OK' : res.error.code
}
const at = (hhmm: string) => new Date(`2026-12-08T${hhmm}:00+08:00`).toISOString()

it('an activity is upcoming until an hour before its start, open until its end, then ended', async () => {
  cloud.setNow(new Date(at('07:00')))
  const created = await ok(
    'teams.saveActivity',
    { teamId: team.builders, title: '口袋公园清扫', place: '新华路口袋公园', startsAt: at('09:00'), endsAt: at('11:00') },
    STAFF,
  )
  expect(created.phase).toBe('upcoming')
  const phaseAt = async (hhmm: string) => {
    cloud.setNow(new Date(at(hhmm)))
    const page = await ok('teams.get', { teamId: team.builders }, MEMBER)
    return page.activities.find((a) => a.id === created.id)?.phase
  }
  expect(await phaseAt('07:59')).toBe('upcoming')
  expect(await phaseAt('08:00')).toBe('open')
  expect(await phaseAt('11:00')).toBe('open')
  expect(await phaseAt('11:01')).toBe('ended')
  cloud.setNow(null)
})

it('staff edit an activity (the title follows into hours already recorded); others cannot; a wrong team is refused', async () => {
  cloud.setNow(new Date(at('13:00')))
  const act = await ok('teams.saveActivity', { teamId: team.action, title: '旧名', place: '新华路', startsAt: at('14:00'), endsAt: at('16:00') }, STAFF)
  await ok('hours.checkIn', { activityId: act.id }, MEMBER) // a 行动队 member
  const edited = await ok(
    'teams.saveActivity',
    { activityId: act.id, teamId: team.action, title: '新名', place: '番禺路', startsAt: at('14:30'), endsAt: at('16:30') },
    STAFF,
  )
  expect(edited).toMatchObject({ id: act.id, title: '新名', place: '番禺路', startsAt: at('14:30') })
  const page = await ok('teams.get', { teamId: team.action }, MEMBER)
  expect(page.activities.filter((a) => a.title === '新名' || a.title === '旧名')).toHaveLength(1)
  const mine = await ok('hours.mine', {}, MEMBER)
  expect(mine.records.find((r) => r.activityId === act.id)?.activityTitle).toBe('新名')

  const edit = { activityId: act.id, teamId: team.action, title: 'x', place: 'x', startsAt: at('14:00'), endsAt: at('15:00') }
  expect(await code('teams.saveActivity', edit, MEMBER)).toBe('FORBIDDEN')
  expect(await code('teams.saveActivity', { ...edit, teamId: team.riders }, STAFF)).toBe('INVALID_INPUT')
  expect(await code('teams.saveActivity', { ...edit, activityId: 'act-nope' }, STAFF)).toBe('NOT_FOUND')
  cloud.setNow(null)
})

it('attendance lists every member with a masked name, so staff can record hours for someone who never checked in', async () => {
  const res = await ok('hours.forActivity', { activityId: ridersActivity }, STAFF)
  expect(res.records).toEqual([])
  // 骑手小王: the first character, then one * for each other (types/text.ts maskName).
  expect(res.members).toEqual([{ openid: COURIER, name: '骑***' }])
  expect(JSON.stringify(res)).not.toMatch(/1[3-9]\d{9}/)
  expect(await code('hours.forActivity', { activityId: ridersActivity }, COURIER)).toBe('FORBIDDEN')
  expect(await code('hours.forActivity', { activityId: 'act-nope' }, STAFF)).toBe('NOT_FOUND')
})
