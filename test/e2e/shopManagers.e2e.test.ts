// Staff attach a resident as a shop's manager from the shop file (by their ID code): the resident becomes a merchant
// and sees the shop under 我的认领. Staff then detach them: the shop keeps them as a past manager.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity, textOf as textOfIn } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

const SHOP = 'shop-02'
let app: AppUnderTest
let page: Page
let shopName: string

beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
  shopName = (await app.cloud.store.find('shops', { _id: SHOP }))[0].name as string
})
afterAll(() => app?.close())

async function actAs(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.waitForTimeout(500)
}
const textOf = (selector: string) => textOfIn(page, selector)

async function openShopFile() {
  await page.goto(`${app.cloud.url}/#/staff/pages/home/index`)
  await page.locator('.entry-staff-shops').click()
  await page.locator(`.shop-row-${SHOP}`).click()
  await poll(textOf('.shop-file-name'), (t) => t === shopName, 15_000)
}

test('staff attach a resident by ID code; the resident runs the shop; staff detach them and they become past', async () => {
  await actAs('demo-resident')
  await page.locator('.entry-my-idcode').click()
  const code = (await poll(textOf('.idcode-text'), (t) => t.startsWith('NXU1|'), 15_000)).trim()

  await actAs('demo-staff')
  await openShopFile()
  expect(await textOf('.shop-managers')()).toContain('暂无负责人')
  await page.locator('.shop-manager-attach').click()
  await page.locator('.person-code-input textarea').fill(code)
  await poll(textOf('.person-code__chosen'), (t) => t.includes('demo-resident'), 15_000)
  await page.locator('.shop-manager-attach-confirm').click()
  expect(await poll(textOf('.shop-manager-demo-resident'), (t) => t.includes('演示居民'), 15_000)).toContain('起')

  await actAs('demo-resident')
  expect(await poll(textOf('.me-roles'), (t) => t.includes('商户'), 15_000)).toContain('商户')
  await page.locator('.entry-my-claims').click()
  expect(await poll(textOf('.intent-form'), (t) => t.includes(shopName), 15_000)).toContain(shopName)

  await actAs('demo-staff')
  await openShopFile()
  await page.locator('.shop-manager-detach-demo-resident').click()
  await page.locator('.taro-model__confirm').click()
  expect(await poll(textOf('.shop-past-manager'), (t) => t.includes('演示居民'), 15_000)).toContain('演示居民')
  expect(await page.locator('.shop-manager-demo-resident').count()).toBe(0)
  const [resident] = await app.cloud.store.find('users', { _id: 'demo-resident' })
  expect(resident.roles).not.toContain('merchant')
})
