// 报告问题 on a station (issue 13: "提交 on a need (or 报告问题 on a station) shows no busy state until the
// consent prompt returns: two taps, two needs"). The consent step is held open on purpose: the control must be
// busy from the first tap, a second tap meanwhile does nothing, and one need is raised.
import type { Page, Route } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
  await switchIdentity(page, app.cloud.url, 'demo-courier')
})
afterAll(() => app?.close())

test('the station’s 报告问题 form is busy from the first tap until the consent prompt returns; a double tap raises one need', async () => {
  await page.goto(`${app.cloud.url}/#/features/stations/pages/detail/index?id=st-xinhua-01`)
  await page.locator('.report-station-problem').click()
  await page.locator('.need-description textarea').waitFor({ timeout: 15_000 })
  await page.locator('.need-description textarea').fill('饮水机坏了，没有热水')

  // Hold the consent step (on h5 the local cloud stands in for WeChat's prompt) until the test lets it go.
  let release: () => void = () => undefined
  const consentAsked = new Promise<void>((asked) => {
    void page.route('**/_local/subscriptions', async (route: Route) => {
      asked()
      await new Promise<void>((go) => (release = go))
      await route.continue()
    })
  })
  const raised = () => app.cloud.store.count('needs', { submitterOpenid: 'demo-courier', stationId: 'st-xinhua-01' })
  const before = await raised()
  const submitCalls: string[] = []
  page.on('request', (r) => r.url().endsWith('/fn/api') && r.postDataJSON()?.action === 'needs.submit' && submitCalls.push(r.postData() ?? ''))

  await page.locator('.need-submit-button').click()
  await consentAsked
  // The prompt is still open: the button already shows busy, and a second tap sends nothing.
  expect(await page.locator('.need-submit-button').evaluate((el) => el.classList.contains('nut-button-loading'))).toBe(true)
  await page.locator('.need-submit-button').click({ force: true })
  await page.waitForTimeout(300)
  expect(submitCalls).toEqual([])
  release()

  await page.locator('.need-step-submit').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  expect(submitCalls.length).toBe(1)
  expect(await poll(raised, (n) => n === before + 1)).toBe(before + 1)
})
