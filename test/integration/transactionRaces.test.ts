// Transactions that meet on one document, at production-like concurrency (64 instances of `api`). On CloudBase the
// second writer fails at the write (-501001, never retried by wx-server-sdk); every action here must still answer
// as if it ran alone — retried (core/transaction.ts) or refused for a domain reason, never INTERNAL.
import type { ClaimView } from '@/types/projects'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput, ActionName } from '@/types/actions'
import { ARRANGED, arrangeBlock, makeShop, makeStaff } from '../helpers/arrange'

jest.setTimeout(120_000)

const NOW = new Date('2026-11-27T12:00:00+08:00')
const STAFF = ARRANGED.staff
let cloud: TestCloud
/** 23 shops of the arranged block, made by a staff member of their own (creates are limited per person a minute). */
let shopIds: string[] = []

beforeAll(async () => {
  cloud = await startTestCloud({ instancesPerFunction: 64 })
  cloud.setNow(NOW)
  await arrangeBlock(cloud)
  await makeStaff(cloud, 'race-maker', '建档员')
  shopIds = []
  for (let i = 0; i < 23; i++) shopIds.push(await makeShop(cloud, { name: `并发小店${i}` }, 'race-maker'))
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)
const outcome = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code)

let serial = 0
async function projectWithClaims(quota: number, claimShops: string[]) {
  const fields = { name: `并发项目${++serial}`, summary: '测试', beneficiary: 'couriers' as const, quota, startsOn: '2026-11-01', endsOn: '2027-01-31' }
  const project = await ok('projects.save', { fields }, STAFF)
  const claims: ClaimView[] = []
  for (const shopId of claimShops) {
    await ok('shops.attachManager', { shopId, openid: `race-${shopId}` }, STAFF)
    claims.push(await ok('projects.claim', { projectId: project.id, shopId, commitment: '每天 10 杯咖啡' }, `race-${shopId}`))
  }
  return { project, claims }
}

it('two staff approving different claims of one project at the same moment: both approvals stand', async () => {
  // A second staff member of the same block (issue 16: staff see their blocks' records).
  await makeStaff(cloud, 'race-staff-2', '网格员乙')
  const pairs = await Promise.all([
    projectWithClaims(5, [shopIds[0], shopIds[1]]),
    projectWithClaims(5, [shopIds[2], shopIds[3]]),
    projectWithClaims(5, [shopIds[4], shopIds[5]]),
  ])
  await Promise.all(Array.from({ length: 12 }, () => cloud.call('users.me', {}, STAFF))) // warm instances: a true race
  const results = await Promise.all(
    pairs.flatMap(({ claims }) => [
      cloud.call('projects.review', { claimId: claims[0].id, decision: 'approve' }, STAFF),
      cloud.call('projects.review', { claimId: claims[1].id, decision: 'approve' }, 'race-staff-2'),
    ]),
  )
  expect(results.map(outcome)).toEqual(Array(6).fill('OK'))
  for (const { project } of pairs) expect((await cloud.store.find('projects', { _id: project.id }))[0].approvedCount).toBe(2)
})

it('twelve approvals at once on a quota of 3: three stand, the rest are FULL, the count is exact', async () => {
  const shops = shopIds.slice(6, 18)
  const { project, claims } = await projectWithClaims(3, shops)
  const results = await Promise.all(claims.map((c) => cloud.call('projects.review', { claimId: c.id, decision: 'approve' }, STAFF)))
  const codes = results.map(outcome)
  expect(codes.filter((c) => c === 'OK')).toHaveLength(3)
  expect(codes.filter((c) => c !== 'OK').every((c) => c === 'FULL')).toBe(true)
  expect((await cloud.store.find('projects', { _id: project.id }))[0].approvedCount).toBe(3)
})

it('withdrawals racing approvals: one order or the other, and the place count matches the claims', async () => {
  const shops = shopIds.slice(18, 22)
  const { project, claims } = await projectWithClaims(5, shops)
  const results = await Promise.all(
    claims.flatMap((c, i) => [
      cloud.call('projects.review', { claimId: c.id, decision: 'approve' }, STAFF),
      cloud.call('projects.withdraw', { claimId: c.id }, `race-${shops[i]}`),
    ]),
  )
  expect(results.map(outcome).filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([])
  const stored = await cloud.store.find('projectClaims', { _id: { $in: claims.map((c) => c.id) } })
  const approved = stored.filter((c) => c.status === 'approved').length
  expect((await cloud.store.find('projects', { _id: project.id }))[0].approvedCount).toBe(approved)
})

it('attaching and detaching managers of one shop at once: every change lands, none answers INTERNAL', async () => {
  const people = Array.from({ length: 8 }, (_, i) => `mgr-race-${i}`)
  const attached = await Promise.all(people.map((openid) => cloud.call('shops.attachManager', { shopId: shopIds[22], openid }, STAFF)))
  expect(attached.map(outcome)).toEqual(people.map(() => 'OK'))
  const detached = await Promise.all(people.slice(0, 4).map((openid) => cloud.call('shops.detachManager', { shopId: shopIds[22], openid }, STAFF)))
  expect(detached.map(outcome)).toEqual(['OK', 'OK', 'OK', 'OK'])
  const [shop] = await cloud.store.find('shops', { _id: shopIds[22] })
  expect([...(shop.managerOpenids as string[])].filter((o) => o.startsWith('mgr-race-')).sort()).toEqual(people.slice(4))
})

it('a double tap on users.chooseRoles: both answer, and the roles are the chosen ones', async () => {
  const results = await Promise.all([
    cloud.call('users.chooseRoles', { roles: ['resident', 'courier'] }, 'double-tap'),
    cloud.call('users.chooseRoles', { roles: ['resident', 'courier'] }, 'double-tap'),
  ])
  expect(results.map(outcome)).toEqual(['OK', 'OK'])
  const [user] = await cloud.store.find('users', { _id: 'double-tap' })
  expect([...(user.roles as string[])].sort()).toEqual(['courier', 'resident'])
})
