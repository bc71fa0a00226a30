// Transactions that meet on one document, at production-like concurrency (64 instances of `api`). On CloudBase the
// second writer fails at the write (-501001, never retried by wx-server-sdk); every action here must still answer
// as if it ran alone — retried (core/transaction.ts) or refused for a domain reason, never INTERNAL.
import type { ClaimView } from '@/types/projects'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput, ActionName } from '@/types/actions'

jest.setTimeout(120_000)

const NOW = new Date('2026-11-27T12:00:00+08:00')
let cloud: TestCloud

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true, instancesPerFunction: 64 })
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)
const outcome = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code)

let serial = 0
async function projectWithClaims(quota: number, shopIds: string[]) {
  const fields = { name: `并发项目${++serial}`, summary: '测试', beneficiary: 'couriers' as const, quota, startsOn: '2026-11-01', endsOn: '2027-01-31' }
  const project = await ok('projects.save', { fields }, 'demo-staff')
  const claims: ClaimView[] = []
  for (const shopId of shopIds) {
    await ok('shops.attachManager', { shopId, openid: `race-${shopId}` }, 'demo-staff')
    claims.push(await ok('projects.claim', { projectId: project.id, shopId, commitment: '每天 10 杯咖啡' }, `race-${shopId}`))
  }
  return { project, claims }
}

it('two staff approving different claims of one project at the same moment: both approvals stand', async () => {
  // A second staff member of the seed's block (issue 16: staff see their blocks' records).
  await cloud.store.insertMany('users', [
    { _id: 'race-staff-2', roles: ['staff'], nickname: '网格员乙', createdAt: NOW, scope: { level: 'block', blockIds: ['block-xinhua-1'] } },
  ])
  const pairs = await Promise.all([
    projectWithClaims(5, ['shop-01', 'shop-02']),
    projectWithClaims(5, ['shop-03', 'shop-04']),
    projectWithClaims(5, ['shop-19', 'shop-20']),
  ])
  await Promise.all(Array.from({ length: 12 }, () => cloud.call('users.me', {}, 'demo-staff'))) // warm instances: a true race
  const results = await Promise.all(
    pairs.flatMap(({ claims }) => [
      cloud.call('projects.review', { claimId: claims[0].id, decision: 'approve' }, 'demo-staff'),
      cloud.call('projects.review', { claimId: claims[1].id, decision: 'approve' }, 'race-staff-2'),
    ]),
  )
  expect(results.map(outcome)).toEqual(Array(6).fill('OK'))
  for (const { project } of pairs) expect((await cloud.store.find('projects', { _id: project.id }))[0].approvedCount).toBe(2)
})

it('twelve approvals at once on a quota of 3: three stand, the rest are FULL, the count is exact', async () => {
  const shops = ['shop-05', 'shop-06', 'shop-07', 'shop-08', 'shop-09', 'shop-10', 'shop-11', 'shop-12', 'shop-13', 'shop-14', 'shop-15', 'shop-16']
  const { project, claims } = await projectWithClaims(3, shops)
  const results = await Promise.all(claims.map((c) => cloud.call('projects.review', { claimId: c.id, decision: 'approve' }, 'demo-staff')))
  const codes = results.map(outcome)
  expect(codes.filter((c) => c === 'OK')).toHaveLength(3)
  expect(codes.filter((c) => c !== 'OK').every((c) => c === 'FULL')).toBe(true)
  expect((await cloud.store.find('projects', { _id: project.id }))[0].approvedCount).toBe(3)
})

it('withdrawals racing approvals: one order or the other, and the place count matches the claims', async () => {
  const shops = ['shop-21', 'shop-22', 'shop-23', 'shop-24']
  const { project, claims } = await projectWithClaims(5, shops)
  const results = await Promise.all(
    claims.flatMap((c, i) => [
      cloud.call('projects.review', { claimId: c.id, decision: 'approve' }, 'demo-staff'),
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
  const attached = await Promise.all(people.map((openid) => cloud.call('shops.attachManager', { shopId: 'shop-18', openid }, 'demo-staff')))
  expect(attached.map(outcome)).toEqual(people.map(() => 'OK'))
  const detached = await Promise.all(people.slice(0, 4).map((openid) => cloud.call('shops.detachManager', { shopId: 'shop-18', openid }, 'demo-staff')))
  expect(detached.map(outcome)).toEqual(['OK', 'OK', 'OK', 'OK'])
  const [shop] = await cloud.store.find('shops', { _id: 'shop-18' })
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
