// The real compiled 活动 tab (weapp build) with a stand-in cloud: seats at a glance, kind chips, open an event, retry.
import { createEventsCloud, INTERNAL_FAILURE } from './eventsCloud'
import { installWx, loadTaroPage, waitFor, type LoadedPage } from './taroPageHarness'

const ROUTE = 'features/events/pages/list/index'

describe('活动 tab (weapp build)', () => {
  const { cloud, listRequests } = createEventsCloud()
  const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void }) =>
    options.success?.({ errMsg: 'navigateTo:ok' }),
  )
  installWx({ cloud, navigateTo })
  const page = loadTaroPage(ROUTE)

  it('lists the events this caller may see, soonest first, with their seats', async () => {
    await waitFor(() => page.text().includes('夜校·智能手机入门'), 'the event list')
    expect(listRequests()[0]).toEqual({})

    const text = page.text()
    expect(text).toContain('近期 4 场活动')
    const titles = ['街区趣味运动会', '人文新华行走党课', '周末便民集市', '夜校·智能手机入门']
    const positions = titles.map((title) => text.indexOf(title))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)

    const seats = page.comp.querySelectorAll('.seats-text').map((node) => node.dom.textContent)
    expect(seats).toEqual(['剩余 2 / 40 个名额', '剩余 20 / 25 个名额', '已满 · 可候补', '已满'])
    expect(page.comp.querySelectorAll('.seats-text--full')).toHaveLength(2)

    for (const hidden of ['邀请制分享会', '草稿里的跳绳赛', '商户经营沙龙']) expect(text).not.toContain(hidden)
    expect(text).toContain('街区运动会') // the kind tag on the card
  })

  it('a kind chip asks for that kind only and shows just those events', async () => {
    page.comp.querySelector('.kind-chip-market')!.dispatchEvent('tap')
    await waitFor(() => !page.text().includes('街区趣味运动会'), 'the list narrowed to 便民超市')
    expect(listRequests().at(-1)).toEqual({ kind: 'market' })
    expect(page.text()).toContain('近期 1 场活动')
    expect(page.text()).toContain('周末便民集市')
    expect(page.text()).toContain('已满 · 可候补')
    expect(page.comp.querySelector('.kind-chip-market')!.dom.className).toContain('kind-chip--on')
  })

  it('a kind with nothing coming up says so', async () => {
    page.comp.querySelector('.kind-chip-stage')!.dispatchEvent('tap')
    await waitFor(() => page.text().includes('近期没有幸福加油站'), 'the empty state of 幸福加油站')
    expect(listRequests().at(-1)).toEqual({ kind: 'stage' })
    expect(page.text()).not.toContain('邀请制分享会') // QR-only stays hidden even in its own kind
  })

  it('tapping an event opens its detail page', async () => {
    page.comp.querySelector('.kind-chip-all')!.dispatchEvent('tap')
    await waitFor(() => page.text().includes('近期 4 场活动'), 'the full list again')
    expect(listRequests().at(-1)).toEqual({})
    page.comp.querySelectorAll('.event-card')[2].dispatchEvent('tap')
    await waitFor(() => navigateTo.mock.calls.length > 0, 'wx.navigateTo')
    expect(navigateTo.mock.calls[0][0].url).toBe('/features/events/subpages/detail/index?id=ev-market')
  })
})

describe('活动 tab when the cloud fails (weapp build)', () => {
  it('shows the error with 重试, and 重试 asks again', async () => {
    let page!: LoadedPage
    const events = createEventsCloud()
    events.failNextLists(1)
    // A second page load needs a fresh simulator, Taro runtime and wx (one load per module registry).
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const harness = require('./taroPageHarness') as typeof import('./taroPageHarness')
      delete (globalThis as { wx?: unknown }).wx
      harness.installWx({ cloud: events.cloud, navigateTo: jest.fn() })
      page = harness.loadTaroPage(ROUTE)
    })
    const failure = INTERNAL_FAILURE.ok ? '' : INTERNAL_FAILURE.error.message
    await waitFor(() => page.text().includes(failure), 'the error message')
    expect(page.text()).toContain('没能加载')
    expect(page.text()).toContain('重试')
    expect(page.text()).not.toContain('近期')
    expect(events.listRequests()).toHaveLength(1)

    page.comp.querySelector('.retry-button')!.dispatchEvent('tap')
    await waitFor(() => page.text().includes('近期 4 场活动'), 'the list after 重试')
    expect(events.listRequests()).toEqual([{}, {}])
    expect(page.text()).not.toContain('没能加载')
  })
})
