// After a write, every screen showing what it changed is fresh without a reload (issue 15): the pages further down
// the stack, still mounted, refresh by themselves once the write succeeds (src/shared/query).
import type { Page } from 'playwright-core'
import { closedAfterSave, openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(150_000)

let app: AppUnderTest
let page: Page

beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const url = (path: string) => `${app.cloud.url}/#/${path}`
const text = (selector: string) => () =>
  page
    .locator(selector)
    .allInnerTexts()
    .then(
      (t) => t.join('\n'),
      () => '',
    )

test('staff raise an event’s capacity: back on the roster, the waitlist has moved up with no reload', async () => {
  // Seed: 人文新华 is full, 30/30 with 3 waiting. Two more seats seat the first two who wait.
  await switchIdentity(page, app.cloud.url, 'demo-staff')
  await page.goto(url('staff/events/roster/index?id=ev-demo-walk-renwen'))
  expect(await poll(text('.roster-counts'), (t) => t.includes('已报名 30/30'))).toContain('候补 3')

  await page.locator('.roster-actions .nx-big-button', { hasText: '编辑活动' }).click()
  const capacity = page.locator('.edit-capacity input')
  await capacity.waitFor({ timeout: 15_000 })
  await capacity.fill('32')
  await page.locator('.save-publish-button').click()
  await closedAfterSave(page, '.staff-event-edit')

  // navigateBack: the roster page that was already open shows the server's new counts.
  expect(await poll(text('.roster-counts'), (t) => t.includes('已报名 32/32'), 15_000)).toContain('候补 1')
  const [event] = await app.cloud.store.find('events', { _id: 'ev-demo-walk-renwen' })
  expect(event.capacity).toBe(32)
})

test('a resident signs up: 我的活动, opened before, shows the event when they go back to it', async () => {
  await switchIdentity(page, app.cloud.url, 'demo-resident')
  await page.goto(url('features/events/subpages/mine/index'))
  await page.locator('.my-events').first().waitFor({ timeout: 15_000 })
  expect(await text('.my-event-title')()).not.toContain('便民超市·周末惠民集市')

  await page.goto(url('features/events/subpages/detail/index?id=ev-demo-market'))
  await page.locator('.signup-button').click()
  await page.locator('.my-signup-status-seated').waitFor({ timeout: 15_000 })
  await page.goBack()
  expect(await poll(text('.my-event-seated .my-event-title'), (t) => t.includes('便民超市·周末惠民集市'), 15_000)).toContain('便民超市·周末惠民集市')
})

test('a merchant stars a resource: 我的收藏, opened before, lists it when they go back', async () => {
  await switchIdentity(page, app.cloud.url, 'demo-merchant')
  await page.goto(url('features/resources/subpages/favourites/index'))
  await page.locator('.favourites-page').first().waitFor({ timeout: 15_000 })
  const before = await page.locator('.resource-row').count()

  await page.goto(url('features/resources/subpages/category/index?category=hiring'))
  await page.locator('.resource-row').first().click()
  const title = await page.locator('.resource-detail-title').first().innerText({ timeout: 15_000 })
  await page.locator('.favourite-button').click()
  expect(await poll(text('.favourite-button'), (t) => t.includes('已收藏'))).toContain('已收藏')

  await page.goto(url('features/resources/subpages/favourites/index'))
  expect(
    await poll(
      async () => page.locator('.favourites-page .resource-row').count(),
      (n) => n === before + 1,
      15_000,
    ),
  ).toBe(before + 1)
  expect(await text('.favourites-page .resource-row-title')()).toContain(title)
})
