import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ARRANGED, arrangeBlock, makeManager, makePerson, makeShop } from '../helpers/arrange'
import type { ActionInput, ActionName } from '@/types/actions'

const STAFF = ARRANGED.staff
let cloud: TestCloud
/** Three shops of the arranged block; the first run by 店主 (MERCHANT). */
let shop1: string
let shop2: string
let shop3: string
const MERCHANT = 'sm-merchant'
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeBlock(cloud)
  await makePerson(cloud, MERCHANT, '店主')
  await makePerson(cloud, 'sm-resident', '居民')
  await makePerson(cloud, 'sm-courier', '骑手', ['courier'])
  shop1 = await makeShop(cloud, { name: '咖啡店' })
  shop2 = await makeShop(cloud, { name: '面包店' })
  shop3 = await makeShop(cloud, { name: '花店' })
  await makeManager(cloud, shop1, MERCHANT)
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)

describe('a shop outlives its managers', () => {
  it('staff attach a new manager, who then runs the shop and becomes a merchant; the old one loses access', async () => {
    expect((await ok('shops.mine', {}, MERCHANT)).shops.map((s) => s.id)).toEqual([shop1])

    await ok('shops.attachManager', { shopId: shop1, openid: 'new-manager' }, STAFF)
    expect((await ok('shops.mine', {}, 'new-manager')).shops.map((s) => s.id)).toEqual([shop1])
    expect((await ok('users.me', {}, 'new-manager')).roles).toContain('merchant')

    await ok('shops.detachManager', { shopId: shop1, openid: MERCHANT }, STAFF)
    expect((await ok('shops.mine', {}, MERCHANT)).shops).toEqual([])
    expect((await ok('users.me', {}, MERCHANT)).roles).not.toContain('merchant')

    const history = await cloud.store.find('shopManagers', { shopId: shop1 })
    expect(history.map((h) => [h.openid, h.to === null])).toEqual(
      expect.arrayContaining([
        [MERCHANT, false],
        ['new-manager', true],
      ]),
    )
  })

  it('attaching twice at once gives one stint', async () => {
    await Promise.all(Array.from({ length: 5 }, () => cloud.call('shops.attachManager', { shopId: shop2, openid: 'twice' }, STAFF)))
    const shop = (await cloud.store.find('shops', { _id: shop2 }))[0]
    expect(shop.managerOpenids).toEqual(['twice'])
    expect(await cloud.store.count('shopManagers', { shopId: shop2, openid: 'twice' })).toBe(1)
  })

  it('detaching someone who is not a manager is a CONFLICT; an unknown shop is NOT_FOUND', async () => {
    expect(await cloud.call('shops.detachManager', { shopId: shop3, openid: 'nobody' }, STAFF)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await cloud.call('shops.attachManager', { shopId: 'shop-none', openid: 'nobody' }, STAFF)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('the shop file lists current managers (with the openid to detach them) and past ones (names and dates only)', async () => {
    const at = (iso: string) => cloud.setNow(new Date(iso))
    try {
      at('2026-03-01T09:00:00+08:00')
      await ok('shops.attachManager', { shopId: shop3, openid: 'sm-resident' }, STAFF)
      at('2026-04-01T09:00:00+08:00')
      await ok('shops.attachManager', { shopId: shop3, openid: 'sm-courier' }, STAFF)
      at('2026-05-01T09:00:00+08:00')
      await ok('shops.detachManager', { shopId: shop3, openid: 'sm-resident' }, STAFF)
    } finally {
      cloud.setNow(null)
    }

    const shop = await ok('shops.get', { shopId: shop3 }, STAFF)
    expect(shop.managers).toEqual([{ openid: 'sm-courier', nickname: '骑手', since: '2026-04-01T01:00:00.000Z' }])
    expect(shop.managerCount).toBe(1)
    expect(shop.pastManagers).toEqual([{ nickname: '居民', from: '2026-03-01T01:00:00.000Z', to: '2026-05-01T01:00:00.000Z' }])
    expect(JSON.stringify(shop.pastManagers)).not.toContain('sm-resident')
  })

  it('a manager who left and came back shows once as current and once as past; unnamed people get a placeholder', async () => {
    const shop = await ok('shops.get', { shopId: shop1 }, STAFF)
    expect(shop.managers.map((m) => [m.openid, m.nickname])).toEqual([['new-manager', '未设置昵称']])
    expect(shop.pastManagers.map((m) => m.nickname)).toEqual(['店主'])

    await ok('shops.attachManager', { shopId: shop1, openid: MERCHANT }, STAFF)
    const again = await ok('shops.get', { shopId: shop1 }, STAFF)
    expect(again.managers.map((m) => m.nickname)).toEqual(['未设置昵称', '店主'])
    expect(again.pastManagers.map((m) => m.nickname)).toEqual(['店主'])
  })

  it('only staff read the shop file', async () => {
    expect(await cloud.call('shops.get', { shopId: shop1 }, MERCHANT)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
