import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { NoticeView } from '@/types/notices'
import type { NearbyResult } from '@/types/stations'
import { BLOCK_CENTRE } from '@/types/stations.vocab'
import type { ActionInput, ActionName } from '@/types/actions'

const PUBLISHED = new Date('2026-09-18T08:00:00+08:00')
const DURING = new Date('2026-09-19T20:00:00+08:00')
const AFTER = new Date('2026-09-20T08:00:00+08:00')
const TYPHOON = {
  kind: 'emergency',
  title: '台风“普拉桑”黄色预警',
  body: '请收起招牌，骑手就近避险。',
  expiresAt: AFTER.toISOString(),
} satisfies ActionInput<'notices.save'>

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid = 'demo-courier') => cloud.callOk(action, data, openid)
const active = () => ok('notices.active', {})
const nearby = (extra: object = {}) => ok('stations.nearby', { lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 5, limit: 50, ...extra })
const kindsOf = (result: NearbyResult) => new Set(result.stations.map((s) => s.kind))

describe('an emergency notice', () => {
  let typhoon: NoticeView

  beforeAll(async () => {
    cloud.setNow(PUBLISHED)
    typhoon = await ok('notices.save', TYPHOON, 'demo-staff')
  })

  it('before it: no banner, and the map lists stations only', async () => {
    cloud.setNow(new Date('2026-09-17T08:00:00+08:00'))
    expect((await active()).emergencies).toEqual([])
    const result = await nearby()
    expect([...kindsOf(result)]).toEqual(['station'])
    expect(result.emergency).toBe(false)
  })

  it('while in force: a banner, and shelters and storage points join the map (open now too)', async () => {
    cloud.setNow(DURING)
    expect((await active()).emergencies).toEqual([{ id: typhoon.id, title: TYPHOON.title, expiresAt: AFTER.toISOString() }])
    const result = await nearby({ openNow: true })
    expect(kindsOf(result)).toEqual(new Set(['station', 'shelter', 'storage']))
    expect(result.emergency).toBe(true)
    const list = await ok('notices.list', {})
    expect(list.notices[0]).toMatchObject({ id: typhoon.id, active: true })
  })

  it('after expiry: the banner is gone, the shelters leave the map, the notice stays as history', async () => {
    cloud.setNow(AFTER)
    expect((await active()).emergencies).toEqual([])
    expect([...kindsOf(await nearby())]).toEqual(['station'])
    const list = await ok('notices.list', {})
    expect(list.notices.find((n) => n.id === typhoon.id)).toMatchObject({ active: false })
  })

  it('staff can end it early', async () => {
    cloud.setNow(PUBLISHED)
    const again = await ok('notices.save', { ...TYPHOON, title: '暴雨红色预警' }, 'demo-staff')
    expect((await active()).emergencies.map((e) => e.id)).toContain(again.id)
    expect(await ok('notices.end', { id: again.id }, 'demo-admin')).toMatchObject({ active: false })
    expect((await active()).emergencies.map((e) => e.id)).not.toContain(again.id)
  })
})

describe('shelters on the station map', () => {
  it('an explicit kinds filter shows them without an emergency, and stations stay the default', async () => {
    cloud.setNow(new Date('2026-10-10T12:00:00+08:00'))
    const shelters = await nearby({ kinds: ['shelter'] })
    expect(shelters.stations.length).toBeGreaterThan(0)
    expect([...kindsOf(shelters)]).toEqual(['shelter'])
    const both = await nearby({ kinds: ['shelter', 'storage'] })
    expect(kindsOf(both)).toEqual(new Set(['shelter', 'storage']))
    expect([...kindsOf(await nearby())]).toEqual(['station'])
  })

  it('staff add one, and it is listed with its kind', async () => {
    cloud.setNow(new Date('2026-10-10T12:00:00+08:00'))
    const { id } = await ok(
      'notices.saveShelter',
      { kind: 'storage', name: '凯旋路临时存放点', address: '凯旋路 1000 号', lat: 31.2062, lng: 121.4172 },
      'demo-staff',
    )
    const listed = (await nearby({ kinds: ['storage'] })).stations.find((s) => s.id === id)
    expect(listed).toMatchObject({ kind: 'storage', openNow: true })
    await ok('notices.removeShelter', { id }, 'demo-staff')
    expect((await nearby({ kinds: ['storage'] })).stations.some((s) => s.id === id)).toBe(false)
    // A red rest station cannot be removed through the shelter action.
    expect(await cloud.call('notices.removeShelter', { id: 'st-xinhua-01' }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('an unknown kind is INVALID_INPUT', async () => {
    expect(await cloud.callUnchecked('stations.nearby', { lat: 31.2, lng: 121.4, kinds: ['pool'] }, 'demo-courier')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })
})

describe('publishing', () => {
  it('needs staff, a readable window, and clean text', async () => {
    cloud.setNow(PUBLISHED)
    expect(await cloud.call('notices.save', TYPHOON, 'demo-merchant')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await cloud.callUnchecked('notices.save', { ...TYPHOON, expiresAt: '2026-09-01T00:00:00Z' }, 'demo-staff')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await cloud.callUnchecked('notices.save', { ...TYPHOON, title: '' }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await cloud.setBlockedWords(['谣言'])
    try {
      expect(await cloud.call('notices.save', { ...TYPHOON, body: '这是谣言' }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } })
    } finally {
      await cloud.setBlockedWords([])
    }
  })

  it('a notice not yet started is neither listed nor opened', async () => {
    cloud.setNow(PUBLISHED)
    const later = await ok(
      'notices.save',
      { kind: 'notice', title: '下月停水通知', body: '10 月 5 日停水。', startsAt: '2026-10-01T00:00:00+08:00' },
      'demo-staff',
    )
    expect((await ok('notices.list', {})).notices.some((n) => n.id === later.id)).toBe(false)
    expect(await cloud.call('notices.get', { id: later.id }, 'demo-courier')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('the seeded block', () => {
  it('has one active notice and one expired typhoon warning', async () => {
    cloud.setNow(null)
    const { notices } = await ok('notices.list', {})
    expect(notices.find((n) => n.id === 'notice-night-school')).toMatchObject({ active: true })
    expect(notices.find((n) => n.id === 'notice-typhoon-bebinca')).toMatchObject({ active: false, kind: 'emergency' })
  })
})
