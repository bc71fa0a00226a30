// Public-service projects through the local cloud: claims, quota under concurrency, review, fulfilment, managers.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ProjectView } from '@/types/projects'
import type { ActionInput, ActionName } from '@/types/actions'

const NOW = new Date('2026-11-27T12:00:00+08:00')
let cloud: TestCloud

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)
const code = async (action: string, data: unknown, openid: string) => {
  const res = await cloud.callUnchecked(action, data, openid)
  return res.ok ? 'OK' : res.error.code
}

let serial = 0
/** A fresh project (staff) and `count` shops each with its own manager `mgr-<shop>`. */
async function arrange(quota: number, shopIds: string[]) {
  const fields = { name: `测试项目${++serial}`, summary: '测试', beneficiary: 'couriers' as const, quota, startsOn: '2026-11-01', endsOn: '2027-01-31' }
  const project = await ok('projects.save', { fields }, 'demo-staff')
  for (const shopId of shopIds) await ok('shops.attachManager', { shopId, openid: `mgr-${shopId}` }, 'demo-staff')
  return project
}
const claim = (projectId: string, shopId: string, commitment = '每天 10 杯咖啡') =>
  cloud.call('projects.claim', { projectId, shopId, commitment }, `mgr-${shopId}`)

describe('the catalogue', () => {
  it('lists the ten seeded projects with how many shops claimed and were approved', async () => {
    const { projects } = await ok('projects.list', {}, 'demo-courier')
    const coffee = projects.find((p) => p.id === 'proj-coffee') as ProjectView
    expect(projects.filter((p) => p.id.startsWith('proj-'))).toHaveLength(10)
    expect(coffee).toMatchObject({ name: '一杯咖啡', quota: 5, approvedCount: 2, claimedCount: 3 })
  })

  it('refuses bad input with a readable INVALID_INPUT, and project editing to non-staff', async () => {
    const bad = await cloud.call(
      'projects.save',
      { fields: { name: '', summary: 'x', beneficiary: 'couriers' as const, quota: 0, startsOn: '2026-1-1', endsOn: '2026-01-01' } },
      'demo-staff',
    )
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!bad.ok) expect(bad.error.message).toMatch(/项目名称|名额|日期/)
    expect(await code('projects.claim', { projectId: 'proj-coffee', shopId: 'shop-01', commitment: '' }, 'demo-merchant')).toBe('INVALID_INPUT')
    expect(await code('projects.claim', { projectId: 'proj-coffee', shopId: 'shop-01', commitment: 'x', openid: 'x' }, 'demo-merchant')).toBe('INVALID_INPUT')
    expect(await code('projects.review', { claimId: 'proj-coffee:shop-12', decision: 'reject' }, 'demo-staff')).toBe('INVALID_INPUT')
    expect(
      await code(
        'projects.save',
        { fields: { name: 'x', summary: 'x', beneficiary: 'couriers' as const, quota: 1, startsOn: '2026-11-01', endsOn: '2026-12-01' } },
        'demo-merchant',
      ),
    ).toBe('FORBIDDEN')
  })
})

describe('claims', () => {
  it('a shop holds one live claim per project, however often (and however fast) it claims', async () => {
    const project = await arrange(2, ['shop-02'])
    const answers = await Promise.all(Array.from({ length: 6 }, () => claim(project.id, 'shop-02')))
    expect(answers.every((a) => a.ok && a.data.id === `${project.id}:shop-02`)).toBe(true)
    expect(await cloud.store.count('projectClaims', { projectId: project.id })).toBe(1)
  })

  it('a withdrawn or rejected claim may be claimed again, as the same record', async () => {
    const project = await arrange(2, ['shop-04'])
    const first = await claim(project.id, 'shop-04')
    if (!first.ok) throw new Error(first.error.message)
    await ok('projects.withdraw', { claimId: first.data.id }, 'mgr-shop-04')
    const again = await ok('projects.claim', { projectId: project.id, shopId: 'shop-04', commitment: '改为每天 5 杯' }, 'mgr-shop-04')
    expect(again).toMatchObject({ id: first.data.id, status: 'pending', commitment: '改为每天 5 杯' })
    await ok('projects.review', { claimId: again.id, decision: 'reject', reason: '请写明时段' }, 'demo-staff')
    const mine = await ok('projects.mine', {}, 'mgr-shop-04')
    expect(mine.claims.find((c) => c.id === again.id)).toMatchObject({ status: 'rejected', rejectReason: '请写明时段' })
    expect((await ok('projects.claim', { projectId: project.id, shopId: 'shop-04', commitment: '每天 14:00–17:00 5 杯' }, 'mgr-shop-04')).status).toBe(
      'pending',
    )
    expect(await cloud.store.count('projectClaims', { projectId: project.id })).toBe(1)
  })

  it('only a manager of the shop claims for it', async () => {
    expect(await code('projects.claim', { projectId: 'proj-umbrella', shopId: 'shop-30', commitment: '借伞' }, 'demo-merchant')).toBe('FORBIDDEN')
    expect(await code('projects.claim', { projectId: 'proj-umbrella', shopId: 'shop-30', commitment: '借伞' }, 'demo-courier')).toBe('FORBIDDEN')
    expect(await code('projects.claim', { projectId: 'proj-nope', shopId: 'shop-01', commitment: '借伞' }, 'demo-merchant')).toBe('NOT_FOUND')
  })
})

describe('the quota', () => {
  it('concurrent approvals never exceed a small quota', async () => {
    const shops = ['shop-05', 'shop-06', 'shop-07', 'shop-08', 'shop-09', 'shop-10', 'shop-11', 'shop-12']
    const project = await arrange(3, shops)
    await Promise.all(shops.map((s) => claim(project.id, s)))
    const results = await Promise.all(shops.map((s) => cloud.call('projects.review', { claimId: `${project.id}:${s}`, decision: 'approve' }, 'demo-staff')))
    const codes = results.map((r) => (r.ok ? 'OK' : r.error.code))
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3)
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'FULL' || c === 'CONFLICT')).toBe(true)
    expect(await cloud.store.count('projectClaims', { projectId: project.id, status: 'approved' })).toBe(3)
    const [doc] = await cloud.store.find('projects', { _id: project.id })
    expect(doc.approvedCount).toBe(3)

    // A withdrawal gives its place back; then one more can be approved, and no more.
    const approved = (await cloud.store.find('projectClaims', { projectId: project.id, status: 'approved' }))[0]
    await ok('projects.withdraw', { claimId: approved._id as string }, `mgr-${approved.shopId}`)
    const waiting = (await cloud.store.find('projectClaims', { projectId: project.id, status: 'pending' })).map((c) => c._id as string)
    const second = await Promise.all(waiting.map((claimId) => cloud.call('projects.review', { claimId, decision: 'approve' }, 'demo-staff')))
    expect(second.filter((r) => r.ok)).toHaveLength(1)
    expect((await cloud.store.find('projects', { _id: project.id }))[0].approvedCount).toBe(3)
    // The quota cannot be cut below the places taken.
    expect(
      await code(
        'projects.save',
        { id: project.id, fields: { name: 'x', summary: 'x', beneficiary: 'couriers' as const, quota: 2, startsOn: '2026-11-01', endsOn: '2027-01-31' } },
        'demo-staff',
      ),
    ).toBe('CONFLICT')
  })
})

describe('review and fulfilment', () => {
  it('only staff review; only the claiming shop fulfils, after approval; the first entry makes it active', async () => {
    const project = await arrange(2, ['shop-13', 'shop-14'])
    const c = await claim(project.id, 'shop-13')
    if (!c.ok) throw new Error(c.error.message)
    expect(await code('projects.review', { claimId: c.data.id, decision: 'approve' }, 'mgr-shop-13')).toBe('FORBIDDEN')
    expect(await code('projects.fulfil', { claimId: c.data.id, date: '2026-11-27', given: '5 杯' }, 'mgr-shop-13')).toBe('CONFLICT')
    await ok('projects.review', { claimId: c.data.id, decision: 'approve' }, 'demo-staff')
    expect(await code('projects.fulfil', { claimId: c.data.id, date: '2026-11-27', given: '5 杯' }, 'mgr-shop-14')).toBe('FORBIDDEN')
    expect(await code('projects.fulfil', { claimId: c.data.id, date: '2026-11-27', given: '5 杯' }, 'demo-staff')).toBe('FORBIDDEN')
    const entry = await ok('projects.fulfil', { claimId: c.data.id, date: '2026-11-27', given: '送出 5 杯咖啡' }, 'mgr-shop-13')
    expect(entry.given).toBe('送出 5 杯咖啡')
    const log = await ok('projects.fulfilments', { claimId: c.data.id }, 'demo-staff')
    expect(log.claim).toMatchObject({ status: 'active', fulfilmentCount: 1 })
    expect(log.fulfilments.map((f) => f.given)).toEqual(['送出 5 杯咖啡'])
    expect(await code('projects.fulfilments', { claimId: c.data.id }, 'mgr-shop-14')).toBe('FORBIDDEN')
    await ok('projects.review', { claimId: c.data.id, decision: 'complete' }, 'demo-staff')
    expect(await code('projects.fulfil', { claimId: c.data.id, date: '2026-11-28', given: '又 5 杯' }, 'mgr-shop-13')).toBe('CONFLICT')
  })

  it('a new manager sees the shop’s claims and fulfilment and adds to it; the old one is FORBIDDEN', async () => {
    await ok('shops.attachManager', { shopId: 'shop-01', openid: 'next-manager' }, 'demo-staff')
    await ok('shops.detachManager', { shopId: 'shop-01', openid: 'demo-merchant' }, 'demo-staff')
    try {
      const mine = await ok('projects.mine', {}, 'next-manager')
      expect(mine.claims.map((c) => c.id)).toEqual(expect.arrayContaining(['proj-coffee:shop-01', 'proj-scarf:shop-01']))
      const log = await ok('projects.fulfilments', { claimId: 'proj-coffee:shop-01' }, 'next-manager')
      expect(log.fulfilments.length).toBeGreaterThanOrEqual(2)
      await ok('projects.fulfil', { claimId: 'proj-coffee:shop-01', date: '2026-11-27', given: '新店长送出 10 杯' }, 'next-manager')
      expect((await ok('projects.mine', {}, 'demo-merchant')).claims).toEqual([])
      expect(await code('projects.fulfil', { claimId: 'proj-coffee:shop-01', date: '2026-11-27', given: '老店长' }, 'demo-merchant')).toBe('FORBIDDEN')
      expect(await code('projects.fulfilments', { claimId: 'proj-coffee:shop-01' }, 'demo-merchant')).toBe('FORBIDDEN')
      expect(await code('projects.withdraw', { claimId: 'proj-coffee:shop-01' }, 'demo-merchant')).toBe('FORBIDDEN')
    } finally {
      await ok('shops.attachManager', { shopId: 'shop-01', openid: 'demo-merchant' }, 'demo-staff')
    }
  })
})

describe('the content check', () => {
  it('refuses commitments and fulfilment notes with blocked words, storing nothing', async () => {
    const project = await arrange(2, ['shop-15'])
    await cloud.setBlockedWords(['违禁词'])
    try {
      expect(await code('projects.claim', { projectId: project.id, shopId: 'shop-15', commitment: '含违禁词的承诺' }, 'mgr-shop-15')).toBe('CONTENT_REJECTED')
      expect(await cloud.store.count('projectClaims', { projectId: project.id })).toBe(0)
      await ok('projects.claim', { projectId: project.id, shopId: 'shop-15', commitment: '每天 3 杯' }, 'mgr-shop-15')
      await ok('projects.review', { claimId: `${project.id}:shop-15`, decision: 'approve' }, 'demo-staff')
      expect(await code('projects.fulfil', { claimId: `${project.id}:shop-15`, date: '2026-11-27', given: '违禁词' }, 'mgr-shop-15')).toBe('CONTENT_REJECTED')
      expect(await cloud.store.count('projectFulfilments', { claimId: `${project.id}:shop-15` })).toBe(0)
    } finally {
      await cloud.setBlockedWords([])
    }
  })
})
