import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { postRaw } from '../helpers/raw'
import { RESOURCE_CATEGORIES } from '@/types/resources.vocab'
import type { ActionInput, ActionName } from '@/types/actions'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid = 'demo-merchant') => cloud.callOk(action, data, openid)
const search = async (query: string) => (await ok('resources.search', { query })).items

describe('the pack', () => {
  it('has entries in all six categories, each category listable on its own', async () => {
    const { items } = await ok('resources.list', {})
    for (const category of RESOURCE_CATEGORIES) expect(items.some((i) => i.category === category)).toBe(true)
    const hiring = await ok('resources.list', { category: 'hiring' })
    expect(hiring.items.length).toBeGreaterThan(0)
    expect(hiring.items.every((i) => i.category === 'hiring')).toBe(true)
  })
})

describe('resources.search', () => {
  it('finds 招聘 across categories by title, summary or contact, naming each hit’s category', async () => {
    const hits = await search('招聘')
    expect(hits.map((h) => h.title)).toContain('街道总工会招聘对接')
    expect(hits.every((h) => [h.title, h.summary, h.contactName ?? ''].some((t) => t.includes('招聘')))).toBe(true)
    expect(hits[0].category).toBe('hiring')
    const byContact = await search('事务受理中心')
    expect(byContact.map((h) => h.id)).toContain('res-gov-01')
    expect((await search('消防')).some((h) => h.category === 'fire')).toBe(true)
  })

  it('treats the query as plain text, not a pattern', async () => {
    expect(await search('.*')).toEqual([])
    expect(await search('(')).toEqual([])
  })

  it('finds an entry staff just added, and shows when it was updated', async () => {
    const at = new Date('2026-10-01T10:00:00+08:00')
    cloud.setNow(at)
    try {
      const saved = await ok(
        'resources.save',
        { category: 'finance', title: '创业贴息快速通道', summary: '创业担保贷款贴息，三个工作日答复。', phone: '021-62800499' },
        'demo-staff',
      )
      expect(saved.updatedAt).toBe(at.toISOString())
      expect((await search('贴息快速')).map((h) => h.id)).toEqual([saved.id])
    } finally {
      cloud.setNow(null)
    }
  })

  it.each([[''], ['   '], ['x'.repeat(31)]])('refuses the query %j with INVALID_INPUT', async (query) => {
    const res = await postRaw(cloud.url, { action: 'resources.search', data: { query } }, 'demo-merchant')
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/\S{4,}/) } })
  })
})

describe('favourites', () => {
  it('are per person, idempotent, and removable', async () => {
    await ok('resources.setFavourite', { id: 'res-hire-01', favourite: true }, 'demo-merchant')
    await ok('resources.setFavourite', { id: 'res-hire-01', favourite: true }, 'demo-merchant')
    await ok('resources.setFavourite', { id: 'res-fire-01', favourite: true }, 'demo-resident')

    const mine = await ok('resources.favourites', {}, 'demo-merchant')
    expect(mine.items.map((i) => i.id)).toEqual(['res-hire-01'])
    const theirs = await ok('resources.favourites', {}, 'demo-resident')
    expect(theirs.items.map((i) => i.id)).toEqual(['res-fire-01'])
    expect((await ok('resources.get', { id: 'res-hire-01' }, 'demo-merchant')).favourite).toBe(true)
    expect((await ok('resources.get', { id: 'res-hire-01' }, 'demo-resident')).favourite).toBe(false)

    await ok('resources.setFavourite', { id: 'res-hire-01', favourite: false }, 'demo-merchant')
    expect((await ok('resources.favourites', {}, 'demo-merchant')).items).toEqual([])
  })

  it('cannot favourite an entry that does not exist, nor name someone else', async () => {
    expect(await cloud.call('resources.setFavourite', { id: 'nope', favourite: true }, 'demo-merchant')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const res = await postRaw(
      cloud.url,
      { action: 'resources.setFavourite', data: { id: 'res-hire-01', favourite: true, openid: 'demo-resident' } },
      'demo-merchant',
    )
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('staff editing', () => {
  it('only staff save, and text goes through the content check', async () => {
    const entry = { category: 'culture', title: '街区音乐会', summary: '周末草坪音乐会' } satisfies ActionInput<'resources.save'>
    expect(await cloud.call('resources.save', entry, 'demo-merchant')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await cloud.setBlockedWords(['违禁词'])
    try {
      const res = await cloud.call('resources.save', { ...entry, summary: '含有违禁词的介绍' }, 'demo-staff')
      expect(res).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } })
    } finally {
      await cloud.setBlockedWords([])
    }
  })

  it('an edit keeps the id and moves "updated on"; a removed entry is gone', async () => {
    const at = new Date('2026-12-02T09:00:00+08:00')
    cloud.setNow(at)
    try {
      const before = await ok('resources.get', { id: 'res-fin-02' })
      const saved = await ok(
        'resources.save',
        { id: 'res-fin-02', category: before.category, title: before.title, summary: '每月第二个周四下午驻点，可预约。' },
        'demo-admin',
      )
      expect(saved).toMatchObject({ id: 'res-fin-02', updatedAt: at.toISOString(), summary: '每月第二个周四下午驻点，可预约。' })
      await ok('resources.remove', { id: 'res-fin-02' }, 'demo-staff')
      expect(await cloud.call('resources.get', { id: 'res-fin-02' }, 'demo-merchant')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    } finally {
      cloud.setNow(null)
    }
  })
})
