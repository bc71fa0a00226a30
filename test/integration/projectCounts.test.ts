// Numbers the projects pages show follow the claims (issue 13: "已认领 0 家 · 已通过 1 家"; "a fulfilment dated
// 2030 is counted"). The expected counts come from the claims in the store and the rule, not from the handlers.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const NOW = new Date('2026-11-27T12:00:00+08:00')
/** The rule (types/projects.vocab.ts): claimed = every claim not refused or withdrawn; approved = those holding a place. */
const CLAIMED = ['pending', 'approved', 'active', 'completed']
const APPROVED = ['approved', 'active', 'completed']

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

it('every project says as many 已认领 as its live and finished claims and as many 已通过 as those holding a place; never fewer claimed than approved', async () => {
  const { projects } = await cloud.callOk('projects.list', {}, 'demo-courier')
  const claims = (await cloud.store.find('projectClaims', {})) as Array<{ projectId: string; status: string }>
  expect(projects.length).toBeGreaterThan(5)
  for (const p of projects) {
    const own = claims.filter((c) => c.projectId === p.id)
    expect({ id: p.id, claimed: p.claimedCount, approved: p.approvedCount }).toEqual({
      id: p.id,
      claimed: own.filter((c) => CLAIMED.includes(c.status)).length,
      approved: own.filter((c) => APPROVED.includes(c.status)).length,
    })
    expect(p.claimedCount).toBeGreaterThanOrEqual(p.approvedCount)
  }
  // The seeded completed claim (proj-haircut, shop-09) is counted as claimed as well as approved.
  expect(projects.find((p) => p.id === 'proj-haircut')).toMatchObject({ claimedCount: 1, approvedCount: 1 })
})

it('a fulfilment dated after today (Shanghai) is refused naming 履约日期, and nothing is stored; today is taken', async () => {
  const claimId = 'proj-coffee:shop-01'
  const before = await cloud.store.count('projectFulfilments', { claimId })
  for (const date of ['2030-01-01', '2026-11-28']) {
    const res = await cloud.call('projects.fulfil', { claimId, date, given: '送出 10 杯咖啡' }, 'demo-merchant')
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('履约日期') } })
  }
  expect(await cloud.store.count('projectFulfilments', { claimId })).toBe(before)
  expect(await cloud.call('projects.fulfil', { claimId, date: '2026-11-27', given: '送出 10 杯咖啡' }, 'demo-merchant')).toMatchObject({ ok: true })
  expect(await cloud.store.count('projectFulfilments', { claimId })).toBe(before + 1)
})
