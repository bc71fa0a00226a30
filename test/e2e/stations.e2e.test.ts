// A rider on the h5 app: switch to demo-courier, find the nearest open station, filter, open it.
import type { Page, Request } from 'playwright-core'
import { openApp, type AppUnderTest } from './browser'
import { poll } from './poll'
import type { ActionInput } from '@/types/actions'

jest.setTimeout(90_000)

/** 03:00 on a Friday in Shanghai: the 24-hour and overnight stations are open, the daytime ones are not. */
const NIGHT = new Date('2026-11-27T03:00:00+08:00')
/** Near 定西路 (WGS-84, as a phone's GPS reports it). */
const RIDER = { latitude: 31.2085, longitude: 121.4225 }

let app: AppUnderTest
let page: Page

beforeAll(async () => {
  app = await openApp({ geolocation: RIDER })
  app.cloud.setNow(NIGHT)
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const nearbyRequest = (request: Request) => request.url().endsWith('/fn/api') && (request.postDataJSON() as { action?: string })?.action === 'stations.nearby'

async function listedNames(): Promise<string[]> {
  return page.locator('.station-item .station-name').allInnerTexts()
}

async function expectListToMatch(request: Request) {
  const body = request.postDataJSON() as { data: ActionInput<'stations.nearby'> }
  const res = await app.cloud.call('stations.nearby', body.data, 'demo-courier')
  if (!res.ok) throw new Error(res.error.message)
  const expected = res.data.stations.map((s) => s.name)
  expect(await poll(listedNames, (names) => JSON.stringify(names) === JSON.stringify(expected))).toEqual(expected)
  return res.data
}

test('a courier finds, filters and opens the nearest open station', async () => {
  await page.goto(`${app.cloud.url}/#/features/me/pages/index/index`)
  await page.locator('.identity-option-demo-courier').click()
  await page.locator('.me-role-courier').first().waitFor({ timeout: 10_000 })

  const firstSearch = page.waitForRequest(nearbyRequest)
  await page.goto(`${app.cloud.url}/#/features/stations/pages/list/index`)
  // The privacy guide comes before the location is asked; agreeing lets the browser's position through.
  await page.locator('.privacy-agree').click({ timeout: 10_000 })
  const request = await firstSearch
  expect(request.headers()['x-wx-openid']).toBe('demo-courier')
  expect(request.postDataJSON().data).toMatchObject({ openNow: true })
  // The position used is the rider's own (converted to GCJ-02), not the block centre.
  expect(Math.abs(request.postDataJSON().data.lat - RIDER.latitude)).toBeLessThan(0.01)
  expect(request.postDataJSON().data.lat).not.toBe(31.2046)
  const openOnly = await expectListToMatch(request)
  expect(openOnly.stations.length).toBeGreaterThan(0)
  expect(openOnly.stations.every((s) => s.openNow)).toBe(true)
  expect(await page.locator('.station-item .station-status--closed').count()).toBe(0)

  // Turning "open now" off shows the closed ones too, with when they open.
  const withClosed = page.waitForRequest((r) => nearbyRequest(r) && r.postDataJSON().data.openNow === false)
  await page.locator('.filter-open-now').click()
  const all = await expectListToMatch(await withClosed)
  expect(all.stations.length).toBeGreaterThan(openOnly.stations.length)
  expect(await page.locator('.station-item .station-status--closed').count()).toBeGreaterThan(0)

  // Ask for a toilet: every station listed has one.
  const withToilet = page.waitForRequest((r) => nearbyRequest(r) && (r.postDataJSON().data.amenities ?? []).includes('toilet'))
  await page.locator('.amenity-chip-toilet').click()
  const toilets = await expectListToMatch(await withToilet)
  expect(toilets.stations.every((s) => s.amenities.includes('toilet'))).toBe(true)
  const items = page.locator('.station-item')
  const count = await items.count()
  for (let i = 0; i < count; i++) expect(await items.nth(i).locator('.station-amenity-toilet').count()).toBe(1)

  // Open the nearest one.
  const nearest = toilets.stations[0]
  await items.first().click()
  const detailName = () =>
    page
      .locator('.station-detail-name')
      .innerText()
      .catch(() => '')
  expect(await poll(detailName, (name) => name === nearest.name)).toBe(nearest.name)
  expect(await page.locator('.station-detail-address').innerText()).toContain(nearest.address)
  expect(await page.locator('.nav-button').isVisible()).toBe(true)
})

test('refusing the privacy guide keeps the position unasked, and the list sorts from the block centre', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  try {
    const fresh = await context.newPage()
    await fresh.goto(`${app.cloud.url}/#/features/stations/pages/list/index`)
    await fresh.locator('.privacy-disagree').click({ timeout: 10_000 })
    const notice = () =>
      fresh
        .locator('.location-fallback-notice')
        .innerText()
        .catch(() => '')
    expect(await poll(notice, (text) => text.includes('新华路街区中心'), 15_000)).toContain('新华路街区中心')
    await fresh.locator('.station-item').first().waitFor({ timeout: 10_000 })
  } finally {
    await context.close()
  }
})
