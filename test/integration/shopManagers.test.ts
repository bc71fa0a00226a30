import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput, ActionName } from '@/types/actions'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)

describe('a shop outlives its managers', () => {
  it('staff attach a new manager, who then runs the shop and becomes a merchant; the old one loses access', async () => {
    expect((await ok('shops.mine', {}, 'demo-merchant')).shops.map((s) => s.id)).toEqual(['shop-01'])

    await ok('shops.attachManager', { shopId: 'shop-01', openid: 'new-manager' }, 'demo-staff')
    expect((await ok('shops.mine', {}, 'new-manager')).shops.map((s) => s.id)).toEqual(['shop-01'])
    expect((await ok('users.me', {}, 'new-manager')).roles).toContain('merchant')

    await ok('shops.detachManager', { shopId: 'shop-01', openid: 'demo-merchant' }, 'demo-staff')
    expect((await ok('shops.mine', {}, 'demo-merchant')).shops).toEqual([])
    expect((await ok('users.me', {}, 'demo-merchant')).roles).not.toContain('merchant')

    const history = await cloud.store.find('shopManagers', { shopId: 'shop-01' })
    expect(history.map((h) => [h.openid, h.to === null])).toEqual(
      expect.arrayContaining([
        ['demo-merchant', false],
        ['new-manager', true],
      ]),
    )
  })

  it('attaching twice at once gives one stint', async () => {
    await Promise.all(Array.from({ length: 5 }, () => cloud.call('shops.attachManager', { shopId: 'shop-02', openid: 'twice' }, 'demo-staff')))
    const shop = (await cloud.store.find('shops', { _id: 'shop-02' }))[0]
    expect(shop.managerOpenids).toEqual(['twice'])
    expect(await cloud.store.count('shopManagers', { shopId: 'shop-02', openid: 'twice' })).toBe(1)
  })

  it('detaching someone who is not a manager is a CONFLICT; an unknown shop is NOT_FOUND', async () => {
    expect(await cloud.call('shops.detachManager', { shopId: 'shop-03', openid: 'nobody' }, 'demo-staff')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(await cloud.call('shops.attachManager', { shopId: 'shop-x', openid: 'nobody' }, 'demo-staff')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('the shop file lists current managers (with the openid to detach them) and past ones (names and dates only)', async () => {
    const at = (iso: string) => cloud.setNow(new Date(iso))
    try {
      at('2026-03-01T09:00:00+08:00')
      await ok('shops.attachManager', { shopId: 'shop-03', openid: 'demo-resident' }, 'demo-staff')
      at('2026-04-01T09:00:00+08:00')
      await ok('shops.attachManager', { shopId: 'shop-03', openid: 'demo-courier' }, 'demo-staff')
      at('2026-05-01T09:00:00+08:00')
      await ok('shops.detachManager', { shopId: 'shop-03', openid: 'demo-resident' }, 'demo-staff')
    } finally {
      cloud.setNow(null)
    }

    const shop = await ok('shops.get', { shopId: 'shop-03' }, 'demo-staff')
    expect(shop.managers).toEqual([{ openid: 'demo-courier', nickname: '演示骑手', since: '2026-04-01T01:00:00.000Z' }])
    expect(shop.managerCount).toBe(1)
    expect(shop.pastManagers).toEqual([{ nickname: '演示居民', from: '2026-03-01T01:00:00.000Z', to: '2026-05-01T01:00:00.000Z' }])
    expect(JSON.stringify(shop.pastManagers)).not.toContain('demo-resident')
  })

  it('a manager who left and came back shows once as current and once as past; unnamed people get a placeholder', async () => {
    const shop = await ok('shops.get', { shopId: 'shop-01' }, 'demo-staff')
    expect(shop.managers.map((m) => [m.openid, m.nickname])).toEqual([['new-manager', '未设置昵称']])
    expect(shop.pastManagers.map((m) => m.nickname)).toEqual(['演示商户'])

    await ok('shops.attachManager', { shopId: 'shop-01', openid: 'demo-merchant' }, 'demo-staff')
    const again = await ok('shops.get', { shopId: 'shop-01' }, 'demo-staff')
    expect(again.managers.map((m) => m.nickname)).toEqual(['未设置昵称', '演示商户'])
    expect(again.pastManagers.map((m) => m.nickname)).toEqual(['演示商户'])
  })

  it('only staff read the shop file', async () => {
    expect(await cloud.call('shops.get', { shopId: 'shop-01' }, 'demo-merchant')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
