// A double tap counts once (issue 13). 报告问题 on a station: "提交 on a need (or 报告问题 on a station) shows no
// busy state until the consent prompt returns: two taps, two needs" — the consent step is held open on purpose:
// the control must be busy from the first tap, a second tap meanwhile does nothing, and one need is raised.
// 立即报名: "a double tap on 立即报名 opens 取消报名".
import type { Page, Route } from 'playwright-core'
import { eventFields, hoursFrom } from '../helpers/eventsFixture'
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

test('a double tap on 立即报名 signs up once and does not open 取消报名', async () => {
  const now = new Date()
  const fields = eventFields({ title: '双击报名测试', capacity: 5, startAt: hoursFrom(now, 48), endAt: hoursFrom(now, 50), signupDeadline: hoursFrom(now, 24) })
  const created = await app.cloud.call('events.create', { ...fields, publish: true }, 'demo-staff')
  if (!created.ok) throw new Error(created.error.message)
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await page.goto(`${app.cloud.url}/#/features/events/subpages/detail/index?id=${created.data.id}`)
  await page.locator('.signup-button').waitFor({ timeout: 15_000 })
  const box = await page.locator('.signup-button').boundingBox()
  await page.locator('.signup-button').dblclick()
  await page.locator('.my-signup-status-seated').waitFor({ timeout: 15_000 })
  // A late second tap on the spot where 立即报名 was (取消报名 may now be there): it must not open the cancel step.
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await page.waitForTimeout(800)
  expect(await page.locator('.confirm-cancel-button').count()).toBe(0)
  expect(await app.cloud.store.count('signups', { eventId: created.data.id, openid: 'demo-courier' })).toBe(1)
  expect((await app.cloud.store.find('signups', { _id: `${created.data.id}:demo-courier` }))[0].status).toBe('seated')
})
