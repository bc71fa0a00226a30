// Volunteer teams and hours through the local cloud, with the clock pinned.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { TeamView } from '@/types/teams'
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
const at = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00+08:00`)

it('lists the five teams; joining (even many times at once) is one membership; leaving gives it back', async () => {
  const { teams } = await ok('teams.list', {}, 'vol-a')
  expect(teams.map((t) => t.name)).toEqual(['骑士团', '好店家', '营造师', '讲述者', '行动队'])
  const before = teams.find((t) => t.id === 'team-builders') as TeamView
  await Promise.all(Array.from({ length: 5 }, () => cloud.call('teams.join', { teamId: 'team-builders' }, 'vol-a')))
  const joined = (await ok('teams.list', {}, 'vol-a')).teams.find((t) => t.id === 'team-builders') as TeamView
  expect(joined).toMatchObject({ joined: true, memberCount: before.memberCount + 1 })
  await ok('teams.leave', { teamId: 'team-builders' }, 'vol-a')
  await ok('teams.leave', { teamId: 'team-builders' }, 'vol-a')
  expect((await ok('teams.get', { teamId: 'team-builders' }, 'vol-a')).team).toMatchObject({ joined: false, memberCount: before.memberCount })
  expect(await code('teams.join', { teamId: 'team-nope' }, 'vol-a')).toBe('NOT_FOUND')
})

it('hours come from check-in and check-out, clamped to the activity; staff correct them; hours.mine sums', async () => {
  cloud.setNow(at('08:00'))
  const activity = await ok(
    'teams.saveActivity',
    { teamId: 'team-action', title: '街区运动会保障', place: '新华路', startsAt: at('09:00').toISOString(), endsAt: at('12:00').toISOString() },
    'demo-staff',
  )
  expect(
    await code(
      'teams.saveActivity',
      { teamId: 'team-action', title: 'x', place: 'x', startsAt: at('09:00').toISOString(), endsAt: at('08:00').toISOString() },
      'demo-staff',
    ),
  ).toBe('INVALID_INPUT')
  expect(
    await code(
      'teams.saveActivity',
      { teamId: 'team-action', title: 'x', place: 'x', startsAt: at('09:00').toISOString(), endsAt: at('10:00').toISOString() },
      'vol-b',
    ),
  ).toBe('FORBIDDEN')

  expect(await code('hours.checkIn', { activityId: activity.id }, 'vol-b')).toBe('FORBIDDEN') // not a member
  await ok('teams.join', { teamId: 'team-action' }, 'vol-b')
  cloud.setNow(at('07:30'))
  expect(await code('hours.checkIn', { activityId: activity.id }, 'vol-b')).toBe('CONFLICT') // too early
  expect(await code('hours.checkOut', { activityId: activity.id }, 'vol-b')).toBe('CONFLICT') // never checked in
  cloud.setNow(at('08:50'))
  await ok('hours.checkIn', { activityId: activity.id }, 'vol-b')
  cloud.setNow(at('09:10'))
  const again = await ok('hours.checkIn', { activityId: activity.id }, 'vol-b')
  expect(again.checkInAt).toBe(at('08:50').toISOString())
  cloud.setNow(at('15:00')) // forgot to sign out until the afternoon: counts to an hour past the end at most
  const out = await ok('hours.checkOut', { activityId: activity.id }, 'vol-b')
  expect(out.minutes).toBe(250)
  cloud.setNow(at('15:30'))
  expect(await code('hours.checkIn', { activityId: activity.id }, 'vol-b')).not.toBe('OK')

  // Indoors, no signal: vol-c never checked in; staff record it. Then correct vol-b.
  await ok('teams.join', { teamId: 'team-action' }, 'vol-c')
  expect(
    await code(
      'hours.correct',
      { activityId: activity.id, openid: 'vol-c', checkInAt: at('09:00').toISOString(), checkOutAt: at('11:00').toISOString(), note: '室内无法签到' },
      'vol-b',
    ),
  ).toBe('FORBIDDEN')
  await ok(
    'hours.correct',
    { activityId: activity.id, openid: 'vol-c', checkInAt: at('09:00').toISOString(), checkOutAt: at('11:00').toISOString(), note: '室内无法签到' },
    'demo-staff',
  )
  const corrected = await ok(
    'hours.correct',
    { activityId: activity.id, openid: 'vol-b', checkInAt: at('09:00').toISOString(), checkOutAt: at('12:00').toISOString(), note: '忘记签退' },
    'demo-staff',
  )
  expect(corrected).toMatchObject({ minutes: 180, source: 'staff' })

  const mineB = await ok('hours.mine', {}, 'vol-b')
  expect(mineB.totalMinutes).toBe(180)
  expect((await ok('hours.mine', {}, 'vol-c')).totalMinutes).toBe(120)
  // The seeded resident has 3 h of patrol and 2 h of storytelling.
  expect((await ok('hours.mine', {}, 'demo-resident')).totalMinutes).toBe(300)
  const { records } = await ok('hours.forActivity', { activityId: activity.id }, 'demo-staff')
  expect(records.map((r) => r.openid).sort()).toEqual(['vol-b', 'vol-c'])
})

it('a team page lists members with masked names and activities with the caller’s own hours', async () => {
  const page = await ok('teams.get', { teamId: 'team-storytellers' }, 'demo-resident')
  expect(page.members.map((m) => m.name)).toContain('演***')
  expect(page.activities.find((a) => a.id === 'act-story')?.mine).toMatchObject({ minutes: 120, source: 'staff' })
})
