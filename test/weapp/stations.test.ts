// The compiled station list page (weapp build) against the real local cloud on the seed: a phone that knows where it
// is, at 03:00 on a Wednesday, when only the 24-hour stations and the overnight one are open.
import { demoStations } from '@/seed/stations'
import { haversineM } from '../helpers/haversine'
import { createCloudBridge } from './harness/cloudBridge'
import { watchConsole } from './harness/consoleWatch'
import { cloudInfo, setCloudNow, settle } from './harness/everyPage'
import { openTaroApp, waitFor, type LoadedPage } from './harness/taroApp'

// Launching the app and the cloud's first calls take seconds on a loaded machine.
jest.setTimeout(30000)

// A console.error or a missing template anywhere in this file fails it (the app's own console.warn lines are muted).
const consoleWatch = watchConsole()
afterAll(() => {
  consoleWatch.restore()
  expect(consoleWatch.take()).toEqual([])
})

const ROUTE = 'features/stations/pages/list/index'
const RIDER = { lat: 31.2047, lng: 121.4248 }
const BLOCK_CENTRE = { lat: 31.2046, lng: 121.4247 }
/** Wednesday 03:00 in Shanghai. */
const NIGHT = '2026-12-02T03:00:00+08:00'
/** Open at 03:00 by their seeded hours: 24 hours (xinhua-01, -08) or 18:00–06:00 overnight (xinhua-04). */
const OPEN_AT_NIGHT = ['st-xinhua-01', 'st-xinhua-04', 'st-xinhua-08']
const RADIUS_M = 3000

/** Seeded station names within the default 3 km of `from`, nearest first. */
function nearestNames(from: { lat: number; lng: number }, keep: (s: (typeof demoStations)[number]) => boolean): string[] {
  return demoStations
    .map((s) => ({ s, d: haversineM(from, { lat: s.location.coordinates[1], lng: s.location.coordinates[0] }) }))
    .filter(({ s, d }) => d <= RADIUS_M && keep(s))
    .sort((a, b) => a.d - b.d)
    .map(({ s }) => s.name)
}

const shownNames = (page: LoadedPage) => page.comp.querySelectorAll('.station-name').map((n) => n.dom.textContent ?? '')

type Nearby = { lat: number; lng: number; openNow?: boolean; radiusKm?: number; amenities?: string[] }

describe('station list page (weapp build, real local cloud)', () => {
  const info = cloudInfo()
  setCloudNow(NIGHT)
  const bridge = createCloudBridge(info.url, 'demo-courier')
  const nearbyRequests = () => bridge.calls.filter((c) => c.data.action === 'stations.nearby').map((c) => c.data.data as Nearby)
  const getLocation = jest.fn((options: { type?: string; success?: (r: unknown) => void }) =>
    setTimeout(() => options.success?.({ latitude: RIDER.lat, longitude: RIDER.lng, accuracy: 30, errMsg: 'getLocation:ok' }), 5),
  )
  const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void }) => options.success?.({ errMsg: 'navigateTo:ok' }))
  const app = openTaroApp({ cloud: bridge.cloud, getLocation, navigateTo })
  const page = app.openPage(ROUTE)

  it('asks for the position in gcj02 and lists the stations open now, nearest first', async () => {
    const expected = nearestNames(RIDER, (s) => OPEN_AT_NIGHT.includes(s._id))
    await waitFor(() => shownNames(page).length > 0, 'the station names')
    await settle(page, bridge)
    expect(getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'gcj02' }))
    expect(nearbyRequests()[0]).toMatchObject({ lat: RIDER.lat, lng: RIDER.lng, openNow: true, radiusKm: 3 })
    expect(shownNames(page)).toEqual(expected)
    expect(page.text()).toContain('营业中')
    expect(page.text()).not.toContain('未获取定位')
  })

  it('turning off "只看营业中" asks without openNow and adds the closed stations with their next opening', async () => {
    page.comp.querySelector('.filter-open-now')!.dispatchEvent('tap')
    await waitFor(() => nearbyRequests().at(-1)?.openNow === false, 'a request without openNow')
    await settle(page, bridge)
    expect(shownNames(page)).toEqual(nearestNames(RIDER, () => true))
    expect(page.text()).toContain('已打烊')
    expect(page.text()).toMatch(/\d{2}:\d{2} 开门/)
  })

  it('an amenity chip narrows the request and the list to stations with it', async () => {
    page.comp.querySelector('.amenity-chip-toilet')!.dispatchEvent('tap')
    await waitFor(() => (nearbyRequests().at(-1)?.amenities ?? []).includes('toilet'), 'a request for toilets')
    await settle(page, bridge)
    expect(nearbyRequests().at(-1)).toMatchObject({ amenities: ['toilet'], openNow: false })
    expect(shownNames(page)).toEqual(nearestNames(RIDER, (s) => s.amenities.includes('toilet')))
  })

  it('tapping a station opens its detail page', async () => {
    const [nearest] = nearestNames(RIDER, (s) => s.amenities.includes('toilet'))
    const id = demoStations.find((s) => s.name === nearest)!._id
    page.comp.querySelector('.station-item')!.dispatchEvent('tap')
    await waitFor(() => navigateTo.mock.calls.length > 0, 'wx.navigateTo')
    expect(navigateTo.mock.calls[0][0].url).toMatch(new RegExp(`^/features/stations/pages/detail/index\\?id=${id}(&|$)`))
  })
})

describe('station list page when the position is refused (weapp build, real local cloud)', () => {
  it('falls back to the block centre and says so', async () => {
    const info = cloudInfo()
    setCloudNow(NIGHT)
    const bridge = createCloudBridge(info.url, 'demo-courier')
    const getLocation = jest.fn((options: { fail?: (e: unknown) => void }) => setTimeout(() => options.fail?.({ errMsg: 'getLocation:fail auth deny' }), 5))
    let page!: LoadedPage
    // A second launch of the app needs a fresh simulator, Taro runtime and wx (one launch per module registry).
    jest.isolateModules(() => {
      delete (globalThis as { wx?: unknown }).wx
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const harness = require('./harness/taroApp') as typeof import('./harness/taroApp')
      page = harness.openTaroApp({ cloud: bridge.cloud, getLocation, navigateTo: jest.fn() }).openPage(ROUTE)
    })
    await waitFor(() => page.text().includes('未获取定位，按新华路街区中心排序'), 'the fallback notice')
    await waitFor(() => page.comp.querySelectorAll('.station-name').length > 0, 'stations sorted from the block centre')
    await settle(page, bridge)
    expect(getLocation).toHaveBeenCalled()
    expect(bridge.calls.find((c) => c.data.action === 'stations.nearby')?.data.data).toMatchObject(BLOCK_CENTRE)
    expect(shownNames(page)).toEqual(nearestNames(BLOCK_CENTRE, (s) => OPEN_AT_NIGHT.includes(s._id)))
  })
})
