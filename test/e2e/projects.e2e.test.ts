// A merchant claims a project, staff approve it, and the shop shows on the 好店家 wall and on a nearby station's page.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

const NOON = new Date('2026-11-27T12:00:00+08:00')
const COMMITMENT = '门口爱心伞架 15 把伞，雨天随借随还'

let app: AppUnderTest
let page: Page

beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(NOON)
  page = await app.context.newPage()
})
afterAll(() => app?.close())

async function actAs(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.waitForTimeout(500)
}
const textOf = (selector: string) => () =>
  page
    .locator(selector)
    .innerText()
    .catch(() => '')

test('a merchant claims, staff approve, the shop appears on the wall and near the station', async () => {
  await actAs('demo-merchant')
  await page.goto(`${app.cloud.url}/#/features/projects/subpages/detail/index?id=proj-umbrella`)
  await page.locator('.claim-commitment textarea').fill(COMMITMENT)
  await page.locator('.claim-submit').click()
  expect(await poll(textOf('.my-claim-proj-umbrella'), (t) => t.includes('待审核'), 15_000)).toContain('待审核')

  await actAs('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/projects/review/index`)
  const card = page.locator('.review-claim-proj-umbrella-shop-01')
  await card.locator('.review-approve').click()
  // 通过 asks first and says who is told; nothing changes until it is confirmed.
  expect(await poll(textOf('.taro-modal__content'), (t) => t.includes('店家会在'), 15_000)).toContain('一把雨伞')
  await page.locator('.taro-model__confirm').click()
  expect(
    await poll(
      () => card.innerText().catch(() => ''),
      (t) => t.includes('已通过'),
      15_000,
    ),
  ).toContain('已通过')
  const [claim] = await app.cloud.store.find('projectClaims', { _id: 'proj-umbrella:shop-01' })
  expect(claim.status).toBe('approved')

  await actAs('demo-courier')
  await page.goto(`${app.cloud.url}/#/features/projects/subpages/wall/index`)
  expect(await poll(textOf('.wall-shop-shop-01'), (t) => t.includes(COMMITMENT), 15_000)).toContain('一把雨伞')

  await page.goto(`${app.cloud.url}/#/features/stations/pages/detail/index?id=st-xinhua-01`)
  expect(await poll(textOf('.perks-near .wall-shop-shop-01'), (t) => t.includes(COMMITMENT), 15_000)).toContain('新华咖啡')
})
