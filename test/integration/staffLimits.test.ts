// Staff power has limits: no reviewing one's own shop's claim, badges from admins only, an admin's badge safe
// from staff, detaching a manager keeps a role an admin granted, and per-person write limits.
import { CREATES_PER_MINUTE } from '@/cloudfunctions/api/core/rateLimit'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ARRANGED, arrangeBlock, makeProject, makeShop } from '../helpers/arrange'
import type { ActionInput } from '@/types/actions'

const NOW = new Date('2026-11-27T12:00:00+08:00')
const VALID_UNTIL = '2027-06-30T00:00:00+08:00'

const STAFF = ARRANGED.staff
const ADMIN = ARRANGED.admin
let cloud: TestCloud
let umbrella: string
const shops: Record<'s22' | 's23' | 's24' | 's25', string> = { s22: '', s23: '', s24: '', s25: '' }
beforeAll(async () => {
  cloud = await startTestCloud()
  cloud.setNow(NOW)
  await arrangeBlock(cloud)
  umbrella = await makeProject(cloud, '一把伞')
  for (const key of Object.keys(shops) as Array<keyof typeof shops>) shops[key] = await makeShop(cloud, { name: `店 ${key}` })
})
afterAll(() => cloud?.stop())

const roles = async (openid: string) => ((await cloud.store.find('users', { _id: openid }))[0]?.roles ?? []) as string[]

it('nobody approves their own shop’s claim', async () => {
  await cloud.callOk('shops.attachManager', { shopId: shops.s22, openid: STAFF }, ADMIN)
  const claim = await cloud.callOk('projects.claim', { projectId: umbrella, shopId: shops.s22, commitment: '门口借伞' }, STAFF)
  expect(await cloud.call('projects.review', { claimId: claim.id, decision: 'approve' }, STAFF)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  expect(await cloud.call('projects.review', { claimId: claim.id, decision: 'approve' }, ADMIN)).toMatchObject({ ok: true })
})

it('badges are issued by an admin only; staff cannot revoke an admin’s badge', async () => {
  const data = { openid: STAFF, name: '自己', title: '书记', grid: ARRANGED.grid, validUntil: VALID_UNTIL } satisfies ActionInput<'badges.issue'>
  expect(await cloud.call('badges.issue', data, STAFF)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const adminBadge = await cloud.callOk('badges.issue', { ...data, openid: ADMIN, name: '街道管理员', title: '街道' }, ADMIN)
  expect(await cloud.call('badges.revoke', { id: adminBadge.id }, STAFF)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect((await cloud.store.find('badges', { _id: adminBadge.id }))[0].status).toBe('active')
})

it('detaching a manager keeps a merchant role an admin granted; one that came with the shop goes', async () => {
  await cloud.callOk('users.grantRole', { openid: 'lim-granted', role: 'merchant', granted: true }, ADMIN)
  await cloud.callOk('shops.attachManager', { shopId: shops.s23, openid: 'lim-granted' }, STAFF)
  await cloud.callOk('shops.detachManager', { shopId: shops.s23, openid: 'lim-granted' }, STAFF)
  expect(await roles('lim-granted')).toContain('merchant')

  await cloud.callOk('shops.attachManager', { shopId: shops.s23, openid: 'lim-shop-only' }, STAFF)
  await cloud.callOk('shops.attachManager', { shopId: shops.s24, openid: 'lim-shop-only' }, STAFF)
  await cloud.callOk('shops.detachManager', { shopId: shops.s23, openid: 'lim-shop-only' }, STAFF)
  expect(await roles('lim-shop-only')).toContain('merchant') // still manages the other shop
  await cloud.callOk('shops.detachManager', { shopId: shops.s24, openid: 'lim-shop-only' }, STAFF)
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
  await cloud.callOk('shops.attachManager', { shopId: shops.s25, openid: 'lim-shop-25' }, STAFF)
  const first = await cloud.callOk('projects.claim', { projectId: umbrella, shopId: shops.s25, commitment: '借伞 5 把' }, 'lim-shop-25')
  const edited = await cloud.callOk('projects.claim', { projectId: umbrella, shopId: shops.s25, commitment: '借伞 10 把' }, 'lim-shop-25')
  expect(edited).toMatchObject({ id: first.id, commitment: '借伞 10 把' })
  expect((await cloud.store.find('projectClaims', { _id: first.id }))[0].commitment).toBe('借伞 10 把')
  await cloud.callOk('projects.review', { claimId: first.id, decision: 'approve' }, ADMIN)
  const refused = await cloud.call('projects.claim', { projectId: umbrella, shopId: shops.s25, commitment: '借伞 20 把' }, 'lim-shop-25')
  expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('借伞 10 把') } })
  expect((await cloud.store.find('projectClaims', { _id: first.id }))[0].commitment).toBe('借伞 10 把')
})
