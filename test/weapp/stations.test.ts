// The real compiled station list page, with a stand-in cloud and a phone that knows where it is.
import { createFakeCloud, nearbyRequests } from './fakeCloud'
import { installWx, loadTaroPage, waitFor } from './taroPageHarness'

const RIDER = { latitude: 31.2047, longitude: 121.4248 }

describe('station list page (weapp build)', () => {
  const cloud = createFakeCloud()
  const getLocation = jest.fn((options: { type?: string; success?: (r: unknown) => void }) =>
    setTimeout(() => options.success?.({ ...RIDER, accuracy: 30, errMsg: 'getLocation:ok' }), 5),
  )
  const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void }) =>
    options.success?.({ errMsg: 'navigateTo:ok' }),
  )

  installWx({ cloud, getLocation, navigateTo })
  const page = loadTaroPage('features/stations/pages/list/index')

  it('asks for the position in gcj02 and lists the open stations nearest first', async () => {
    await waitFor(() => page.text().includes('新华路红色驿站'), 'the nearest station name')
    expect(getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'gcj02' }))

    const [first] = nearbyRequests(cloud.callFunction)
    expect(first).toMatchObject({ lat: RIDER.latitude, lng: RIDER.longitude, openNow: true, radiusKm: 3 })

    const text = page.text()
    expect(text).toContain('番禺路骑手之家')
    expect(text.indexOf('新华路红色驿站')).toBeLessThan(text.indexOf('番禺路骑手之家'))
    expect(text).not.toContain('定西路爱心接力站') // closed, and "只看营业中" starts on
    expect(text).toContain('营业中')
    expect(text).toMatch(/\d+ 米/)
    expect(text).not.toContain('未获取定位')
  })

  it('turning off "只看营业中" asks again without openNow and shows the closed station with its next opening', async () => {
    page.comp.querySelector('.filter-open-now')!.dispatchEvent('tap')
    await waitFor(() => page.text().includes('定西路爱心接力站'), 'the closed station after the filter change')
    const last = nearbyRequests(cloud.callFunction).at(-1)
    expect(last).toMatchObject({ openNow: false })
    expect(page.text()).toContain('已打烊')
    expect(page.text()).toMatch(/08:00 开门/)
  })

  it('an amenity chip narrows the request and the list', async () => {
    page.comp.querySelector('.amenity-chip-toilet')!.dispatchEvent('tap')
    await waitFor(() => !page.text().includes('番禺路骑手之家'), 'the list without the station lacking a toilet')
    expect(nearbyRequests(cloud.callFunction).at(-1)).toMatchObject({ amenities: ['toilet'], openNow: false })
    expect(page.text()).toContain('新华路红色驿站')
    expect(page.text()).toContain('定西路爱心接力站')
  })

  it('tapping a station opens its detail page', async () => {
    page.comp.querySelector('.station-item')!.dispatchEvent('tap')
    await waitFor(() => navigateTo.mock.calls.length > 0, 'wx.navigateTo')
    expect(navigateTo.mock.calls[0][0].url).toMatch(/^\/features\/stations\/pages\/detail\/index\?id=st-near(&|$)/)
  })
})

describe('station list page when the position is refused (weapp build)', () => {
  it('falls back to the block centre and says so', async () => {
    let page!: ReturnType<typeof loadTaroPage>
    const cloud = createFakeCloud()
    const getLocation = jest.fn((options: { fail?: (e: unknown) => void }) =>
      setTimeout(() => options.fail?.({ errMsg: 'getLocation:fail auth deny' }), 5),
    )
    // A second page load needs a fresh simulator, Taro runtime and wx (one load per module registry).
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const harness = require('./taroPageHarness') as typeof import('./taroPageHarness')
      delete (globalThis as { wx?: unknown }).wx
      harness.installWx({ cloud, getLocation, navigateTo: jest.fn() })
      page = harness.loadTaroPage('features/stations/pages/list/index')
    })
    await waitFor(() => page.text().includes('未获取定位，按新华路街区中心排序'), 'the fallback notice')
    expect(getLocation).toHaveBeenCalled()
    await waitFor(() => page.text().includes('新华路红色驿站'), 'stations sorted from the block centre')
    expect(nearbyRequests(cloud.callFunction)[0]).toMatchObject({ lat: 31.2046, lng: 121.4247 })
  })
})
