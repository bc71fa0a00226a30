// The three whistles through the local cloud: life cycle, who sees what, history only grows, timer escalation.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { NeedView } from '@/types/needs'
import { SUBSCRIBE_TEMPLATES } from '@/types/messages.vocab'
import type { ActionInput, ActionName } from '@/types/actions'

const T0 = new Date('2026-11-20T09:00:00+08:00')
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000)

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(T0)
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)
const submit = (openid = 'demo-merchant', extra: object = {}) =>
  ok('needs.submit', { category: 'signboard', description: '店招被风吹松了，担心掉下来', shopId: 'shop-01', ...extra }, openid)

describe('a need from submission to rating', () => {
  it('goes submit → accept → reply → assign → escalate → resolve → rate, every step in the history', async () => {
    cloud.setNow(T0)
    const need = await submit()
    expect(need).toMatchObject({ level: 1, status: 'submitted', shopName: '新华咖啡', deadline: hours(24).toISOString() })
    const mine = await ok('needs.mine', {}, 'demo-merchant')
    expect(mine.needs.map((n) => n.id)).toContain(need.id)

    const inbox = await ok('needs.inbox', { level: 1, status: 'submitted' }, 'demo-staff')
    expect(inbox.needs.map((n) => n.id)).toContain(need.id)

    const seen: NeedView[] = [need]
    seen.push(await ok('needs.accept', { needId: need.id }, 'demo-staff'))
    expect(seen.at(-1)).toMatchObject({ status: 'accepted', assigneeOpenid: 'demo-staff' })
    seen.push(await ok('needs.reply', { needId: need.id, message: '明天上午来现场看' }, 'demo-staff'))
    seen.push(await ok('needs.assign', { needId: need.id, assigneeOpenid: 'demo-admin', note: '请街道协调' }, 'demo-staff'))
    seen.push(await ok('needs.escalate', { needId: need.id, reason: '需要城管和房东一起处理' }, 'demo-staff'))
    expect(seen.at(-1)).toMatchObject({ level: 2, status: 'submitted', assigneeOpenid: null, deadline: hours(72).toISOString() })
    seen.push(await ok('needs.resolve', { needId: need.id, message: '已加固店招' }, 'demo-staff'))
    expect(seen.at(-1)).toMatchObject({ status: 'resolved', deadline: null })

    const before = await ok('needs.get', { needId: need.id }, 'demo-merchant')
    expect(before.canRate).toBe(true)
    expect(before.assigneeOpenid).toBeUndefined() // the submitter never sees staff identities
    seen.push(await ok('needs.rate', { needId: need.id, stars: 5, comment: '很及时' }, 'demo-merchant'))
    const last = seen.at(-1) as NeedView
    expect(last.history.map((h) => h.step)).toEqual(['submit', 'accept', 'reply', 'assign', 'escalate', 'resolve', 'rate'])
    expect(last.history[4]).toMatchObject({ fromLevel: 1, toLevel: 2, note: '需要城管和房东一起处理', actor: '网格员' })
    expect(last.rating).toEqual({ stars: 5, comment: '很及时' })
    expect(last.canRate).toBe(false)
    // History is only ever appended: each view's history starts with the one before it.
    for (let i = 1; i < seen.length; i++) expect(seen[i].history.slice(0, seen[i - 1].history.length)).toEqual(seen[i - 1].history)

    const again = await cloud.call('needs.rate', { needId: need.id, stars: 1 }, 'demo-merchant')
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const afterResolve = await cloud.call('needs.reply', { needId: need.id, message: '再补充一下' }, 'demo-staff')
    expect(afterResolve).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('cannot be rated before it is resolved, nor by someone else', async () => {
    const need = await submit()
    expect(await cloud.call('needs.rate', { needId: need.id, stars: 4 }, 'demo-merchant')).toMatchObject({ error: { code: 'CONFLICT' } })
    await ok('needs.resolve', { needId: need.id, message: '已处理好了' }, 'demo-staff')
    expect(await cloud.call('needs.rate', { needId: need.id, stars: 4 }, 'demo-resident')).toMatchObject({ error: { code: 'FORBIDDEN' } })
  })

  it('a station report is tied to the station', async () => {
    const need = await submit('demo-courier', { shopId: undefined, category: 'station', description: '充电插座坏了', stationId: 'st-xinhua-01' })
    expect(need).toMatchObject({ stationId: 'st-xinhua-01', stationName: '新华路红色驿站', shopId: null })
    expect(await cloud.call('needs.submit', { category: 'station', description: '充电插座坏了', stationId: 'nope' }, 'demo-courier')).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('who sees what', () => {
  it('a submitter sees only their own needs; staff see everyone’s', async () => {
    const need = await submit()
    expect(await cloud.call('needs.get', { needId: need.id }, 'demo-resident')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const theirs = await ok('needs.mine', {}, 'demo-resident')
    expect(theirs.needs.map((n) => n.id)).not.toContain(need.id)
    expect(await ok('needs.get', { needId: need.id }, 'demo-staff')).toMatchObject({ id: need.id })
  })

  it('level 3 (统筹指挥) is the street office’s: staff get FORBIDDEN, an admin resolves it', async () => {
    const need = await submit()
    await ok('needs.escalate', { needId: need.id, reason: '网格处理不了' }, 'demo-staff')
    await ok('needs.escalate', { needId: need.id, reason: '需要街道统筹' }, 'demo-staff')
    expect(await cloud.call('needs.accept', { needId: need.id }, 'demo-staff')).toMatchObject({ error: { code: 'FORBIDDEN' } })
    expect(await cloud.call('needs.escalate', { needId: need.id, reason: '再升' }, 'demo-admin')).toMatchObject({ error: { code: 'CONFLICT' } })
    const done = await ok('needs.resolve', { needId: need.id, message: '街道协调解决' }, 'demo-admin')
    expect(done.history.at(-1)).toMatchObject({ step: 'resolve', actor: '街道' })
  })

  it('two staff accepting at once: one wins, the other gets CONFLICT, history has one accept', async () => {
    const need = await submit()
    const [a, b] = await Promise.all([
      cloud.call('needs.accept', { needId: need.id }, 'demo-staff'),
      cloud.call('needs.accept', { needId: need.id }, 'demo-admin'),
    ])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    const after = await ok('needs.get', { needId: need.id }, 'demo-staff')
    expect(after.history.filter((h) => h.step === 'accept')).toHaveLength(1)
  })

  it('hands over only to staff', async () => {
    const need = await submit()
    expect(await cloud.call('needs.assign', { needId: need.id, assigneeOpenid: 'demo-resident' }, 'demo-staff')).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    })
  })
})

describe('the timer blows the next whistle', () => {
  it('escalates a need past its limit once per level, says why, and notifies the next level', async () => {
    cloud.setNow(T0)
    // Other tests' needs escalate in the same runs: staff get one consent per message they may receive.
    const five = Array.from({ length: 5 }, () => SUBSCRIBE_TEMPLATES.needProgress)
    await cloud.grantSubscription('timer-resident', five)
    for (let i = 0; i < 6; i++) {
      await cloud.grantSubscription('demo-admin', five)
      await cloud.grantSubscription('demo-staff', five)
    }
    const need = await submit('timer-resident', { shopId: undefined, category: 'noise', description: '夜里装修噪音很大' })
    const level = async () => (await ok('needs.get', { needId: need.id }, 'timer-resident')).level

    cloud.setNow(hours(23.9))
    await cloud.fireTimer('cron', 'every5min')
    expect(await level()).toBe(1)

    cloud.setNow(hours(24.05))
    await cloud.fireTimer('cron', 'every5min')
    const atTwo = await ok('needs.get', { needId: need.id }, 'timer-resident')
    expect(atTwo).toMatchObject({ level: 2, status: 'submitted', deadline: hours(24.05 + 72).toISOString() })
    expect(atTwo.history.at(-1)).toMatchObject({ step: 'escalate', automatic: true, actor: '系统', fromLevel: 1, toLevel: 2 })
    expect(atTwo.history.at(-1)?.note).toContain('24 小时')
    const second = (await cloud.fireTimer('cron', 'every5min')) as { data: { results: Record<string, { escalated: number }> } }
    expect(second.data.results['needs.escalateOverdue'].escalated).toBe(0)
    expect((await ok('needs.get', { needId: need.id }, 'timer-resident')).history).toHaveLength(atTwo.history.length)

    const toSubmitter = await cloud.outbox('timer-resident')
    expect(toSubmitter.some((m) => m.page?.includes(need.id) && m.data.phrase2.value === '已升级')).toBe(true)
    expect((await cloud.outbox('demo-staff')).some((m) => m.page?.includes(need.id))).toBe(true)

    cloud.setNow(hours(24.05 + 72.1))
    await cloud.fireTimer('cron', 'every5min')
    await cloud.fireTimer('cron', 'every5min')
    const atThree = await ok('needs.get', { needId: need.id }, 'timer-resident')
    expect(atThree).toMatchObject({ level: 3, deadline: null })
    expect(atThree.history.filter((h) => h.step === 'escalate')).toHaveLength(2)
    expect(atThree.history.at(-1)?.note).toContain('72 小时')
    expect((await cloud.outbox('demo-admin')).some((m) => m.page?.includes(need.id))).toBe(true)

    cloud.setNow(hours(1000))
    await cloud.fireTimer('cron', 'every5min')
    expect(await level()).toBe(3)
  })

  it('leaves a resolved need alone', async () => {
    cloud.setNow(T0)
    const need = await submit()
    await ok('needs.resolve', { needId: need.id, message: '当场解决' }, 'demo-staff')
    cloud.setNow(hours(48))
    await cloud.fireTimer('cron', 'every5min')
    expect(await ok('needs.get', { needId: need.id }, 'demo-merchant')).toMatchObject({ level: 1, status: 'resolved' })
    cloud.setNow(T0)
  })
})

describe('bad input and content', () => {
  it.each([
    ['no category', { description: '有问题需要处理' }],
    ['an unknown category', { category: 'weather', description: '有问题需要处理' }],
    ['a too short description', { category: 'noise', description: '吵' }],
    ['a stray openid', { category: 'noise', description: '楼下琴行太吵', openid: 'x' }],
    ['seven photos', { category: 'noise', description: '楼下琴行太吵', photos: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }],
  ])('%s → INVALID_INPUT with a readable message', async (_name, data) => {
    const res = await cloud.callUnchecked('needs.submit', data, 'demo-resident')
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  })

  it('text that fails the content check is refused', async () => {
    await cloud.setBlockedWords(['违禁词'])
    try {
      const res = await cloud.call('needs.submit', { category: 'noise', description: '这里有违禁词内容' }, 'demo-resident')
      expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } })
    } finally {
      await cloud.setBlockedWords([])
    }
  })
})
