// A merchant searches the resource pack for 招聘 and opens an entry; staff publish a typhoon warning, and the
// banner and the shelters appear on the station tab.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page

beforeAll(async () => {
  app = await openApp({ geolocation: { latitude: 31.2046, longitude: 121.4247 } })
  page = await app.context.newPage()
})
afterAll(() => app?.close())

async function speakAs(openid: string, role: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.locator(`.me-role-${role}`).first().waitFor({ timeout: 10_000 })
}
const text = (selector: string) => () =>
  page
    .locator(selector)
    .allInnerTexts()
    .then((t) => t.join('\n'))
    .catch(() => '')

test('a merchant searches the pack for 招聘 and opens an entry', async () => {
  await speakAs('demo-merchant', 'merchant')
  await page.goto(`${app.cloud.url}/#/features/services/pages/index/index`)
  await page.locator('.entry-resource-pack').click()
  await page.locator('.resource-category-hiring').waitFor({ timeout: 10_000 })

  await page.locator('.resource-search input').fill('招聘')
  await page.locator('.resource-search-button').click()
  const titles = await poll(text('.resource-row-title'), (t) => t.includes('街道总工会招聘对接'))
  expect(titles).toContain('街道总工会招聘对接')
  expect(await page.locator('.resource-row-res-hire-01 .resource-row-category').innerText()).toBe('人才招聘')

  await page.locator('.resource-row-res-hire-01').click()
  expect(await poll(text('.resource-detail-title'), (t) => t === '街道总工会招聘对接')).toBe('街道总工会招聘对接')
  expect(await page.locator('.resource-call').innerText()).toContain('021-62800301')
  expect(await page.locator('.resource-detail-updated').innerText()).toMatch(/\d{4}年\d+月\d+日 更新/)

  await page.locator('.favourite-button').click()
  expect(await poll(text('.favourite-button'), (t) => t.includes('已收藏'))).toContain('已收藏')
})

test('a typhoon notice published by staff shows a banner and shelters', async () => {
  await page.goto(`${app.cloud.url}/#/features/stations/pages/list/index`)
  // The privacy guide comes before the position is asked (once per browser).
  await page.locator('.privacy-agree').click({ timeout: 10_000 })
  await page.locator('.station-item').first().waitFor({ timeout: 15_000 })
  expect(await page.locator('.emergency-banner').count()).toBe(0)
  expect(await page.locator('.station-kind-shelter').count()).toBe(0)

  await speakAs('demo-staff', 'staff')
  await page.goto(`${app.cloud.url}/#/staff/notices/manage/index`)
  await page.locator('.notice-kind-emergency').click()
  await page.locator('.notice-title-input input').fill('台风“普拉桑”黄色预警')
  await page.locator('.notice-body-input textarea').fill('请商户收起门口招牌，骑手就近前往临时避难点。')
  await page.locator('.notice-publish').click()
  expect(await poll(text('.notice-manage-message'), (t) => t.length > 0)).toContain('已发布')

  await page.goto(`${app.cloud.url}/#/features/stations/pages/list/index`)
  expect(await poll(text('.emergency-banner'), (t) => t.includes('普拉桑'), 15_000)).toContain('台风“普拉桑”黄色预警')
  const shelters = await poll(
    () => page.locator('.station-kind-shelter').count(),
    (n) => n > 0,
    15_000,
  )
  expect(shelters).toBeGreaterThan(0)

  await page.locator('.emergency-banner__item').first().click()
  expect(await poll(text('.notice-detail-title'), (t) => t.includes('普拉桑'))).toContain('普拉桑')
})
