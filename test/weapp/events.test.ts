// The compiled 活动 tab (weapp build) against the real local cloud on the seed, as a resident: seats at a glance,
// kind chips, opening an event, and a failed call with 重试. Expectations follow the seed and the tab's rules.
import { demoEventData } from '@/seed/events'
import { createCloudBridge } from './harness/cloudBridge'
import { watchConsole } from './harness/consoleWatch'
import { cloudInfo, settle } from './harness/everyPage'
import { openTaroApp, waitFor, type LoadedPage } from './harness/taroApp'

// Launching the app and the cloud's first calls take seconds on a loaded machine.
jest.setTimeout(30000)

// A console.error or a missing template anywhere in this file fails it (the app's own console.warn lines are muted).
const consoleWatch = watchConsole()
afterAll(() => {
  consoleWatch.restore()
  expect(consoleWatch.take()).toEqual([])
})

const ROUTE = 'features/events/pages/list/index'

/**
 * The tab's rule (DOMAIN.md, 活动): published public events not yet over, soonest first, for the caller's audience
 * (a resident sees 'all' and 'resident'); a card's seats read 剩余 n / capacity, or 已满 · 可候补 with a waitlist.
 */
function expectedForResident(kind?: string) {
  const now = new Date()
  const { events } = demoEventData(now)
  return events
    .filter((e) => e.status === 'published' && e.visibility === 'public' && new Date(e.endAt) > now)
    .filter((e) => e.audience === 'all' || e.audience === 'resident')
    .filter((e) => !kind || e.kind === kind)
    .sort((a, b) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime())
    .map((e) => ({
      id: e._id,
      title: e.title,
      seats: e.capacity - e.seatsTaken > 0 ? `剩余 ${e.capacity - e.seatsTaken} / ${e.capacity} 个名额` : e.waitlistEnabled ? '已满 · 可候补' : '已满',
    }))
}

const titles = (page: LoadedPage) => page.comp.querySelectorAll('.event-title').map((n) => n.dom.textContent)
const listRequests = (calls: Array<{ data: { action?: string; data?: unknown } }>) =>
  calls.filter((c) => c.data.action === 'events.list').map((c) => c.data.data)

describe('活动 tab (weapp build, real local cloud)', () => {
  const info = cloudInfo()
  const bridge = createCloudBridge(info.url, 'demo-resident')
  const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void }) => options.success?.({ errMsg: 'navigateTo:ok' }))
  const page = openTaroApp({ cloud: bridge.cloud, navigateTo }).openPage(ROUTE)

  it('lists the events a resident may see, soonest first, with their seats', async () => {
    const expected = expectedForResident()
    await waitFor(() => page.text().includes(`近期 ${expected.length} 场活动`), 'the event list')
    await settle(page, bridge)
    expect(listRequests(bridge.calls)[0]).toEqual({})
    expect(titles(page)).toEqual(expected.map((e) => e.title))
    expect(page.comp.querySelectorAll('.seats-text').map((n) => n.dom.textContent)).toEqual(expected.map((e) => e.seats))
    const hidden = demoEventData(new Date()).events.filter((e) => !expected.some((x) => x.id === e._id))
    expect(hidden.length).toBeGreaterThan(0)
    for (const event of hidden) expect(page.text()).not.toContain(event.title)
  })

  it('a kind chip asks for that kind only and shows just those events', async () => {
    page.comp.querySelector('.kind-chip-market')!.dispatchEvent('tap')
    const expected = expectedForResident('market')
    await waitFor(() => page.text().includes(`近期 ${expected.length} 场活动`), 'the list narrowed to 便民超市')
    expect(listRequests(bridge.calls).at(-1)).toEqual({ kind: 'market' })
    expect(titles(page)).toEqual(expected.map((e) => e.title))
    expect(page.comp.querySelector('.kind-chip-market')!.dom.className).toContain('kind-chip--on')
  })

  it('a kind with nothing a resident may see says so (the QR-only 幸福加油站 stays hidden)', async () => {
    expect(expectedForResident('stage')).toEqual([])
    page.comp.querySelector('.kind-chip-stage')!.dispatchEvent('tap')
    await waitFor(() => page.text().includes('近期没有幸福加油站'), 'the empty state of 幸福加油站')
    expect(listRequests(bridge.calls).at(-1)).toEqual({ kind: 'stage' })
  })

  it('tapping an event opens its detail page', async () => {
    const expected = expectedForResident()
    page.comp.querySelector('.kind-chip-all')!.dispatchEvent('tap')
    await waitFor(() => page.text().includes(`近期 ${expected.length} 场活动`), 'the full list again')
    page.comp.querySelectorAll('.event-card')[1].dispatchEvent('tap')
    await waitFor(() => navigateTo.mock.calls.length > 0, 'wx.navigateTo')
    expect(navigateTo.mock.calls[0][0].url).toBe(`/features/events/subpages/detail/index?id=${expected[1].id}`)
  })
})

describe('活动 tab when the call fails (weapp build, real local cloud)', () => {
  it('shows the error with 重试, and 重试 asks again', async () => {
    const info = cloudInfo()
    const bridge = createCloudBridge(info.url, 'demo-resident')
    bridge.failNext(1, 'events.list')
    let page!: LoadedPage
    // A second launch of the app needs a fresh simulator, Taro runtime and wx (one launch per module registry).
    jest.isolateModules(() => {
      delete (globalThis as { wx?: unknown }).wx
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const harness = require('./harness/taroApp') as typeof import('./harness/taroApp')
      page = harness.openTaroApp({ cloud: bridge.cloud, navigateTo: jest.fn() }).openPage(ROUTE)
    })
    await waitFor(() => page.text().includes('没能加载'), 'the error state')
    expect(page.text()).toContain('网络不太好，请稍后重试')
    expect(page.text()).not.toContain('近期')
    expect(listRequests(bridge.calls)).toHaveLength(1)

    page.comp.querySelector('.retry-button')!.dispatchEvent('tap')
    const expected = expectedForResident()
    await waitFor(() => page.text().includes(`近期 ${expected.length} 场活动`), 'the list after 重试')
    expect(listRequests(bridge.calls)).toEqual([{}, {}])
    expect(page.text()).not.toContain('没能加载')
  })
})
