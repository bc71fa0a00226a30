// Weak network and offline (issue 15): after one load, with the browser offline, the station list, my events with
// my check-in code and the resource pack still show, each with the age of what is shown; tabs still switch; back
// online they refresh by themselves, with no reload.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(150_000)

const MARKET = 'ev-demo-market'
/** 10:00 on a Friday in Shanghai: the list's 营业中 filter (on by default) shows the daytime stations. */
const MORNING = new Date('2026-11-27T10:00:00+08:00')
/** The age line the app shows beside kept data: src/shared/query/age.ts's words for under an hour. */
const AGE = /^(刚刚|\d{1,2} 分钟前)的数据$/

let app: AppUnderTest
let page: Page

beforeAll(async () => {
  app = await openApp({ geolocation: { latitude: 31.2085, longitude: 121.4225 } })
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const url = (path: string) => `${app.cloud.url}/#/${path}`
const visible = (selector: string) => page.locator(selector).first().waitFor({ timeout: 15_000 })
/** The age line on one page (hidden pages of the stack stay in the document: scope to the page's root). */
const ageText = (pageRoot: string) => page.locator(`${pageRoot} .nx-data-age__when`).first().innerText({ timeout: 10_000 })

test('offline after one load: stations, my events with the check-in code and the resource pack show with their age', async () => {
  await switchIdentity(page, app.cloud.url, 'demo-resident')
  await app.cloud.callOk('events.signup', { eventId: MARKET, form: {}, remind: false }, 'demo-resident')
  const [{ signup }] = (await app.cloud.callOk('events.mine', {}, 'demo-resident')).items
  expect(signup.checkinCode).toBeTruthy()
  app.cloud.setNow(MORNING)

  // One load of each, online.
  await page.goto(url('features/stations/pages/list/index'))
  // Finding the nearest station asks for the location: the privacy guide comes first.
  await page.locator('.privacy-agree').click({ timeout: 10_000 })
  await visible('.station-item .station-name')
  const stationNames = await page.locator('.station-item .station-name').allInnerTexts()
  await page.goto(url('features/events/subpages/mine/index'))
  await visible('.my-event-seated .my-event-title')
  await page.goto(url('features/resources/subpages/category/index?category=hiring'))
  await visible('.resource-row-title')
  const hiringTitles = await page.locator('.resource-row-title').allInnerTexts()
  // The pages' code is fetched shortly after launch (preloadPages.h5.ts): let those fetches finish, as they would in
  // the minutes a person spends before losing signal (on a loaded machine they can still be in flight here).
  await page.waitForLoadState('networkidle')

  await app.context.setOffline(true)

  // The resource pack page on screen says how old it is.
  expect(await ageText('.resource-category-page-hiring')).toMatch(AGE)
  expect(await page.locator('.resource-row-title').allInnerTexts()).toEqual(hiringTitles)

  // 我的活动, with the personal check-in code.
  await page.goto(url('features/events/subpages/mine/index'))
  await visible('.my-event-seated .my-event-title')
  expect(await ageText('.my-events')).toMatch(AGE)
  await page.locator('.my-event-seated .my-event-code__toggle').first().click()
  await visible('.my-event-seated .qr-code')

  // Back to the station tab (opened before), then a tap on the events tab, never opened: its code was fetched
  // after launch, so it opens offline too.
  await page.goto(url('features/stations/pages/list/index'))
  await poll(
    () => page.locator('.station-item .station-name').allInnerTexts(),
    (names) => names.length > 0,
  )
  expect(await page.locator('.station-item .station-name').allInnerTexts()).toEqual(stationNames)
  expect(await ageText('.station-list-page')).toMatch(AGE)
  await page.locator('.weui-tabbar__item', { hasText: '活动' }).click()
  await visible('.event-list-page .kind-chip-all')
})

test('back online, what is on screen refreshes by itself', async () => {
  // While the phone was offline, staff renamed the station at the top of the list.
  const first = (await page.locator('.station-item .station-name').allInnerTexts())[0]
  await page.locator('.weui-tabbar__item', { hasText: '驿站' }).click()
  await visible('.station-list-page .station-item .station-name')
  const [station] = await app.cloud.store.find('stations', { name: first })
  await app.cloud.store.update('stations', { _id: station._id }, { $set: { name: `${first}（新）` } })

  await app.context.setOffline(false)
  expect(
    await poll(
      () => page.locator('.station-item .station-name').first().innerText(),
      (name) => name === `${first}（新）`,
      15_000,
    ),
  ).toBe(`${first}（新）`)
  expect(await page.locator('.station-list-page .nx-data-age').count()).toBe(0)
})
