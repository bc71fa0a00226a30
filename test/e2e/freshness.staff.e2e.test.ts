// After a staff write, every screen showing what it changed is fresh without a reload (issue 15): each test opens the
// screen that shows the data first (so its answer is cached), writes on another screen (navigating, not reloading),
// comes back and finds the new value. Stations, visits, shops, notices, org — one browser and cloud for the file.
import type { Page } from 'playwright-core'
import { closedAfterSave, openApp, switchIdentity, textOf as textOfIn, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(150_000)

/** Friday 2026-11-27 12:00 in Shanghai. */
const NOON = new Date('2026-11-27T12:00:00+08:00')

let app: AppUnderTest
let page: Page
const textOf = (selector: string) => textOfIn(page, selector)
const url = (path: string) => `${app.cloud.url}/#/${path}`
/** Every page load in the test, so "no reload" is checked, not assumed. */
let loads = 0

beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(NOON)
  page = await app.context.newPage()
  page.on('load', () => loads++)
})
afterAll(() => app?.close())

/** Switching identity reloads the app (a new person on the device); the test's own navigation never does. */
async function actAs(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.waitForTimeout(300)
  loads = 0
}

test('staff suspend a station: its detail page, opened before, shows 暂停开放 on the way back; so does the rider’s', async () => {
  await actAs('demo-staff')
  await page.goto(url('features/stations/pages/detail/index?id=st-xinhua-01'))
  expect(await poll(textOf('.station-detail-status'), (t) => t.length > 0, 15_000)).not.toBe('暂停开放')

  await page.goto(url('staff/stations/edit/index?id=st-xinhua-01'))
  await page.locator('.station-suspend-reason input').fill('屋顶漏水维修')
  await page.locator('.station-suspend-until input').fill('2026-12-05')
  await page.locator('.station-suspend').click()
  await poll(textOf('.station-closure'), (t) => t.includes('屋顶漏水维修'), 15_000)

  await page.goBack()
  expect(await poll(textOf('.station-detail-status'), (t) => t === '暂停开放', 15_000)).toBe('暂停开放')
  expect(await poll(textOf('.station-detail-opening'), (t) => t.includes('屋顶漏水维修'))).toBe('屋顶漏水维修，预计 12月5日 恢复')
  expect(loads).toBe(0)

  // The rider, on their own phone (here: the same browser after a switch), sees it too.
  await actAs('demo-courier')
  await page.goto(url('features/stations/pages/detail/index?id=st-xinhua-01'))
  expect(await poll(textOf('.station-detail-status'), (t) => t.length > 0, 15_000)).toBe('暂停开放')
})

test('staff log a visit: the shop’s file, opened before, lists it when the log page goes back', async () => {
  await actAs('demo-staff')
  await page.goto(url('staff/shops/detail/index?id=shop-02'))
  await page.locator('.shop-file-name').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  const before = await page.locator('.shop-visit').count()

  await page.locator('.shop-log-visit').click()
  await page.locator('.visit-party-none').click()
  await page.locator('.visit-childcare-notNeeded').click()
  await page.locator('.visit-difficulty-none').click()
  await page.locator('.visit-notes textarea').fill('送去台风防范提示')
  await page.locator('.visit-save').click()
  await closedAfterSave(page, '.visit-form')

  expect(
    await poll(
      () => page.locator('.shop-visit').count(),
      (n) => n === before + 1,
      15_000,
    ),
  ).toBe(before + 1)
  expect(await page.locator('.shop-visit').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('送去台风防范提示')]))
  expect(loads).toBe(0)
})

test('staff log a visit: 工作看板, opened before, counts it on the way back', async () => {
  await actAs('demo-staff')
  const dashboardCall = page.waitForRequest((r) => r.url().endsWith('/fn/api') && r.postDataJSON()?.action === 'dashboard.stats')
  await page.goto(url('staff/dashboard/index/index'))
  const period = (await dashboardCall).postDataJSON().data as { from: string; to: string }
  const visitsShown = () => textOfIn(page, '.dashboard .nx-section-title:has-text("走访覆盖")')().then((t) => /共 (\d+) 次/.exec(t)?.[1] ?? '')
  const before = Number(await poll(visitsShown, (t) => t !== '', 15_000))

  await page.goto(url('staff/shops/detail/index?id=shop-03'))
  await page.locator('.shop-log-visit').click()
  await page.locator('.visit-party-unknown').click()
  await page.locator('.visit-childcare-notNeeded').click()
  await page.locator('.visit-difficulty-none').click()
  await page.locator('.visit-save').click()
  await closedAfterSave(page, '.visit-form')
  // The log page goes back by itself to the shop's file; back from that is the dashboard.
  await page.locator('.shop-file-name').waitFor({ timeout: 15_000 })
  await page.goBack()

  const res = await app.cloud.call('dashboard.stats', period, 'demo-staff')
  if (!res.ok) throw new Error(res.error.message)
  expect(res.data.totals.visits).toBe(before + 1) // the write landed; the screen must catch up
  expect(Number(await poll(visitsShown, (t) => t === String(before + 1), 15_000))).toBe(before + 1)
  expect(loads).toBe(0)
})

test('staff rename a shop: the shop list and the shop’s file, opened before, show the new name', async () => {
  await actAs('demo-staff')
  await page.goto(url('staff/shops/list/index'))
  await page.locator('.shop-row-shop-04').waitFor({ timeout: 15_000 })
  expect(await textOf('.shop-row-shop-04')()).not.toContain('弄堂花店（新址）')

  await page.locator('.shop-row-shop-04').click()
  await page.locator('.shop-file-name').waitFor({ timeout: 15_000 })
  await page.locator('.shop-edit').click()
  const name = page.locator('.shop-edit-name input')
  await name.waitFor({ timeout: 15_000 })
  await name.fill('弄堂花店（新址）')
  await page.locator('.shop-edit-save').click()
  await closedAfterSave(page, '.shop-edit-page')

  expect(await poll(textOf('.shop-file-name'), (t) => t === '弄堂花店（新址）', 15_000)).toBe('弄堂花店（新址）')
  await page.goBack()
  expect(await poll(textOf('.shop-row-shop-04'), (t) => t.includes('弄堂花店（新址）'), 15_000)).toContain('弄堂花店（新址）')
  expect(loads).toBe(0)
})

test('staff publish an emergency: the notices list and the home banner, opened before, show it', async () => {
  await actAs('demo-staff')
  const TITLE = '寒潮蓝色预警：驿站延长开放'
  await page.goto(url('features/notices/subpages/list/index'))
  await page.locator('.notice-list-page').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  expect(await textOf('.notice-list-page')()).not.toContain(TITLE)

  await page.goto(url('staff/notices/manage/index'))
  await page.locator('.notice-kind-emergency').click()
  await page.locator('.notice-title-input input').fill(TITLE)
  await page.locator('.notice-body-input textarea').fill('请骑手就近到驿站取暖')
  await page.locator('.notice-publish').click()
  expect(await poll(textOf('.notice-manage-message'), (t) => t.length > 0, 15_000)).toBe('已发布')

  await page.goBack()
  expect(await poll(textOf('.notice-list-page'), (t) => t.includes(TITLE), 15_000)).toContain(TITLE)
  // The banner of the tab page under the stack (服务), opened when the app started, shows it as well.
  await page.goBack()
  expect(
    await poll(
      () => page.locator('.emergency-banner-text').allInnerTexts(),
      (t) => t.some((x) => x.includes(TITLE)),
      15_000,
    ),
  ).toEqual(expect.arrayContaining([expect.stringContaining(TITLE)]))
  expect(loads).toBe(0)
})

/** A city admin works in several blocks, so the pickers name each grid with its block. */
const NEW_GRID = '新华路第一街区 · 番禺路网格'

test('an admin adds a grid to a block: the shop edit grid picker and the shop list filter, opened before, offer it', async () => {
  await actAs('demo-admin')
  const listChips = () => page.locator('.staff-chip[class*="shops-grid-"]').allInnerTexts()
  await page.goto(url('staff/shops/list/index'))
  await page.locator('.shops-grid-grid-1').waitFor({ timeout: 15_000 })
  const listBefore = await listChips()
  expect(listBefore).not.toContain(NEW_GRID)

  await page.goto(url('staff/shops/edit/index?id=shop-01'))
  await page.locator('.shop-edit-grid-grid-1').waitFor({ timeout: 15_000 })
  const before = await page.locator('.staff-chip[class*="shop-edit-grid-"]').allInnerTexts()
  expect(before).not.toContain('番禺路网格')

  await page.goto(url('staff/org/manage/index'))
  await page.locator('.org-block-block-xinhua-1 .org-block-edit').click()
  const form = page.locator('.org-block-form')
  await form.locator('.org-grid-name').first().waitFor({ timeout: 15_000 })
  const gridsOfBlock = await form.locator('.org-grid-name').count()
  await form.locator('.org-grid-add').click()
  await form.locator(`.org-grid-name-${gridsOfBlock + 1} input`).fill('番禺路网格')
  await form.locator('.org-block-save').click()
  expect(await poll(textOf('.org-block-block-xinhua-1 .org-block-grids'), (t) => t.includes('番禺路网格'), 15_000)).toContain('番禺路网格')

  await page.goBack()
  const after = await poll(
    () => page.locator('.staff-chip[class*="shop-edit-grid-"]').allInnerTexts(),
    (t) => t.includes(NEW_GRID),
    15_000,
  )
  expect([...after].sort()).toEqual([...before, NEW_GRID].sort())
  // The shop list's grid filter, further back, offers it too.
  await page.goBack()
  const listAfter = await poll(listChips, (t) => t.includes(NEW_GRID), 15_000)
  expect([...listAfter].sort()).toEqual([...listBefore, NEW_GRID].sort())
  expect(loads).toBe(0)
})

/** An admin issues a badge on 工作牌管理 (the person code pasted, as on h5 there is no camera). */
async function issueBadge(holder: string, name: string, title: string) {
  await page.goto(url('staff/badges/manage/index'))
  const form = page.locator('.notice-form')
  await form.locator('.person-code-input textarea').fill(`NXU1|${holder}`)
  await form.locator('input[placeholder="姓名"]').fill(name)
  await form.locator('input[placeholder^="职务"]').fill(title)
  await form.locator('.nx-big-button', { hasText: '发放' }).click()
  expect(await poll(textOf('.notice-manage-message'), (t) => t.length > 0, 15_000)).toBe('已发放')
}

test('an admin reissues their own badge: 我的工作牌, opened before, shows the new one on the way back', async () => {
  await actAs('demo-admin')
  await page.goto(url('features/badges/subpages/mine/index'))
  expect(await poll(textOf('.my-badge-page'), (t) => t.includes('街区党支部书记'), 15_000)).not.toContain('街道工作专班')

  await issueBadge('demo-admin', '陈建国', '街道工作专班')
  await page.goBack()
  expect(await poll(textOf('.my-badge-page'), (t) => t.includes('街道工作专班'), 15_000)).toContain('街道工作专班')
  expect(loads).toBe(0)
})

test('an admin issues a staff member a new badge: their 我的工作牌, kept on their phone, shows it', async () => {
  await actAs('demo-staff')
  await page.goto(url('features/badges/subpages/mine/index'))
  expect(await poll(textOf('.my-badge-page'), (t) => t.includes('第一网格网格员'), 15_000)).not.toContain('第一网格网格长')

  await actAs('demo-admin')
  await issueBadge('demo-staff', '王晓梅', '第一网格网格长')

  await actAs('demo-staff')
  await page.goto(url('features/badges/subpages/mine/index'))
  expect(await poll(textOf('.my-badge-page'), (t) => t.includes('第一网格网格长'), 15_000)).toContain('第一网格网格长')
})
