// An existing claim is shown and edited, never silently kept (issue 13): whatever state the shop's claim on a
// project is in, claiming again with a new pledge either stores that pledge and answers it, or is refused
// naming the pledge that stays — never "success" with the old pledge.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const NOW = new Date('2026-11-27T12:00:00+08:00')
const MGR = 'ce-mgr-26'
const SHOP = 'shop-26'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
  await cloud.callOk('shops.attachManager', { shopId: SHOP, openid: MGR }, 'demo-admin')
})
afterAll(() => cloud?.stop())

const claim = (projectId: string, commitment: string) => cloud.call('projects.claim', { projectId, shopId: SHOP, commitment }, MGR)
const stored = async (id: string) => (await cloud.store.find('projectClaims', { _id: id }))[0] as { commitment: string; status: string }
const review = (claimId: string, decision: 'approve' | 'reject' | 'complete', reason?: string) =>
  cloud.callOk('projects.review', { claimId, decision, ...(reason ? { reason } : {}) }, 'demo-admin')

it('a pending claim: a new pledge is stored and answered; the same pledge again answers the claim unchanged', async () => {
  const first = await cloud.callOk('projects.claim', { projectId: 'proj-water', shopId: SHOP, commitment: '热水 10 杯' }, MGR)
  const edited = await claim('proj-water', '热水 20 杯')
  expect(edited).toMatchObject({ ok: true, data: { id: first.id, status: 'pending', commitment: '热水 20 杯' } })
  expect(await stored(first.id)).toMatchObject({ status: 'pending', commitment: '热水 20 杯' })
  expect(await claim('proj-water', '热水 20 杯')).toMatchObject({ ok: true, data: { commitment: '热水 20 杯' } })
})

it('a completed claim: a new pledge is refused naming the pledge kept, nothing changes', async () => {
  const first = await cloud.callOk('projects.claim', { projectId: 'proj-book', shopId: SHOP, commitment: '借书角 20 本' }, MGR)
  await review(first.id, 'approve')
  await review(first.id, 'complete')
  const again = await claim('proj-book', '借书角 50 本')
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('借书角 20 本') } })
  expect(await stored(first.id)).toMatchObject({ status: 'completed', commitment: '借书角 20 本' })
})

it('a rejected claim is claimed again with the new pledge, pending review', async () => {
  const first = await cloud.callOk('projects.claim', { projectId: 'proj-umbrella', shopId: SHOP, commitment: '借伞 1 把' }, MGR)
  await review(first.id, 'reject', '数量太少')
  const again = await claim('proj-umbrella', '借伞 10 把')
  expect(again).toMatchObject({ ok: true, data: { id: first.id, status: 'pending', commitment: '借伞 10 把', rejectReason: null } })
  expect(await stored(first.id)).toMatchObject({ status: 'pending', commitment: '借伞 10 把' })
})
