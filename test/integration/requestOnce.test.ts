// A repeated request id into every create action: a double tap, a retry or a second phone answers the first
// result and writes nothing more.
import { allActions } from '@/cloudfunctions/api/actions'
import { CREATE_ACTIONS } from '@/types/createActions'
import { eventFields } from '../helpers/eventsFixture'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput } from '@/types/actions'

const NOW = new Date('2026-11-27T12:00:00+08:00')
const LATER = new Date('2026-12-20T12:00:00+08:00').toISOString()
const LATER_END = new Date('2026-12-20T15:00:00+08:00').toISOString()
const DEADLINE = new Date('2026-12-19T12:00:00+08:00').toISOString()

let cloud: TestCloud
let claimId = ''
let eventId = ''
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
  await cloud.callOk('shops.attachManager', { shopId: 'shop-20', openid: 'mgr-20' }, 'demo-staff')
  claimId = (await cloud.callOk('projects.claim', { projectId: 'proj-water', shopId: 'shop-20', commitment: '免费热水' }, 'mgr-20')).id
  await cloud.callOk('projects.review', { claimId, decision: 'approve' }, 'demo-admin')
  eventId = (
    await cloud.callOk('events.create', { ...eventFields({ startAt: LATER, endAt: LATER_END, signupDeadline: DEADLINE }), publish: true }, 'demo-staff')
  ).id
})
afterAll(() => cloud?.stop())

/** A valid first call of each create action, and who makes it. */
const CREATES: Record<string, () => { data: Record<string, unknown>; by: string }> = {
  'events.create': () => ({ data: { ...eventFields({ startAt: LATER, endAt: LATER_END, signupDeadline: DEADLINE }), publish: true }, by: 'demo-staff' }),
  'events.signupCompanion': () => ({ data: { eventId, name: '王小五' }, by: 'demo-resident' }),
  'hours.certificate': () => ({ data: { name: '王五', from: '2026-01-01', to: '2026-11-30' }, by: 'demo-resident' }),
  'needs.submit': () => ({ data: { category: 'signboard', description: '店招被风吹松了，担心掉下来', shopId: 'shop-01' }, by: 'demo-merchant' }),
  'notices.save': () => ({ data: { kind: 'emergency', title: '台风黄色预警', body: '请收起招牌。', expiresAt: LATER }, by: 'demo-staff' }),
  'notices.saveShelter': () => ({
    data: { kind: 'storage', name: '凯旋路临时存放点', address: '凯旋路 1000 号', lat: 31.2062, lng: 121.4172 },
    by: 'demo-staff',
  }),
  'positions.save': () => ({
    data: { name: '华山路党群微站', address: '华山路 1520 号', lat: 31.2013, lng: 121.4321, hours: '每天 09:00–18:00', featured: [] },
    by: 'demo-staff',
  }),
  'projects.save': () => ({
    data: { fields: { name: '一把雨伞（测试）', summary: '测试', beneficiary: 'couriers', quota: 3, startsOn: '2026-11-01', endsOn: '2027-01-31' } },
    by: 'demo-staff',
  }),
  'projects.claim': () => ({ data: { projectId: 'proj-book', shopId: 'shop-20', commitment: '借书角' }, by: 'mgr-20' }),
  'projects.intent': () => ({ data: { shopId: 'shop-20', projectIds: ['proj-umbrella'], note: '想先看看' }, by: 'mgr-20' }),
  'projects.fulfil': () => ({ data: { claimId, date: '2026-11-27', given: '送出热水 20 杯' }, by: 'mgr-20' }),
  'resources.save': () => ({ data: { category: 'finance', title: '创业贴息快速通道', summary: '三个工作日答复。', phone: '021-62800499' }, by: 'demo-staff' }),
  'teams.saveActivity': () => ({
    data: { teamId: 'team-action', title: '街区运动会保障', place: '新华路', startsAt: LATER, endsAt: LATER_END },
    by: 'demo-staff',
  }),
  'badges.issue': () => ({ data: { openid: 'demo-staff', name: '王晓梅', title: '网格员', grid: 'grid-1', validUntil: LATER }, by: 'demo-admin' }),
  'shops.upsert': () => ({
    data: {
      shop: { name: '测试面包房', address: '新华路 1 号', lat: 31.205, lng: 121.425, category: 'catering', grid: 'grid-2', tags: [] },
      contact: { name: '王小明', phone: '13812345678' },
    },
    by: 'demo-staff',
  }),
  'org.saveBlock': () => ({
    data: {
      streetId: 'street-xinhua',
      name: '新华路第四街区',
      branch: '新华路第四街区党支部',
      centre: { lat: 31.212, lng: 121.415 },
      grids: [{ name: '第一网格' }, { name: '第二网格' }],
    },
    by: 'demo-admin',
  }),
  'visits.log': () => ({ data: { shopId: 'shop-07', answers: { partyMembers: 'none', childcareNeeded: false } }, by: 'demo-staff' }),
}

/** How many records each collection holds (the request records themselves left out). */
async function counts(): Promise<Record<string, number>> {
  const names = cloud.store.listCollections().filter((n) => n !== 'requests')
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await cloud.store.count(n)] as const)))
}

const takesRequestId = allActions()
  .filter((a) => 'requestId' in ((a.input as unknown as { shape?: object }).shape ?? {}))
  .map((a) => a.name)

it('every action that takes a request id has a case here, and every case takes one', () => {
  expect([...takesRequestId].sort()).toEqual(Object.keys(CREATES).sort())
  expect([...CREATE_ACTIONS].sort()).toEqual([...takesRequestId].sort()) // the app sends one exactly to these
})

describe.each(Object.keys(CREATES))('%s', (action) => {
  it('answers a repeat and a simultaneous repeat with the first result and writes once', async () => {
    const { data, by } = CREATES[action]()
    const requestId = `tap-${action.replace('.', '-')}-0001`
    const first = await cloud.callUnchecked(action, { ...data, requestId }, by)
    expect(first).toMatchObject({ ok: true })
    const after = await counts()
    const repeats = await Promise.all([1, 2, 3].map(() => cloud.callUnchecked(action, { ...data, requestId }, by)))
    for (const repeat of repeats) expect(repeat).toEqual(first)
    expect(await counts()).toEqual(after)
  })
})

it('a repeat from another person is their own request, not the first one’s result', async () => {
  const data = { category: 'signboard', description: '路灯不亮了，晚上很黑', shopId: 'shop-01' } satisfies ActionInput<'needs.submit'>
  const mine = await cloud.callOk('needs.submit', { ...data, requestId: 'same-id-0001' } as ActionInput<'needs.submit'>, 'demo-merchant')
  const theirs = await cloud.callOk('needs.submit', { ...data, requestId: 'same-id-0001' } as ActionInput<'needs.submit'>, 'demo-courier')
  expect(theirs.id).not.toBe(mine.id)
})
