// The claim form shows the shop's existing claim (issue 13: "An existing claim is shown and edited, never silently
// kept"): a pending pledge is prefilled and edited through the server; a reviewed one is shown with its pledge and
// offers no submit (the server would refuse it).
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity, textOf as textOfIn } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

const NOON = new Date('2026-11-27T12:00:00+08:00')
// Seeded claims of shop-01 (demo-merchant's shop): seed/projects.ts.
const PENDING_PLEDGE = '入冬后备 30 条围巾，放在店门口自取'
const ACTIVE_PLEDGE = '每天 14:00–17:00 为骑手准备 10 杯美式咖啡'
const NEW_PLEDGE = '入冬后备 50 条围巾和 20 副手套'

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(NOON)
  page = await app.context.newPage()
  await switchIdentity(page, app.cloud.url, 'demo-merchant')
})
afterAll(() => app?.close())

const text = (selector: string) => textOfIn(page, selector)
const detail = (projectId: string) => `${app.cloud.url}/#/features/projects/subpages/detail/index?id=${projectId}`

test('a pending claim is shown with its pledge, prefilled, and 修改承诺 stores the new pledge', async () => {
  await page.goto(detail('proj-scarf'))
  expect(await poll(text('.claim-existing-commitment'), (t) => t.includes(PENDING_PLEDGE), 15_000)).toContain(PENDING_PLEDGE)
  expect(await text('.claim-existing .claim-status')()).toContain('待审核')
  expect(await page.locator('.claim-commitment textarea').inputValue()).toBe(PENDING_PLEDGE)
  expect(await text('.claim-submit')()).toContain('修改承诺')

  await page.locator('.claim-commitment textarea').fill(NEW_PLEDGE)
  await page.locator('.claim-submit').click()
  expect(await poll(text('.claim-existing-commitment'), (t) => t.includes(NEW_PLEDGE), 15_000)).toContain(NEW_PLEDGE)
  const [claim] = await app.cloud.store.find('projectClaims', { _id: 'proj-scarf:shop-01' })
  expect(claim).toMatchObject({ status: 'pending', commitment: NEW_PLEDGE })
})

test('a claim already reviewed is shown with its pledge and offers no submit', async () => {
  await page.goto(detail('proj-coffee'))
  expect(await poll(text('.claim-existing-commitment'), (t) => t.includes(ACTIVE_PLEDGE), 15_000)).toContain(ACTIVE_PLEDGE)
  expect(await text('.claim-existing-note')()).toContain('联系网格员')
  expect(await page.locator('.claim-submit').count()).toBe(0)
})

test('a project the shop has not claimed offers the empty form', async () => {
  await page.goto(detail('proj-firstaid'))
  expect(await poll(text('.claim-submit'), (t) => t.includes('提交认领'), 15_000)).toContain('提交认领')
  expect(await page.locator('.claim-existing').count()).toBe(0)
})
