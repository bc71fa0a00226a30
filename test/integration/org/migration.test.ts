// Issue 16's migration: records stored before blocks existed get the block, staff and admins a scope; a second
// run changes nothing and leaves the same data.
import { startTestCloud, type TestCloud } from '@/test/helpers/localCloud'

const NOW = new Date('2026-11-27T10:00:00+08:00')
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: false })
  cloud.setNow(NOW)
  await cloud.store.insertMany('streets', [{ _id: 'st-1', name: '新华路街道', createdAt: NOW, updatedAt: NOW }])
  await cloud.store.insertMany('blocks', [
    {
      _id: 'bk-1',
      streetId: 'st-1',
      name: '新华路第一街区',
      branch: '党支部',
      centre: { lat: 31.2, lng: 121.42 },
      boundary: null,
      createdAt: NOW,
      updatedAt: NOW,
    },
  ])
  await cloud.store.insertMany('users', [
    { _id: 'old-staff', roles: ['staff'], nickname: '', createdAt: NOW },
    { _id: 'old-admin', roles: ['staff', 'admin'], nickname: '', createdAt: NOW },
    { _id: 'scoped-staff', roles: ['staff'], nickname: '', createdAt: NOW, scope: { level: 'block', blockIds: ['bk-other'] } },
    { _id: 'resident', roles: ['resident'], nickname: '', createdAt: NOW },
  ])
  const shop = (id: string, extra: object = {}) => ({
    _id: id,
    name: id,
    address: '路 1 号',
    location: { type: 'Point', coordinates: [121.42, 31.2] },
    category: 'retail',
    grid: 'grid-1',
    tags: [],
    managers: [],
    managerOpenids: [],
    contactId: null,
    lastVisitAt: null,
    createdAt: NOW,
    ...extra,
  })
  await cloud.store.insertMany('shops', [shop('s-old'), shop('s-null', { blockId: null }), shop('s-placed', { blockId: 'bk-other', streetId: 'st-other' })])
  await cloud.store.insertMany('needs', [{ _id: 'n-old', submitterOpenid: 'resident', level: 1, status: 'submitted', createdAt: NOW }])
  await cloud.store.insertMany('events', [{ _id: 'e-old', title: '活动', status: 'published', createdAt: NOW }])
}, 60_000)
afterAll(() => cloud?.stop())

const migrate = (blockId: string) =>
  cloud.invokeAsDeployer('api', { action: 'system.migrateOrg', data: { blockId } }) as Promise<{ ok: boolean; data?: any; error?: { code: string } }>

async function snapshot() {
  const read = async (c: string) =>
    (await cloud.store.find(c, {})).map((d: any) => ({ _id: d._id, blockId: d.blockId ?? null, streetId: d.streetId ?? null, scope: d.scope ?? null }))
  return { shops: await read('shops'), needs: await read('needs'), events: await read('events'), users: await read('users') }
}

it('refuses a block that does not exist, changing nothing', async () => {
  const before = await snapshot()
  expect((await migrate('no-such-block')).error?.code).toBe('INVALID_INPUT')
  expect(await snapshot()).toEqual(before)
})

it('places unplaced records, scopes staff and admins; a second run changes nothing', async () => {
  const first = await migrate('bk-1')
  expect(first.ok).toBe(true)
  // 2 shops without a block (missing and null), 1 need, 1 event; the placed shop keeps its block.
  expect(first.data.placed).toMatchObject({ shops: 2, needs: 1, events: 1 })
  expect(first.data).toMatchObject({ staffScoped: 1, adminsScoped: 1 })
  const after = await snapshot()
  expect(after.shops).toEqual(
    expect.arrayContaining([
      { _id: 's-old', blockId: 'bk-1', streetId: 'st-1', scope: null },
      { _id: 's-null', blockId: 'bk-1', streetId: 'st-1', scope: null },
      { _id: 's-placed', blockId: 'bk-other', streetId: 'st-other', scope: null },
    ]),
  )
  const scopes = Object.fromEntries(after.users.map((u) => [u._id, u.scope]))
  expect(scopes).toEqual({
    'old-staff': { level: 'block', blockIds: ['bk-1'] },
    'old-admin': { level: 'city' },
    'scoped-staff': { level: 'block', blockIds: ['bk-other'] },
    resident: null,
  })

  const second = await migrate('bk-1')
  expect(second.ok).toBe(true)
  expect(Object.values(second.data.placed).every((n) => n === 0)).toBe(true)
  expect(second.data).toMatchObject({ staffScoped: 0, adminsScoped: 0 })
  expect(await snapshot()).toEqual(after)
})

it('a user cannot call the migration', async () => {
  const res = await cloud.callUnchecked('system.migrateOrg', { blockId: 'bk-1' }, 'old-admin')
  expect(res.ok ? 'ok' : res.error.code).toBe('INVALID_INPUT')
})
