// Staff power has limits: no reviewing one's own shop's claim, badges from admins only, an admin's badge safe
// from staff, detaching a manager keeps a role an admin granted, and per-person write limits.
import { CREATES_PER_MINUTE } from '@/cloudfunctions/api/core/rateLimit'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput } from '@/types/actions'

const NOW = new Date('2026-11-27T12:00:00+08:00')
const VALID_UNTIL = '2027-06-30T00:00:00+08:00'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

const roles = async (openid: string) => ((await cloud.store.find('users', { _id: openid }))[0]?.roles ?? []) as string[]

it('nobody approves their own shop’s claim', async () => {
  await cloud.callOk('shops.attachManager', { shopId: 'shop-22', openid: 'demo-staff' }, 'demo-admin')
  const claim = await cloud.callOk('projects.claim', { projectId: 'proj-umbrella', shopId: 'shop-22', commitment: '门口借伞' }, 'demo-staff')
  expect(await cloud.call('projects.review', { claimId: claim.id, decision: 'approve' }, 'demo-staff')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  expect(await cloud.call('projects.review', { claimId: claim.id, decision: 'approve' }, 'demo-admin')).toMatchObject({ ok: true })
})

it('badges are issued by an admin only; staff cannot revoke an admin’s badge', async () => {
  const data = { openid: 'demo-staff', name: '自己', title: '书记', grid: 'grid-1', validUntil: VALID_UNTIL } satisfies ActionInput<'badges.issue'>
  expect(await cloud.call('badges.issue', data, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const adminBadge = await cloud.callOk('badges.issue', { ...data, openid: 'demo-admin', name: '街道管理员', title: '街道' }, 'demo-admin')
  expect(await cloud.call('badges.revoke', { id: adminBadge.id }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect((await cloud.store.find('badges', { _id: adminBadge.id }))[0].status).toBe('active')
})

it('detaching a manager keeps a merchant role an admin granted; one that came with the shop goes', async () => {
  await cloud.callOk('users.grantRole', { openid: 'lim-granted', role: 'merchant', granted: true }, 'demo-admin')
  await cloud.callOk('shops.attachManager', { shopId: 'shop-23', openid: 'lim-granted' }, 'demo-staff')
  await cloud.callOk('shops.detachManager', { shopId: 'shop-23', openid: 'lim-granted' }, 'demo-staff')
  expect(await roles('lim-granted')).toContain('merchant')

  await cloud.callOk('shops.attachManager', { shopId: 'shop-23', openid: 'lim-shop-only' }, 'demo-staff')
  await cloud.callOk('shops.attachManager', { shopId: 'shop-24', openid: 'lim-shop-only' }, 'demo-staff')
  await cloud.callOk('shops.detachManager', { shopId: 'shop-23', openid: 'lim-shop-only' }, 'demo-staff')
  expect(await roles('lim-shop-only')).toContain('merchant') // still manages shop-24
  await cloud.callOk('shops.detachManager', { shopId: 'shop-24', openid: 'lim-shop-only' }, 'demo-staff')
  expect(await roles('lim-shop-only')).not.toContain('merchant')
})

it(`one person may create ${CREATES_PER_MINUTE} needs a minute; the next is RATE_LIMITED, others and the next minute are not`, async () => {
  const need = (n: number): ActionInput<'needs.submit'> => ({ category: 'other', description: `第 ${n} 条测试诉求内容` })
  for (let n = 0; n < CREATES_PER_MINUTE; n++) await cloud.callOk('needs.submit', need(n), 'lim-busy')
  const before = await cloud.store.count('needs')
  expect(await cloud.call('needs.submit', need(99), 'lim-busy')).toEqual({
    ok: false,
    error: { code: 'RATE_LIMITED', message: '操作太频繁了，请稍等一分钟再提交' },
  })
  expect(await cloud.store.count('needs')).toBe(before)
  expect(await cloud.call('needs.submit', need(1), 'lim-other')).toMatchObject({ ok: true })
  cloud.setNow(new Date(NOW.getTime() + 60_000))
  expect(await cloud.call('needs.submit', need(100), 'lim-busy')).toMatchObject({ ok: true })
})

it('claiming again with a new pledge edits a pending claim and is refused, showing the pledge, once reviewed', async () => {
  await cloud.callOk('shops.attachManager', { shopId: 'shop-25', openid: 'lim-shop-25' }, 'demo-staff')
  const first = await cloud.callOk('projects.claim', { projectId: 'proj-umbrella', shopId: 'shop-25', commitment: '借伞 5 把' }, 'lim-shop-25')
  const edited = await cloud.callOk('projects.claim', { projectId: 'proj-umbrella', shopId: 'shop-25', commitment: '借伞 10 把' }, 'lim-shop-25')
  expect(edited).toMatchObject({ id: first.id, commitment: '借伞 10 把' })
  expect((await cloud.store.find('projectClaims', { _id: first.id }))[0].commitment).toBe('借伞 10 把')
  await cloud.callOk('projects.review', { claimId: first.id, decision: 'approve' }, 'demo-admin')
  const refused = await cloud.call('projects.claim', { projectId: 'proj-umbrella', shopId: 'shop-25', commitment: '借伞 20 把' }, 'lim-shop-25')
  expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('借伞 10 把') } })
  expect((await cloud.store.find('projectClaims', { _id: first.id }))[0].commitment).toBe('借伞 10 把')
})
