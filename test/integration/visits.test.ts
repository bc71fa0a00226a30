// The merchant registry, visits with the 服务三问, and the dashboard's totals, through the local cloud.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { DashboardStats } from '@/types/dashboard'
import type { ActionInput, ActionName } from '@/types/actions'

const NOW = new Date('2026-11-27T10:00:00+08:00')
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid = 'demo-staff') => cloud.callOk(action, data, openid)
const shopFields = {
  name: '测试面包房',
  address: '长宁区新华路 1 号',
  lat: 31.205,
  lng: 121.425,
  category: 'catering',
  grid: 'grid-2',
  tags: ['new'],
} satisfies ActionInput<'shops.upsert'>['shop']

describe('the merchant registry', () => {
  it('keeps contacts apart: masked in the list, whole on the detail (logged), past contacts kept on a change', async () => {
    const created = await ok('shops.upsert', { shop: shopFields, contact: { name: '王小明', phone: '13812345678' } })
    expect(created.contact).toMatchObject({ name: '王小明', phone: '13812345678', to: null })

    const list = await ok('shops.list', { grid: 'grid-2', q: '面包' })
    expect(list.shops).toHaveLength(1)
    expect(list.shops[0]).toMatchObject({ id: created.id, contactName: '王**', contactPhone: '138****5678' })
    expect(JSON.stringify(list)).not.toContain('13812345678')

    cloud.setNow(new Date(NOW.getTime() + 60_000))
    const changed = await ok('shops.upsert', {
      shopId: created.id,
      shop: { ...shopFields, tags: ['difficulty'] },
      contact: { name: '李四', phone: '13900001111' },
    })
    cloud.setNow(NOW)
    expect(changed.contact).toMatchObject({ name: '李四' })
    expect(changed.pastContacts).toEqual([expect.objectContaining({ name: '王小明', to: expect.any(String) })])
    expect(changed.tags).toEqual(['difficulty'])

    await ok('shops.get', { shopId: created.id })
    const log = await cloud.store.find('accessLog', { subjectId: created.id })
    expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ staffOpenid: 'demo-staff', subject: 'shop.contact' })]))
  })

  it('bad shop input is INVALID_INPUT; an unknown shop is NOT_FOUND', async () => {
    expect(await cloud.callUnchecked('shops.upsert', { shop: { ...shopFields, grid: 'grid-9' } }, 'demo-staff')).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    })
    expect(await cloud.callUnchecked('shops.upsert', { shop: shopFields, contact: { name: '王', phone: 'call me' } }, 'demo-staff')).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    })
    expect(await cloud.call('shops.upsert', { shopId: 'nope', shop: shopFields }, 'demo-staff')).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})

describe('visits', () => {
  const answers = {
    partyMembers: 'elsewhere',
    partyMemberCount: 2,
    childcareNeeded: true,
    difficulties: '招不到夜班店员',
  } satisfies ActionInput<'visits.log'>['answers']

  it('logs a visit with the 服务三问 and turns the finding into a need with the shop filled in', async () => {
    const { visit, needId } = await ok('visits.log', {
      shopId: 'shop-07',
      answers,
      notes: '店主很配合',
      raiseNeed: { category: 'hiring', description: '招不到夜班店员' },
    })
    expect(visit).toMatchObject({ shopName: '老周修鞋铺', grid: 'grid-3', date: '2026-11-27', answers, byMe: true })
    const need = await ok('needs.get', { needId: needId! })
    expect(need).toMatchObject({ shopId: 'shop-07', shopName: '老周修鞋铺', category: 'hiring', level: 1 })

    const listed = await ok('visits.list', { shopId: 'shop-07' })
    expect(listed.visits[0]).toMatchObject({ id: visit.id, answers, needId })
    // Party membership never sits on the visit record itself.
    const [stored] = await cloud.store.find('visits', { shopId: 'shop-07', day: visit.date })
    expect(stored).toBeDefined()
    expect(JSON.stringify(stored)).not.toContain('partyMembers')

    const again = await cloud.call('visits.log', { shopId: 'shop-07', answers }, 'demo-staff')
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const shop = await ok('shops.get', { shopId: 'shop-07' })
    expect(shop.lastVisitAt).toBe(new Date('2026-11-27T12:00:00+08:00').toISOString())
  })

  it('refuses a future date and a missing answer', async () => {
    expect(await cloud.callUnchecked('visits.log', { shopId: 'shop-08', date: '2026-12-30', answers }, 'demo-staff')).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    })
    expect(await cloud.callUnchecked('visits.log', { shopId: 'shop-08', answers: { childcareNeeded: false } }, 'demo-staff')).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    })
  })
})

describe('the dashboard', () => {
  it('counts coverage per grid, needs by level/status/category, and exports totals only', async () => {
    const period = { from: '2026-11-27', to: '2026-11-27' }
    const before = await ok('dashboard.stats', period)
    await ok('visits.log', { shopId: 'shop-02', answers: { partyMembers: 'here', partyMemberCount: 1, childcareNeeded: false } })
    await ok('needs.submit', { category: 'venue', description: '想借场地办活动' }, 'demo-merchant')
    const after = await ok('dashboard.stats', period)
    const grid2 = (s: DashboardStats) => s.coverage.find((g) => g.grid === 'grid-2')!
    expect(grid2(after).visitedShops).toBe(grid2(before).visitedShops + 1)
    expect(grid2(after).coveragePct).toBeCloseTo((grid2(after).visitedShops / grid2(after).shops) * 100, 0)
    expect(after.needs.total).toBe(before.needs.total + 1)
    expect(after.needs.byCategory.venue).toBe((before.needs.byCategory.venue ?? 0) + 1)
    expect(after.needs.byLevel[1]).toBe(before.needs.byLevel[1] + 1)
    expect(after.serviceAnswers.shopsWithPartyMembers).toBe(before.serviceAnswers.shopsWithPartyMembers + 1)

    const { csv } = await ok('dashboard.csv', period)
    expect(csv).toContain('走访覆盖')
    expect(csv).toContain('有党员的商户')
    for (const secret of ['13812345678', '王小明', 'demo-staff', 'demo-merchant', '老周修鞋铺', 'shop-07']) expect(csv).not.toContain(secret)
  })

  it('rejects a reversed period', async () => {
    expect(await cloud.callUnchecked('dashboard.stats', { from: '2026-11-27', to: '2026-11-01' }, 'demo-staff')).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    })
  })
})
