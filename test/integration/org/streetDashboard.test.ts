// org.dashboard: per block, rolled up per street; the figures follow from the arranged records (counted here by
// rule, not by the code under test), and a block's staff see only their block.
import { startTestCloud, type TestCloud } from '@/test/helpers/localCloud'
import { arrangeStreet, ORG_BLOCKS, ORG_FROM, ORG_TO } from '@/test/helpers/orgFixture'

const NOW = new Date('2026-11-27T10:00:00+08:00')
const COUNTS = { shops: 30, visits: 120, needs: 18, events: 6 }
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: false })
  cloud.setNow(NOW)
  await arrangeStreet(cloud, COUNTS, NOW)
  await cloud.store.insertMany('users', [
    { _id: 'b2-staff', roles: ['staff'], nickname: '', createdAt: NOW, scope: { level: 'block', blockIds: [ORG_BLOCKS[1]] } },
  ])
}, 60_000)
afterAll(() => cloud?.stop())

/** What the block's figures must be, counted from the raw records. */
async function expected(blockId: string) {
  const shops = await cloud.store.find('shops', { blockId })
  const visits = await cloud.store.find('visits', { blockId })
  const needs = await cloud.store.find('needs', { blockId })
  const visited = new Set(visits.map((v) => v.shopId)).size
  const byLevel: Record<string, number> = { 1: 0, 2: 0, 3: 0 }
  for (const n of needs) byLevel[String(n.level)]++
  return {
    shops: shops.length,
    visits: visits.length,
    visitedShops: visited,
    coveragePct: Math.round((visited / shops.length) * 1000) / 10,
    needs: needs.length,
    byLevel,
    events: await cloud.store.count('events', { blockId }),
  }
}

it('a street admin sees all three blocks and the street as their sum', async () => {
  const dash = await cloud.callOk('org.dashboard', { from: ORG_FROM, to: ORG_TO }, 'bench-street-admin')
  expect(dash.streets).toHaveLength(1)
  const [street] = dash.streets
  expect(street.blocks.map((b) => b.blockId)).toEqual(ORG_BLOCKS)
  for (const block of street.blocks) {
    const want = await expected(block.blockId)
    expect(block.figures).toMatchObject({
      shops: want.shops,
      visits: want.visits,
      visitedShops: want.visitedShops,
      coveragePct: want.coveragePct,
      events: want.events,
    })
    expect(block.figures.needs.total).toBe(want.needs)
    expect(block.figures.needs.byLevel).toEqual(want.byLevel)
  }
  expect(street.figures.shops).toBe(COUNTS.shops)
  expect(street.figures.visits).toBe(COUNTS.visits)
  expect(street.figures.needs.total).toBe(COUNTS.needs)
  expect(street.figures.events).toBe(COUNTS.events)
})

it("a block's staff see their block only", async () => {
  const dash = await cloud.callOk('org.dashboard', { from: ORG_FROM, to: ORG_TO }, 'b2-staff')
  expect(dash.streets.flatMap((s) => s.blocks.map((b) => b.blockId))).toEqual([ORG_BLOCKS[1]])
  expect(dash.streets[0].figures.shops).toBe((await expected(ORG_BLOCKS[1])).shops)
})

it('counts in the database: a handful of round trips, not one per record', async () => {
  cloud.callLog.start()
  await cloud.callOk('org.dashboard', { from: ORG_FROM, to: ORG_TO }, 'bench-street-admin')
  const [call] = cloud.callLog.stop().filter((c) => c.action === 'org.dashboard')
  // users (caller) + streets + blocks + 4 aggregations = 7; reading 120 visits page by page would be far more.
  expect(call.dbActions).toBeLessThanOrEqual(7)
})
