// A repeated request id into every create action: a double tap, a retry or a second phone answers the first
// result and writes nothing more.
import { allActions } from '@/cloudfunctions/api/actions'
import { CREATE_ACTIONS } from '@/types/createActions'
import { eventFields } from '../helpers/eventsFixture'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ARRANGED, arrangeBlock, makeManager, makePerson, makeProject, makeShop, makeTeam } from '../helpers/arrange'
import type { ActionInput } from '@/types/actions'

const NOW = new Date('2026-11-27T12:00:00+08:00')
const LATER = new Date('2026-12-20T12:00:00+08:00').toISOString()
const LATER_END = new Date('2026-12-20T15:00:00+08:00').toISOString()
const DEADLINE = new Date('2026-12-19T12:00:00+08:00').toISOString()

const STAFF = ARRANGED.staff
const ADMIN = ARRANGED.admin
const RESIDENT = 'ro-resident'
const MERCHANT = 'ro-merchant'
const COURIER = 'ro-courier'
let cloud: TestCloud
let claimId = ''
let eventId = ''
/** The arranged records the cases name: shops, projects and a team of the arranged block. */
const ids = { claimingShop: '', merchantShop: '', visitedShop: '', book: '', umbrella: '', team: '' }
beforeAll(async () => {
  cloud = await startTestCloud()
  cloud.setNow(NOW)
  await arrangeBlock(cloud)
  await makePerson(cloud, RESIDENT, '居民')
  await makePerson(cloud, MERCHANT, '店主')
  await makePerson(cloud, COURIER, '骑手', ['courier'])
  ids.claimingShop = await makeShop(cloud, { name: '热水小店' })
  ids.merchantShop = await makeShop(cloud, { name: '店主的店' })
  ids.visitedShop = await makeShop(cloud, { name: '走访的店' })
  await makeManager(cloud, ids.claimingShop, 'mgr-20')
  await makeManager(cloud, ids.merchantShop, MERCHANT)
  const water = await makeProject(cloud, '一杯热水')
  ids.book = await makeProject(cloud, '一本好书')
  ids.umbrella = await makeProject(cloud, '一把雨伞')
  ids.team = await makeTeam(cloud, '行动队')
  claimId = (await cloud.callOk('projects.claim', { projectId: water, shopId: ids.claimingShop, commitment: '免费热水' }, 'mgr-20')).id
  await cloud.callOk('projects.review', { claimId, decision: 'approve' }, ADMIN)
  eventId = (await cloud.callOk('events.create', { ...eventFields({ startAt: LATER, endAt: LATER_END, signupDeadline: DEADLINE }), publish: true }, STAFF)).id
})
afterAll(() => cloud?.stop())

/** A valid first call of each create action, and who makes it. */
const CREATES: Record<string, () => { data: Record<string, unknown>; by: string }> = {
  'events.create': () => ({ data: { ...eventFields({ startAt: LATER, endAt: LATER_END, signupDeadline: DEADLINE }), publish: true }, by: STAFF }),
  'events.signupCompanion': () => ({ data: { eventId, name: '王小五' }, by: RESIDENT }),
  'hours.certificate': () => ({ data: { name: '王五', from: '2026-01-01', to: '2026-11-30' }, by: RESIDENT }),
  'needs.submit': () => ({ data: { category: 'signboard', description: '店招被风吹松了，担心掉下来', shopId: ids.merchantShop }, by: MERCHANT }),
  'notices.save': () => ({ data: { kind: 'emergency', title: '台风黄色预警', body: '请收起招牌。', expiresAt: LATER }, by: STAFF }),
  'notices.saveShelter': () => ({
    data: { kind: 'storage', name: '凯旋路临时存放点', address: '凯旋路 1000 号', lat: 31.2062, lng: 121.4172 },
    by: STAFF,
  }),
  'positions.save': () => ({
    data: { name: '华山路党群微站', address: '华山路 1520 号', lat: 31.2013, lng: 121.4321, hours: '每天 09:00–18:00', featured: [] },
    by: STAFF,
  }),
  'projects.save': () => ({
    data: { fields: { name: '一把雨伞（测试）', summary: '测试', beneficiary: 'couriers', quota: 3, startsOn: '2026-11-01', endsOn: '2027-01-31' } },
    by: STAFF,
  }),
  'projects.claim': () => ({ data: { projectId: ids.book, shopId: ids.claimingShop, commitment: '借书角' }, by: 'mgr-20' }),
  'projects.intent': () => ({ data: { shopId: ids.claimingShop, projectIds: [ids.umbrella], note: '想先看看' }, by: 'mgr-20' }),
  'projects.fulfil': () => ({ data: { claimId, date: '2026-11-27', given: '送出热水 20 杯' }, by: 'mgr-20' }),
  'resources.save': () => ({ data: { category: 'finance', title: '创业贴息快速通道', summary: '三个工作日答复。', phone: '021-62800499' }, by: STAFF }),
  'teams.saveActivity': () => ({
    data: { teamId: ids.team, title: '街区运动会保障', place: '新华路', startsAt: LATER, endsAt: LATER_END },
    by: STAFF,
  }),
  'badges.issue': () => ({ data: { openid: STAFF, name: '王晓梅', title: '网格员', grid: ARRANGED.grid, validUntil: LATER }, by: ADMIN }),
  'shops.upsert': () => ({
    data: {
      shop: { name: '测试面包房', address: '新华路 1 号', lat: 31.205, lng: 121.425, category: 'catering', grid: ARRANGED.grid, tags: [] },
      contact: { name: '王小明', phone: '13812345678' },
    },
    by: STAFF,
  }),
  'org.saveBlock': () => ({
    data: {
      streetId: ARRANGED.street,
      name: '新华路第四街区',
      branch: '新华路第四街区党支部',
      centre: { lat: 31.212, lng: 121.415 },
      grids: [{ name: '第一网格' }, { name: '第二网格' }],
    },
    by: ADMIN,
  }),
  'visits.log': () => ({ data: { shopId: ids.visitedShop, answers: { partyMembers: 'none', childcareNeeded: false } }, by: STAFF }),
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
  const data = { category: 'signboard', description: '路灯不亮了，晚上很黑', shopId: ids.merchantShop } satisfies ActionInput<'needs.submit'>
  const mine = await cloud.callOk('needs.submit', { ...data, requestId: 'same-id-0001' } as ActionInput<'needs.submit'>, MERCHANT)
  const theirs = await cloud.callOk('needs.submit', { ...data, requestId: 'same-id-0001' } as ActionInput<'needs.submit'>, COURIER)
  expect(theirs.id).not.toBe(mine.id)
})
