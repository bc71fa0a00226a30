// The 好店家 wall, perks near a station, and participation intent.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { WallShop } from '@/types/projects'
import type { ActionInput, ActionName } from '@/types/actions'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(new Date('2026-11-27T12:00:00+08:00'))
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)

/** 新华路红色驿站 (st-xinhua-01): 新华烘焙坊 (shop-08) is 40 m away, 新华咖啡 (shop-01) about 100 m. */
const STATION = { lat: 31.2049, lng: 121.4251 }

it('the wall shows approved and active claims only, each shop with its perks', async () => {
  const { shops } = await ok('projects.wall', {}, 'demo-courier')
  const ids = shops.map((s) => s.shop.id)
  expect(ids).toEqual(expect.arrayContaining(['shop-01', 'shop-27', 'shop-08', 'shop-05', 'shop-21', 'shop-10']))
  for (const hidden of ['shop-12', 'shop-09', 'shop-13', 'shop-03', 'shop-14']) expect(ids).not.toContain(hidden)
  const coffee = shops.find((s) => s.shop.id === 'shop-01') as WallShop
  expect(coffee.perks.map((p) => p.projectName)).toEqual(['一杯咖啡'])
  expect(coffee.shop).toMatchObject({ name: '新华咖啡', lat: 31.2051, lng: 121.4262 })
})

it('perks near a station: nearest first, within the radius, and a newly approved claim appears', async () => {
  const before = await ok('projects.perksNear', { ...STATION, radiusM: 300 }, 'demo-courier')
  expect(before.shops.slice(0, 2).map((s) => s.shop.id)).toEqual(['shop-08', 'shop-01'])
  expect(before.shops.every((s) => (s.distanceM ?? Infinity) <= 300)).toBe(true)
  const distances = before.shops.map((s) => s.distanceM as number)
  expect([...distances].sort((a, b) => a - b)).toEqual(distances)
  expect(before.shops.map((s) => s.shop.id)).not.toContain('shop-20')

  await ok('shops.attachManager', { shopId: 'shop-20', openid: 'mgr-20' }, 'demo-staff')
  const claim = await ok('projects.claim', { projectId: 'proj-water', shopId: 'shop-20', commitment: '放映室休息区免费热水' }, 'mgr-20')
  expect((await ok('projects.perksNear', { ...STATION, radiusM: 300 }, 'demo-courier')).shops.map((s) => s.shop.id)).not.toContain('shop-20')
  await ok('projects.review', { claimId: claim.id, decision: 'approve' }, 'demo-staff')
  const after = await ok('projects.perksNear', { ...STATION, radiusM: 300 }, 'demo-courier')
  expect(after.shops.find((s) => s.shop.id === 'shop-20')?.perks).toEqual([
    { projectId: 'proj-water', projectName: '一杯热水', commitment: '放映室休息区免费热水' },
  ])
  expect((await ok('projects.perksNear', { lat: 39.9, lng: 116.4 }, 'demo-courier')).shops).toEqual([])
  expect(await cloud.callUnchecked('projects.perksNear', { lat: 91, lng: 0 }, 'demo-courier')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})

it('a shop not ready to claim leaves an intent; the latest replaces it; staff read them', async () => {
  await ok('projects.intent', { shopId: 'shop-01', projectIds: ['proj-book'], note: '想先看看' }, 'demo-merchant')
  const second = await ok('projects.intent', { shopId: 'shop-01', projectIds: ['proj-book', 'proj-umbrella'] }, 'demo-merchant')
  expect(second.projectIds).toEqual(['proj-book', 'proj-umbrella'])
  expect(await cloud.store.count('projectIntents', { shopId: 'shop-01' })).toBe(1)
  expect(await cloud.call('projects.intent', { shopId: 'shop-02', note: 'x' }, 'demo-merchant')).toMatchObject({ error: { code: 'FORBIDDEN' } })
  expect(await cloud.callUnchecked('projects.intent', { shopId: 'shop-01', projectIds: ['nope'] }, 'demo-merchant')).toMatchObject({
    error: { code: 'INVALID_INPUT' },
  })
  expect(await cloud.call('projects.intents', {}, 'demo-merchant')).toMatchObject({ error: { code: 'FORBIDDEN' } })
  const { intents } = await ok('projects.intents', {}, 'demo-staff')
  expect(intents.map((i) => i.shopId)).toEqual(expect.arrayContaining(['shop-01', 'shop-04', 'shop-19', 'shop-22']))
})
