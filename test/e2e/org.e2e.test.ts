// Issue 16 end to end in the browser: a street admin of 新华路街道 sees its three blocks (and not 友谊路's) on
// 街道看板; they create a fourth block with five grids in 组织架构, and the same day a shop is registered in its
// fifth grid and visited from 商户走访 — no code change, the grids are data.
import type { Page } from 'playwright-core'
import { closedAfterSave, openApp, switchIdentity, textOf as textOfIn, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(180_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  // demo-admin becomes the admin of 新华路街道 (the seed makes them the city admin).
  await app.cloud.store.update('users', { _id: 'demo-admin' }, { $set: { scope: { level: 'street', streetIds: ['street-xinhua'] } } })
  page = await app.context.newPage()
  await switchIdentity(page, app.cloud.url, 'demo-admin')
})
afterAll(() => app?.close())

const textOf = (selector: string) => textOfIn(page, selector)

test('a street admin sees the three blocks of their street on 街道看板, and their sum', async () => {
  await page.goto(`${app.cloud.url}/#/staff/pages/home/index`)
  expect(await poll(textOf('.staff-scope-text'), (t) => t.includes('新华路街道'))).toBe('工作范围：新华路街道')
  await page.locator('.entry-staff-org-dashboard').click()
  const names = () => page.locator('.org-dash-block-name').allInnerTexts()
  expect(await poll(names, (n) => n.length === 3, 15_000)).toEqual(['新华路第一街区', '新华路第二街区', '新华路第三街区'])
  expect(await page.locator('.org-dash-street').count()).toBe(1)
  expect(await textOf('.org-dash-street')()).not.toContain('友谊路')
  // The seed's shops are all in the first block: the street's total equals it.
  const first = await textOf('.org-dash-block-block-xinhua-1 .org-figures')()
  expect(first).toContain(`/${await app.cloud.store.count('shops', { blockId: 'block-xinhua-1' })} 家`)
  expect(await textOf('.org-dash-street-figures')()).toContain(first.split('\n')[0])
})

test('a new block with five grids, made in the app, takes a shop in grid 5 and its visit the same day', async () => {
  await page.goto(`${app.cloud.url}/#/staff/pages/home/index`)
  await page.locator('.entry-staff-org').click()
  await page.locator('.org-street-street-xinhua .org-block-new').click()
  const form = page.locator('.org-block-form')
  await form.locator('.org-block-name input').fill('新华路第四街区')
  await form.locator('.org-block-branch input').fill('新华路第四街区党支部')
  await form.locator('.org-block-centre-lat input').fill('31.2120')
  await form.locator('.org-block-centre-lng input').fill('121.4150')
  for (let i = 0; i < 4; i++) await form.locator('.org-grid-add').click()
  const names = ['法华网格', '幸福网格', '凯旋网格', '安化网格', '第五网格']
  for (const [i, name] of names.entries()) await form.locator(`.org-grid-name-${i + 1} input`).fill(name)
  await form.locator('.org-block-save').click()
  expect(
    await poll(
      () => page.locator('.org-street-street-xinhua .org-block-title').allInnerTexts(),
      (t) => t.length === 4,
      15_000,
    ),
  ).toContain('新华路第四街区 · 新华路第四街区党支部')

  const [block] = await app.cloud.store.find('blocks', { name: '新华路第四街区' })
  expect(block).toMatchObject({ streetId: 'street-xinhua', branch: '新华路第四街区党支部', centre: { lat: 31.212, lng: 121.415 } })
  const grids = await app.cloud.store.find('grids', { blockId: block._id }, { sort: { order: 1 } })
  expect(grids.map((g) => g.name)).toEqual(names)
  const fifth = String(grids[4]._id)

  // 商户名录 → 新增: the new block's fifth grid is a chip like any other.
  await page.goto(`${app.cloud.url}/#/staff/shops/edit/index`)
  await page.locator('.shop-edit-name input').fill('第五网格小店')
  await page.locator('.shop-edit-address input').fill('凯旋路 1300 号')
  await page.locator('.shop-edit-category-retail').click()
  await page.locator(`.shop-edit-grid-${fifth}`).click()
  await page.locator('.shop-edit-save').click()
  await closedAfterSave(page, '.shop-edit-page')
  const shop = await poll(
    async () => (await app.cloud.store.find('shops', { name: '第五网格小店' }))[0],
    (s) => !!s,
    15_000,
  )
  expect(shop).toMatchObject({ grid: fifth, blockId: block._id, streetId: 'street-xinhua' })

  // 商户走访: pick the fifth grid, the shop is due, record the visit with the 服务三问.
  await page.goto(`${app.cloud.url}/#/staff/pages/home/index`)
  await page.reload()
  await page.locator('.entry-staff-visits').click()
  await page.locator(`.visit-grid-${fifth}`).click()
  await page.locator(`.visit-round-row-${shop._id}`).waitFor({ timeout: 15_000 })
  await page.locator(`.visit-round-row-${shop._id} .visit-round-log`).click()
  expect(await poll(textOf('.visit-shop-name'), (t) => t === '第五网格小店')).toBe('第五网格小店')
  await page.locator('.visit-party-none').click()
  await page.locator('.visit-childcare-notNeeded').click()
  await page.locator('.visit-difficulty-none').click()
  await page.locator('.visit-save').click()
  await closedAfterSave(page, '.visit-form')
  const visit = await poll(
    async () => (await app.cloud.store.find('visits', { shopId: shop._id }))[0],
    (v) => !!v,
    15_000,
  )
  expect(visit).toMatchObject({ grid: fifth, blockId: block._id, streetId: 'street-xinhua', staffOpenid: 'demo-admin' })
})
