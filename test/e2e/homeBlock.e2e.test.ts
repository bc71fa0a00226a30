// Issue 16 in the browser: the 活动 list follows the resident's home block (another block's block-only event is not
// there, its street-open one is; with no home block everything shows, with a nudge to 我的街区), and a block's new
// grid shows by name on the staff screens — the shop list's filter, the shop's file, the dashboard — no code change.
import type { Page } from 'playwright-core'
import { openApp, switchIdentity, textOf as textOfIn, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const textOf = (selector: string) => textOfIn(page, selector)
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()
let n = 0
const rid = () => `re2ehomeblock${(n++).toString(36).padStart(4, '0')}`

async function blockTwoEvent(title: string, openToStreet: boolean) {
  await app.cloud.callOk(
    'events.create',
    {
      requestId: rid(),
      kind: 'market',
      title,
      description: '街区活动',
      organiser: '新华路第二街区党支部',
      place: { name: '定西路党群服务站', address: '定西路 1 号', lat: 31.2098, lng: 121.4365 },
      startAt: inDays(3),
      endAt: inDays(3.1),
      signupDeadline: inDays(2),
      capacity: 20,
      waitlistEnabled: true,
      audience: 'all',
      visibility: 'public',
      formFields: [],
      blockId: 'block-xinhua-2',
      openToStreet,
      publish: true,
    },
    'demo-admin',
  )
}

test("活动: a resident of 第一街区 sees 第二街区's street-open event but not its own; without a home block, all and a nudge", async () => {
  await blockTwoEvent('二街区专场', false)
  await blockTwoEvent('二街区面向全街道', true)
  await switchIdentity(page, app.cloud.url, 'demo-resident')
  await page.goto(`${app.cloud.url}/#/features/events/pages/list/index`)
  await page.locator('.event-card', { hasText: '二街区面向全街道' }).waitFor({ timeout: 15_000 })
  expect(await page.locator('.event-card', { hasText: '二街区专场' }).count()).toBe(0)
  expect(await page.locator('.home-block-nudge').count()).toBe(0)

  // The resident has not chosen a block (as before issue 16): every block's events, and the nudge.
  await app.cloud.store.update('users', { _id: 'demo-resident' }, { $unset: { homeBlockId: '', homeStreetId: '' } })
  await page.reload()
  await page.locator('.event-card', { hasText: '二街区专场' }).waitFor({ timeout: 15_000 })
  expect(await poll(textOf('.home-block-nudge'), (t) => t.length > 0)).toContain('还没有选择我的街区')
  await page.locator('.home-block-nudge').click()
  await page.locator('.home-block-page').waitFor({ timeout: 15_000 })
  expect(page.url()).toContain('/features/org/subpages/homeblock/index')
})

test("a block's fourth grid shows by name on the shop list filter, the shop's file and the dashboard", async () => {
  const block = await app.cloud.callOk(
    'org.saveBlock',
    {
      requestId: rid(),
      blockId: 'block-xinhua-1',
      streetId: 'street-xinhua',
      name: '新华路第一街区',
      branch: '新华路第一街区党支部',
      centre: { lat: 31.2046, lng: 121.4247 },
      grids: [{ gridId: 'grid-1', name: '第一网格' }, { gridId: 'grid-2', name: '第二网格' }, { gridId: 'grid-3', name: '第三网格' }, { name: '安化网格' }],
    },
    'demo-admin',
  )
  const gridId = block.grids[3].gridId
  const shop = await app.cloud.callOk(
    'shops.upsert',
    { requestId: rid(), shop: { name: '安化小店', address: '安化路 100 号', lat: 31.2049, lng: 121.4251, category: 'retail', grid: gridId, tags: [] } },
    'demo-staff',
  )
  await switchIdentity(page, app.cloud.url, 'demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/shops/list/index`)
  const chip = page.locator(`.shops-grid-${gridId}`)
  await chip.waitFor({ timeout: 15_000 })
  expect(await chip.innerText()).toBe('安化网格')
  await chip.click()
  const row = page.locator(`.shop-row-${shop.id}`)
  await row.waitFor({ timeout: 15_000 })
  expect(
    await poll(
      () => page.locator('.shop-row').count(),
      (c) => c === 1,
    ),
  ).toBe(1)
  expect(await row.innerText()).toContain('安化网格')

  await row.click()
  expect(await poll(textOf('.shop-file-grid'), (t) => t === '安化网格')).toBe('安化网格')

  await page.goto(`${app.cloud.url}/#/staff/dashboard/index/index`)
  expect(await poll(textOf('.coverage'), (t) => t.includes('安化网格'), 15_000)).toContain('安化网格 0/1')
})
