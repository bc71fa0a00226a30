// A resident signs up for an event, finds it in "我的活动", cancels; a staff member sees the roster.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(90_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const MARKET = 'ev-demo-market'
const text = (selector: string) => () => page.locator(selector).allInnerTexts().then((t) => t.join('\n'), () => '')

async function speakAs(openid: string) {
  await page.goto(`${app.cloud.url}/#/features/me/pages/index/index`)
  await page.locator(`.identity-option-${openid}`).click()
  await page.locator('.me-name').first().waitFor({ timeout: 10_000 })
}

test('a resident signs up, sees it in my events, and cancels', async () => {
  await speakAs('demo-resident')
  await page.goto(`${app.cloud.url}/#/features/events/pages/list/index`)
  const card = page.locator('.event-card', { hasText: '便民超市·周末惠民集市' })
  await card.waitFor({ timeout: 15_000 })
  expect(await card.locator('.seats-text').innerText()).toContain('剩余 2 / 40')
  // Merchant-only and QR-only events are not offered to a resident.
  expect(await page.locator('.event-card', { hasText: '创业工坊' }).count()).toBe(0)
  expect(await page.locator('.event-card', { hasText: '幸福加油站' }).count()).toBe(0)

  await card.click()
  await page.locator('.signup-button').click()
  await page.locator('.my-signup-status-seated').waitFor({ timeout: 10_000 })
  expect(await page.locator('.qr-code').count()).toBe(1)
  const stored = await app.cloud.store.find('signups', { _id: `${MARKET}:demo-resident` })
  expect(stored[0].status).toBe('seated')

  await page.goto(`${app.cloud.url}/#/features/events/subpages/mine/index`)
  expect(await poll(text('.my-event-seated .my-event-title'), (t) => t.includes('便民超市·周末惠民集市'))).toContain('便民超市·周末惠民集市')
  await page.locator('.my-event-seated', { hasText: '便民超市' }).click()
  await page.locator('.cancel-signup-button').click()
  await page.locator('.confirm-cancel-button').click()
  await page.locator('.signup-button').waitFor({ timeout: 10_000 })
  expect((await app.cloud.store.find('signups', { _id: `${MARKET}:demo-resident` }))[0].status).toBe('cancelled')
  expect((await app.cloud.store.find('events', { _id: MARKET }))[0].seatsTaken).toBe(38)

  await page.goto(`${app.cloud.url}/#/features/events/subpages/mine/index`)
  expect(await poll(text('.my-event-cancelled .my-event-status'), (t) => t.includes('已取消'))).toContain('已取消')
})

test('a staff member sees the roster with masked names and the waitlist', async () => {
  await speakAs('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/events/roster/index?id=ev-demo-walk-renwen`)
  expect(await poll(text('.roster-counts'), (t) => t.includes('已报名 30/30'))).toContain('候补 3')
  expect(await page.locator('.roster-row').count()).toBe(33)
  expect(await page.locator('.roster-row-waitlisted').count()).toBe(3)
  const first = await page.locator('.roster-row').first().innerText()
  expect(first).toMatch(/\*\*\*\*/) // the phone is masked
  expect(first).not.toMatch(/1\d{10}/)
})
