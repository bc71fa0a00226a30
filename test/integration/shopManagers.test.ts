import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ShopView } from '../../types/shops'
import type { Me } from '../../types/users'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

async function ok<T>(action: string, data: unknown, openid: string): Promise<T> {
  const res = await cloud.call<T>(action, data, openid)
  if (!res.ok) throw new Error(`${action}: ${res.error.code} ${res.error.message}`)
  return res.data
}

describe('a shop outlives its managers', () => {
  it('staff attach a new manager, who then runs the shop and becomes a merchant; the old one loses access', async () => {
    expect((await ok<{ shops: ShopView[] }>('shops.mine', {}, 'demo-merchant')).shops.map((s) => s.id)).toEqual(['shop-01'])

    await ok('shops.attachManager', { shopId: 'shop-01', openid: 'new-manager' }, 'demo-staff')
    expect((await ok<{ shops: ShopView[] }>('shops.mine', {}, 'new-manager')).shops.map((s) => s.id)).toEqual(['shop-01'])
    expect((await ok<Me>('users.me', {}, 'new-manager')).roles).toContain('merchant')

    await ok('shops.detachManager', { shopId: 'shop-01', openid: 'demo-merchant' }, 'demo-staff')
    expect((await ok<{ shops: ShopView[] }>('shops.mine', {}, 'demo-merchant')).shops).toEqual([])
    expect((await ok<Me>('users.me', {}, 'demo-merchant')).roles).not.toContain('merchant')

    const history = await cloud.store.find('shopManagers', { shopId: 'shop-01' })
    expect(history.map((h) => [h.openid, h.to === null])).toEqual(
      expect.arrayContaining([
        ['demo-merchant', false],
        ['new-manager', true],
      ]),
    )
  })

  it('attaching twice at once gives one stint', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => cloud.call('shops.attachManager', { shopId: 'shop-02', openid: 'twice' }, 'demo-staff')),
    )
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
})
