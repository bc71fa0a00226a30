// The street office makes a resident a grid worker from their ID code: nothing typed that the system knows.
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

async function actAs(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.waitForTimeout(500)
}
const textOf = (selector: string) => textOfIn(page, selector)

test('an admin pastes a resident’s ID code, grants staff, and the resident gets the 工作台', async () => {
  await actAs('demo-resident')
  await page.locator('.entry-my-idcode').click()
  const code = (await poll(textOf('.idcode-text'), (t) => t.startsWith('NXU1|'), 15_000)).trim()
  expect(code).toBe('NXU1|demo-resident')
  expect(await page.locator('.idcode-qr').count()).toBe(1)

  await actAs('demo-admin')
  await page.goto(`${app.cloud.url}/#/staff/users/roles/index`)
  await page.locator('.person-code-input textarea').fill(code)
  expect(await poll(textOf('.roles-person'), (t) => t.includes('演示居民'), 15_000)).toContain('未开通')
  await page.locator('.role-toggle-staff').click()
  expect(await poll(textOf('.role-switch-staff'), (t) => t.includes('已开通'), 15_000)).toContain('已开通')
  const [resident] = await app.cloud.store.find('users', { _id: 'demo-resident' })
  expect(resident.roles).toContain('staff')

  await actAs('demo-resident')
  expect(await poll(textOf('.staff-entry'), (t) => t.includes('工作台'), 15_000)).toContain('工作台')
})

test('the roles page is for admins only', async () => {
  await actAs('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/users/roles/index`)
  expect(await poll(textOf('.roles-forbidden'), (t) => t.includes('仅限街道管理员'), 15_000)).toContain('仅限街道管理员')
  expect(await page.locator('.person-code-input').count()).toBe(0)
})

test('staff hand a need to a colleague picked by name (转交), no openid typed', async () => {
  const submitted = await app.cloud.call('needs.submit', { category: 'other', description: '楼道灯坏了需要维修' }, 'demo-resident')
  if (!submitted.ok) throw new Error(submitted.error.message)
  await actAs('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/needs/detail/index?id=${encodeURIComponent(submitted.data.id)}`)
  await poll(textOf('.staff-picker'), (t) => t.includes('演示街道管理员'), 15_000)
  await page.locator('.staff-option-demo-admin').click()
  await page.locator('.need-assign').click()
  const assigned = await poll(
    async () => (await app.cloud.store.find('needs', { _id: submitted.data.id }))[0]?.assigneeOpenid,
    (v) => v === 'demo-admin',
    15_000,
  )
  expect(assigned).toBe('demo-admin')
})
