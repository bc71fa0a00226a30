// A merchant raises a need; staff escalate and resolve it; the merchant reads the timeline and rates it;
// the dashboard counts it.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity, textOf as textOfIn } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

async function become(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.waitForTimeout(300)
}
const text = (selector: string) => textOfIn(page, selector)

test('a need goes from the merchant to staff and back, and the dashboard counts it', async () => {
  await become('demo-merchant')
  await page.goto(`${app.cloud.url}/#/features/needs/subpages/submit/index?shopId=shop-01`)
  await page.locator('.need-category-signboard').click()
  await page.locator('.need-description textarea').fill('台风要来了，店招有点松动')
  await page.locator('.need-submit-button').click()
  await page.locator('.need-step-submit').waitFor({ timeout: 15_000 })
  const needId = decodeURIComponent(/id=([^&]+)/.exec(page.url())?.[1] ?? '')
  expect(needId).not.toBe('')

  await become('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/needs/detail/index?id=${encodeURIComponent(needId)}`)
  await page.locator('.need-action-text textarea').fill('需要房东和城管一起到场')
  await page.locator('.need-escalate').click()
  expect(await poll(text('.need-level'), (t) => t.includes('联勤联动'))).toContain('联勤联动')
  await page.locator('.need-action-text textarea').fill('已联系房东加固店招')
  await page.locator('.need-resolve').click()
  expect(await poll(text('.need-status'), (t) => t.includes('已办结'))).toContain('已办结')

  await become('demo-merchant')
  await page.goto(`${app.cloud.url}/#/features/needs/subpages/detail/index?id=${encodeURIComponent(needId)}`)
  await page.locator('.need-step-resolve').waitFor({ timeout: 10_000 })
  expect(await page.locator('.need-step-escalate').innerText()).toContain('需要房东和城管一起到场')
  expect(await page.locator('.need-step-resolve').innerText()).toContain('已联系房东加固店招')
  // The rating starts with no star lit and cannot be sent until the person picks (no 5★ by default).
  expect(await page.locator('.need-rate-stars .nut-rate-item-icon:not(.nut-rate-item-icon-disabled)').count()).toBe(0)
  const rateButtonDisabled = () => page.locator('.need-rate-button').evaluate((el) => el.classList.contains('nut-button-disabled'))
  expect(await rateButtonDisabled()).toBe(true)
  const rateCalls: string[] = []
  page.on('request', (r) => r.url().endsWith('/fn/api') && r.postDataJSON()?.action === 'needs.rate' && rateCalls.push(r.postData() ?? ''))
  await page.locator('.need-rate-button').click({ force: true })
  await page.waitForTimeout(500)
  expect(rateCalls).toEqual([])
  await page.locator('.need-rate-stars .nut-rate-item').nth(3).click()
  expect(await rateButtonDisabled()).toBe(false)
  await page.locator('.need-rate-button').click()
  expect(await poll(text('.need-rating-given'), (t) => t.includes('4 星'))).toContain('4 星')
  expect(JSON.parse(rateCalls[0]).data).toMatchObject({ stars: 4 })

  await become('demo-staff')
  const dashboardCall = page.waitForRequest((r) => r.url().endsWith('/fn/api') && r.postDataJSON()?.action === 'dashboard.stats')
  await page.goto(`${app.cloud.url}/#/staff/dashboard/index/index`)
  const period = (await dashboardCall).postDataJSON().data as { from: string; to: string }
  const res = await app.cloud.call('dashboard.stats', period, 'demo-staff')
  if (!res.ok) throw new Error(res.error.message)
  const shown = await poll(text('.dashboard-needs-total'), (t) => t === String(res.data.needs.total))
  expect(Number(shown)).toBe(res.data.needs.total)
  expect(res.data.needs.byStatus.resolved).toBeGreaterThan(0)
  expect(await page.locator('.coverage .bar-row').count()).toBe(3)
})

test('a double tap on 提交 raises one need (busy from the tap, one request id per form)', async () => {
  await become('demo-courier')
  await page.goto(`${app.cloud.url}/#/features/needs/subpages/submit/index`)
  await page.locator('.need-category-other').click()
  await page.locator('.need-description textarea').fill('路口的灯坏了，晚上很黑')
  const before = await app.cloud.store.count('needs', { submitterOpenid: 'demo-courier' })
  await page.locator('.need-submit-button').dblclick()
  await page.locator('.need-step-submit').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  expect(await app.cloud.store.count('needs', { submitterOpenid: 'demo-courier' })).toBe(before + 1)
})

test('a level-3 need offers staff no 受理 / 答复 / 办结 (the street office handles it)', async () => {
  const [need] = await app.cloud.store.find('needs', { submitterOpenid: 'demo-courier' })
  await app.cloud.store.update('needs', { _id: need._id }, { $set: { level: 3 } })
  await become('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/needs/detail/index?id=${encodeURIComponent(need._id as string)}`)
  expect(await poll(text('.need-street-only'), (t) => t.includes('街道管理员'))).toContain('由街道管理员处理')
  expect(await page.locator('.need-accept, .need-reply, .need-resolve').count()).toBe(0)
})

test('the description takes 500 characters as a person counts them: 4-byte characters are one each, never cut in half', async () => {
  await become('demo-merchant')
  await page.goto(`${app.cloud.url}/#/features/needs/subpages/submit/index?shopId=shop-01`)
  const box = page.locator('.need-description textarea')
  await box.waitFor({ timeout: 15_000 })
  // 501 characters of two UTF-16 units each: NutUI's own limit (UTF-16 units) would have kept 250 of them.
  await box.fill('𠀀'.repeat(501))
  const kept = await poll(
    () => box.inputValue(),
    (v) => [...v].length === 500,
  )
  expect([...kept]).toHaveLength(500)
  expect(kept).toBe('𠀀'.repeat(500))
  expect(await text('.nx-text-count')()).toBe('500/500')
})
