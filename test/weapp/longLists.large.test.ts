/**
 * Long lists in the weapp build on the large block (1,000 sign-ups on one event, 200 shops, 500 needs): each shows
 * 20 rows and 加载更多, and each tap adds 20 more in a small setData, every page of rows under its own node.
 * @weappData large
 */
import { BUDGETS, treeStats } from './harness/budgets'
import { createCloudBridge, type CloudBridge } from './harness/cloudBridge'
import { watchConsole } from './harness/consoleWatch'
import { cloudInfo, phone, settle } from './harness/everyPage'
import { LARGE } from './harness/largeData'
import { waitFor, type LoadedPage, type TaroApp } from './harness/taroApp'

jest.setTimeout(60000)

const PAGE = 20

const consoleWatch = watchConsole()
afterAll(() => {
  consoleWatch.restore()
  expect(consoleWatch.take()).toEqual([])
})

const info = cloudInfo()
const apps = new Map<string, { app: TaroApp; bridge: CloudBridge }>()
/** One launch of the app per person (the module registry of this file holds one; others get their own). */
function launchAs(openid: string): { app: TaroApp; bridge: CloudBridge } {
  const known = apps.get(openid)
  if (known) return known
  const bridge = createCloudBridge(info.url, openid)
  let app!: TaroApp
  jest.isolateModules(() => {
    delete (globalThis as { wx?: unknown }).wx
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    app = (require('./harness/taroApp') as typeof import('./harness/taroApp')).openTaroApp(phone(bridge))
  })
  apps.set(openid, { app, bridge })
  return { app, bridge }
}

/** Taps 加载更多 `times` times (each shows up to 20 more of `total`); answers the size of each setData the taps caused. */
async function loadMore(page: LoadedPage, rowSelector: string, times: number, total: number): Promise<number[]> {
  const before = page.setData.sizes.length
  for (let i = 0; i < times; i++) {
    const expected = Math.min(total, page.comp.querySelectorAll(rowSelector).length + PAGE)
    const button = page.comp.querySelector('.load-more')
    if (!button) break
    button.dispatchEvent('tap')
    await waitFor(() => page.comp.querySelectorAll(rowSelector).length === expected, `${expected} rows`)
  }
  return page.setData.sizes.slice(before)
}

const cases: Array<{ what: string; who: string; route: string; query: Record<string, string>; row: string; total: number | null }> = [
  {
    what: 'the roster of a 1,000-person event',
    who: 'demo-admin',
    route: 'staff/events/roster/index',
    query: { id: LARGE.eventId },
    row: '.roster-row',
    total: LARGE.signups,
  },
  { what: 'the registry of 200 shops', who: 'demo-admin', route: 'staff/shops/list/index', query: {}, row: '.shop-row', total: LARGE.shops },
  { what: 'the staff inbox of 500 needs', who: 'demo-admin', route: 'staff/needs/inbox/index', query: {}, row: '.need-row', total: null },
  {
    what: "a merchant's own needs (a third of 500)",
    who: 'demo-merchant',
    route: 'features/needs/subpages/mine/index',
    query: {},
    row: '.need-row',
    total: null,
  },
]

describe.each(cases)('$what', ({ who, route, query, row, total }) => {
  it('shows 20 rows and 加载更多; each tap adds 20 within the budgets', async () => {
    const { app, bridge } = launchAs(who)
    const page = app.openPage(route, query)
    try {
      await waitFor(() => page.comp.querySelectorAll(row).length > 0, 'the first rows')
      await settle(page, bridge)
      expect(page.comp.querySelectorAll(row)).toHaveLength(PAGE)
      const more = page.comp.querySelector('.load-more')!.dom.textContent!
      const remaining = Number(/^加载更多（还有 (\d+) 条）$/.exec(more)?.[1])
      if (total !== null) expect(remaining).toBe(total - PAGE)
      expect(remaining).toBeGreaterThan(PAGE)

      const sizes = await loadMore(page, row, 3, PAGE + remaining)
      expect(page.comp.querySelectorAll(row)).toHaveLength(Math.min(PAGE + remaining, 4 * PAGE))
      if (PAGE + remaining <= 4 * PAGE) expect(page.comp.querySelector('.load-more') ?? null).toBeNull()
      expect(Math.max(...sizes)).toBeLessThanOrEqual(BUDGETS.setDataBytes)
      const stats = treeStats(page.comp.dom)
      expect(stats.children).toBeLessThanOrEqual(BUDGETS.children)
      expect(stats.nodes).toBeLessThanOrEqual(BUDGETS.nodes)
      expect(page.comp.querySelectorAll('.paged-list__page')).toHaveLength(Math.ceil(Math.min(PAGE + remaining, 4 * PAGE) / PAGE))
    } finally {
      page.close()
    }
  })
})
