// 商户走访: a grid's shops in visiting order, the visit log across shops, photos kept with the visit.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput, ActionName } from '@/types/actions'

const NOW = new Date('2026-11-27T10:00:00+08:00')
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: false })
  cloud.setNow(NOW)
  const shop = (id: string, name: string, grid: string, lastVisitAt: Date | null) => ({
    _id: id,
    name,
    address: `${name}路 1 号`,
    location: { type: 'Point', coordinates: [121.42, 31.2] },
    category: 'retail',
    grid,
    tags: [],
    managers: [],
    managerOpenids: [],
    contactId: null,
    lastVisitAt,
    createdAt: NOW,
  })
  await cloud.store.insertMany('users', [
    { _id: 'staff-a', roles: ['staff'], createdAt: NOW },
    { _id: 'staff-b', roles: ['staff'], createdAt: NOW },
  ])
  await cloud.store.insertMany('shops', [
    shop('s-recent', '近店', 'grid-1', new Date('2026-11-25T12:00:00+08:00')),
    shop('s-never', '新店', 'grid-1', null),
    shop('s-old', '老店', 'grid-1', new Date('2026-08-01T12:00:00+08:00')),
    shop('s-other', '别处的店', 'grid-2', null),
  ])
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid = 'staff-a') => cloud.callOk(action, data, openid)
const answers = { partyMembers: 'none', childcareNeeded: false } satisfies ActionInput<'visits.log'>['answers']

it('lists only the chosen grid, never visited first, then the longest since the last visit', async () => {
  const { shops } = await ok('visits.due', { grid: 'grid-1' })
  expect(shops.map((s) => [s.id, s.daysSinceVisit])).toEqual([
    ['s-never', null],
    ['s-old', 118],
    ['s-recent', 2],
  ])
})

it('a visit sends the shop to the end of the round', async () => {
  await ok('visits.log', { shopId: 's-never', answers })
  const { shops } = await ok('visits.due', { grid: 'grid-1' })
  expect(shops.map((s) => s.id)).toEqual(['s-old', 's-recent', 's-never'])
  expect(shops[2]).toMatchObject({ daysSinceVisit: 0, lastVisitAt: new Date('2026-11-27T12:00:00+08:00').toISOString() })
})

it('the visit log covers every shop, newest first, and says only whether the caller logged it', async () => {
  await ok('visits.log', { shopId: 's-other', date: '2026-11-20', answers }, 'staff-b')
  cloud.setNow(new Date(NOW.getTime() + 60_000))
  await ok('visits.log', { shopId: 's-old', answers }, 'staff-b')
  cloud.setNow(NOW)
  const { visits } = await ok('visits.list', { limit: 10 })
  expect(visits.map((v) => [v.shopId, v.date])).toEqual([
    ['s-old', '2026-11-27'],
    ['s-never', '2026-11-27'],
    ['s-other', '2026-11-20'],
  ])
  expect(visits.map((v) => v.byMe)).toEqual([false, true, false])
})

it('keeps the photos (cloud fileIDs) with the visit, at most six', async () => {
  const photos = ['cloud://local.env/visits/1.jpg', 'cloud://local.env/visits/2.jpg']
  const { visit } = await ok('visits.log', { shopId: 's-recent', answers, photos })
  expect(visit.photos).toEqual(photos)
  const [stored] = await cloud.store.find('visits', { shopId: 's-recent', day: visit.date })
  expect(stored).toMatchObject({ photos })
  const seven = Array.from({ length: 7 }, (_, i) => `cloud://local.env/visits/${i}.jpg`)
  expect(await cloud.callUnchecked('visits.log', { shopId: 's-other', answers, photos: seven }, 'staff-a')).toMatchObject({
    error: { code: 'INVALID_INPUT', message: expect.stringContaining('6') },
  })
})

it('asks for a grid: missing or unknown is INVALID_INPUT', async () => {
  expect(await cloud.callUnchecked('visits.due', {}, 'staff-a')).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('网格') } })
  expect(await cloud.callUnchecked('visits.due', { grid: 'grid-9' }, 'staff-a')).toMatchObject({ error: { code: 'INVALID_INPUT' } })
})
