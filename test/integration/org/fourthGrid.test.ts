// Issue 16: grids are data. The demo block gets a fourth grid through org.saveBlock; with no code change every
// screen's action takes it and shows its name: the badge form, the shop registry (save, filter, file), 商户走访,
// the dashboard (coverage row, CSV) and the org tree the pickers read.
import { startTestCloud, type TestCloud } from '@/test/helpers/localCloud'

const NOW = new Date('2026-11-27T10:00:00+08:00')
const STAFF = 'demo-staff' // staff of block-xinhua-1 (seed)
const ADMIN = 'demo-admin' // the city admin (seed)
const FOURTH = '安化网格'

let cloud: TestCloud
let gridId: string
let shopId: string
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
  const block = await cloud.callOk(
    'org.saveBlock',
    {
      requestId: 'rfourthgrid000001',
      blockId: 'block-xinhua-1',
      streetId: 'street-xinhua',
      name: '新华路第一街区',
      branch: '新华路第一街区党支部',
      centre: { lat: 31.2046, lng: 121.4247 },
      grids: [{ gridId: 'grid-1', name: '第一网格' }, { gridId: 'grid-2', name: '第二网格' }, { gridId: 'grid-3', name: '第三网格' }, { name: FOURTH }],
    },
    ADMIN,
  )
  gridId = block.grids[3].gridId
  const shop = await cloud.callOk(
    'shops.upsert',
    {
      requestId: 'rfourthgrid000002',
      shop: { name: '安化小店', address: '安化路 100 号', lat: 31.2049, lng: 121.4251, category: 'retail', grid: gridId, tags: [] },
    },
    STAFF,
  )
  shopId = shop.id
}, 60_000)
afterAll(() => cloud?.stop())

it('the new grid is stored with the block and offered in the staff pickers (org.tree mine)', async () => {
  expect(await cloud.store.find('grids', { _id: gridId })).toEqual([expect.objectContaining({ blockId: 'block-xinhua-1', name: FOURTH, retired: false })])
  const tree = await cloud.callOk('org.tree', { mine: true }, STAFF)
  const grids = tree.streets.flatMap((s) => s.blocks).flatMap((b) => b.grids)
  expect(grids.map((g) => g.name)).toEqual(['第一网格', '第二网格', '第三网格', FOURTH])
})

it('the shop registry saves, filters by and shows the new grid', async () => {
  expect((await cloud.store.find('shops', { _id: shopId }))[0]).toMatchObject({ grid: gridId, blockId: 'block-xinhua-1' })
  const { shops } = await cloud.callOk('shops.list', { grid: gridId }, STAFF)
  expect(shops.map((s) => s.id)).toEqual([shopId])
  expect((await cloud.callOk('shops.get', { shopId }, STAFF)).grid).toBe(gridId)
})

it('商户走访 lists the grid’s shops and logs a visit there', async () => {
  const due = await cloud.callOk('visits.due', { grid: gridId }, STAFF)
  expect(due.shops.map((s) => s.id)).toEqual([shopId])
  const { visit } = await cloud.callOk(
    'visits.log',
    { requestId: 'rfourthgrid000003', shopId, answers: { partyMembers: 'none', childcareNeeded: false } },
    STAFF,
  )
  expect(visit.grid).toBe(gridId)
})

it('the dashboard has a coverage row with the grid’s name, and the CSV names it', async () => {
  const period = { from: '2026-11-01', to: '2026-11-27' }
  const stats = await cloud.callOk('dashboard.stats', period, STAFF)
  // One shop in the grid, visited once in the period: 1/1 = 100%.
  expect(stats.coverage.find((g) => g.grid === gridId)).toEqual({ grid: gridId, gridName: FOURTH, shops: 1, visitedShops: 1, visits: 1, coveragePct: 100 })
  expect(stats.coverage.map((g) => g.gridName)).toEqual(['第一网格', '第二网格', '第三网格', FOURTH])
  const { csv } = await cloud.callOk('dashboard.csv', period, STAFF)
  expect(csv).toContain(`走访覆盖,${FOURTH},100,1/1 家`)
})

it('a badge is issued for the new grid', async () => {
  const badge = await cloud.callOk(
    'badges.issue',
    { requestId: 'rfourthgrid000004', openid: STAFF, name: '王晓梅', title: `${FOURTH}网格员`, grid: gridId, validUntil: '2027-11-27T23:59:59+08:00' },
    ADMIN,
  )
  expect(badge.grid).toBe(gridId)
  expect((await cloud.callOk('badges.verify', { code: badge.code }, 'demo-resident')).badge).toMatchObject({ grid: gridId })
})
