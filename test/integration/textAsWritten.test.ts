// Text, dates and phones as people write them, through the local cloud: a malformed value is INVALID_INPUT
// naming the field by its label, never INTERNAL, and nothing is written.
import { labelOfPath } from '@/types/labels'
import { dateFields } from '../helpers/contractFields'
import { arrangeEventPeople, createEvent, NOW, ok, STAFF } from '../helpers/eventsFixture'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ARRANGED, arrangeBlock, makePerson, makeShop } from '../helpers/arrange'

const ADMIN = ARRANGED.admin
const BLOCK_STAFF = ARRANGED.staff
let cloud: TestCloud
/** A shop of the arranged block, for the visit and contact cases. */
let shopId: string
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeEventPeople(cloud)
  await arrangeBlock(cloud)
  await makePerson(cloud, 'tw-resident', '居民')
  shopId = await makeShop(cloud, { name: '老周修鞋铺' })
})
afterAll(() => cloud?.stop())

/** Every document of every collection, to show a refused call wrote nothing. */
async function everything(): Promise<string> {
  const names = cloud.store.listCollections().sort()
  const all = await Promise.all(names.map(async (n) => [n, await cloud.store.find(n, {}, { sort: { _id: 1 } })] as const))
  return JSON.stringify(all)
}

/** `{ a: { b: [ { c: value } ] } }` for the path a.b.0.c. */
function inputAt(path: Array<string | number>, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, part) => (typeof part === 'number' ? [inner] : { [part]: inner }), value)
}

const IMPOSSIBLE = { instant: ['2026-02-30T09:00:00+08:00', '2026-13-01T09:00:00+08:00'], day: ['2026-02-30', '2026-13-01'] }

describe('impossible dates into every date field of every action', () => {
  const cases = dateFields().flatMap((f) => IMPOSSIBLE[f.format].map((value) => [f.action, f.path.join('.'), value, f.path] as const))

  it('finds the date fields of the contract', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  it.each(cases)('%s %s = %s is INVALID_INPUT and writes nothing', async (action, _path, value, path) => {
    const before = await everything()
    const res = await cloud.callUnchecked(action, inputAt([...path], value), ADMIN)
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await everything()).toBe(before)
  })

  it.each(cases)('%s %s = %s: the schema names the field by its label', async (action, _path, value, path) => {
    const { allActions } = await import('@/cloudfunctions/api/actions')
    const schema = allActions().find((a) => a.name === action)!.input
    const issues = schema.safeParse(inputAt([...path], value)).error!.issues
    const onField = issues.find((i: { path: PropertyKey[] }) => i.path.join('.') === path.join('.'))
    expect(onField?.message).toMatch(/日期不对|时间格式不对/)
    expect(labelOfPath(action, path)).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('the cases of the issue', () => {
  it('dashboard 2026-13-01 answers INVALID_INPUT naming 开始日期', async () => {
    const res = await cloud.call('dashboard.stats', { from: '2026-13-01', to: '2026-12-01' }, ADMIN)
    expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '开始日期：日期不对，应为 2026-05-01 这样的日期' } })
  })

  it('a visit dated 2026-02-30 is refused before anything is stored', async () => {
    const before = await everything()
    const res = await cloud.callUnchecked('visits.log', { shopId, date: '2026-02-30', answers: {} }, BLOCK_STAFF)
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('走访日期：日期不对') } })
    expect(await everything()).toBe(before)
  })

  it('an event start of 2026-02-30 names 开始时间, not startAt', async () => {
    const res = await cloud.callUnchecked('events.create', { startAt: '2026-02-30T09:00:00+08:00' }, ADMIN)
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe('INVALID_INPUT')
    expect(res.error.message).not.toMatch(/[a-zA-Z]{4,}:/)
  })

  it('a search for \\u0000 is INVALID_INPUT naming 搜索词', async () => {
    const res = await cloud.call('resources.search', { query: '\u0000' }, 'tw-resident')
    expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '搜索词：含有不可见的控制字符' } })
  })

  it('a shop contact typed +86 138 0013 8000 is kept as 13800138000; 12345678901 is refused', async () => {
    const [shop] = await cloud.store.find('shops', { _id: shopId })
    const base = {
      shopId,
      shop: { name: shop.name, address: shop.address, lat: 31.2, lng: 121.4, grid: shop.grid, category: shop.category, tags: [] },
    }
    const refused = await cloud.callUnchecked('shops.upsert', { ...base, contact: { name: '王店长', phone: '12345678901' } }, BLOCK_STAFF)
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('联系人 电话：联系电话应为 11 位手机号') } })
    const fullWidth = await cloud.callUnchecked('shops.upsert', { ...base, contact: { name: '王店长', phone: '＋８６ １３８ ００１３ ８０００' } }, BLOCK_STAFF)
    expect(fullWidth).toMatchObject({ ok: true })
  })

  it('a sign-up phone typed with +86 and spaces is stored as a mainland mobile; an 11-character 4-byte name fits', async () => {
    cloud.setNow(NOW)
    try {
      const eventId = await createEvent(cloud, {
        formFields: [
          { key: 'name', label: '姓名', type: 'name', required: true },
          { key: 'phone', label: '手机', type: 'phone', required: true },
        ],
      })
      const name = '𠀀'.repeat(11)
      await ok(cloud, 'events.signup', { eventId, form: { name, phone: '+86 138 0013 8000' } }, 'text-person-1')
      const [form] = await cloud.store.find('signupForms', { eventId, openid: 'text-person-1' })
      expect(form.answers).toEqual({ name, phone: '13800138000' })
      const bad = await cloud.call('events.signup', { eventId, form: { name: '张三', phone: '12345678901' } }, 'text-person-2')
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '手机：应为 11 位手机号' } })
      const roster = await ok(cloud, 'events.roster', { eventId }, STAFF)
      expect(roster.rows[0].answers.name).toBe(`𠀀${'*'.repeat(10)}`)
    } finally {
      cloud.setNow(null)
    }
  })
})

describe('我的数据 matches openids as whole ids', () => {
  it('a short openid exports only its own records, not ids that merely contain it', async () => {
    await cloud.store.insertMany('signups', [
      { _id: 'ev-x:ab', eventId: 'ev-x', openid: 'ab', status: 'seated', createdAt: NOW },
      { _id: 'ev-x:abc', eventId: 'ev-x', openid: 'abc', status: 'seated', createdAt: NOW },
      { _id: 'ev-y:xaby', eventId: 'ev-y', openid: 'xaby', status: 'seated', createdAt: NOW },
    ])
    await cloud.store.insertMany('visits', [
      { _id: 'shop-01:2026-05-01:ab', shopId: 'shop-01', day: '2026-05-01', staffOpenid: 'ab' },
      { _id: 'shop-01:2026-05-01:cab', shopId: 'shop-01', day: '2026-05-01', staffOpenid: 'cab' },
    ])
    const exported = await ok(cloud, 'mydata.export', {}, 'ab')
    const ids = Object.values(exported.collections)
      .flat()
      .map((d) => (d as { _id: string })._id)
    expect(ids).toEqual(expect.arrayContaining(['ev-x:ab', 'shop-01:2026-05-01:ab']))
    expect(ids).not.toEqual(expect.arrayContaining(['ev-x:abc']))
    expect(ids.filter((id) => ['ev-x:abc', 'ev-y:xaby', 'shop-01:2026-05-01:cab'].includes(id))).toEqual([])
  })
})
