// What the teams pages rely on beyond the basics: each activity's phase by the server's clock, editing an activity,
// and the staff attendance list (members without a record, masked names, never a phone).
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput, ActionName } from '@/types/actions'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
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
    { teamId: 'team-builders', title: '口袋公园清扫', place: '新华路口袋公园', startsAt: at('09:00'), endsAt: at('11:00') },
    'demo-staff',
  )
  expect(created.phase).toBe('upcoming')
  const phaseAt = async (hhmm: string) => {
    cloud.setNow(new Date(at(hhmm)))
    const page = await ok('teams.get', { teamId: 'team-builders' }, 'demo-resident')
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
  const act = await ok(
    'teams.saveActivity',
    { teamId: 'team-action', title: '旧名', place: '新华路', startsAt: at('14:00'), endsAt: at('16:00') },
    'demo-staff',
  )
  await ok('hours.checkIn', { activityId: act.id }, 'demo-resident') // a seeded 行动队 member
  const edited = await ok(
    'teams.saveActivity',
    { activityId: act.id, teamId: 'team-action', title: '新名', place: '番禺路', startsAt: at('14:30'), endsAt: at('16:30') },
    'demo-staff',
  )
  expect(edited).toMatchObject({ id: act.id, title: '新名', place: '番禺路', startsAt: at('14:30') })
  const page = await ok('teams.get', { teamId: 'team-action' }, 'demo-resident')
  expect(page.activities.filter((a) => a.title === '新名' || a.title === '旧名')).toHaveLength(1)
  const mine = await ok('hours.mine', {}, 'demo-resident')
  expect(mine.records.find((r) => r.activityId === act.id)?.activityTitle).toBe('新名')

  const edit = { activityId: act.id, teamId: 'team-action', title: 'x', place: 'x', startsAt: at('14:00'), endsAt: at('15:00') }
  expect(await code('teams.saveActivity', edit, 'demo-resident')).toBe('FORBIDDEN')
  expect(await code('teams.saveActivity', { ...edit, teamId: 'team-riders' }, 'demo-staff')).toBe('INVALID_INPUT')
  expect(await code('teams.saveActivity', { ...edit, activityId: 'act-nope' }, 'demo-staff')).toBe('NOT_FOUND')
  cloud.setNow(null)
})

it('attendance lists every member with a masked name, so staff can record hours for someone who never checked in', async () => {
  const res = await ok('hours.forActivity', { activityId: 'act-riders' }, 'demo-staff')
  expect(res.records).toEqual([])
  expect(res.members).toEqual([{ openid: 'demo-courier', name: '演***' }])
  expect(JSON.stringify(res)).not.toMatch(/1[3-9]\d{9}/)
  expect(await code('hours.forActivity', { activityId: 'act-riders' }, 'demo-courier')).toBe('FORBIDDEN')
  expect(await code('hours.forActivity', { activityId: 'act-nope' }, 'demo-staff')).toBe('NOT_FOUND')
})
