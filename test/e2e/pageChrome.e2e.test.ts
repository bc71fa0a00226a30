// Every page on h5 has its title and a way back (Taro's h5 navigation bar), and every staff page checks the role
// itself: someone who is not staff sees 仅限… and the page asks the cloud for nothing but who they are.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import appConfig, { ALL_PAGES } from '../helpers/appConfig'
import { openApp, switchIdentity, type AppUnderTest } from './browser'

jest.setTimeout(300_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
  await switchIdentity(page, app.cloud.url, 'demo-resident')
})
afterAll(() => app?.close())

const SRC = join(__dirname, '..', '..', 'src')
const titleOf = (route: string) => /navigationBarTitleText:\s*'([^']+)'/.exec(readFileSync(join(SRC, `${route}.config.ts`), 'utf8'))?.[1]
const TABS = new Set((appConfig.tabBar?.list ?? []).map((tab) => tab.pagePath))

/** Opens a page as a newcomer would from a link (a fresh load, so Taro rebuilds its page stack). */
async function open(route: string): Promise<string[]> {
  const actions: string[] = []
  const record = (request: { url(): string; postDataJSON(): unknown }) => {
    if (request.url().endsWith('/fn/api')) actions.push(String((request.postDataJSON() as { action?: string })?.action))
  }
  page.on('request', record)
  await page.goto(`${app.cloud.url}/#/${route}`)
  await page.reload()
  await page.waitForTimeout(800)
  page.off('request', record)
  return actions
}

it.each(ALL_PAGES)('%s shows its title and a way back', async (route) => {
  const title = titleOf(route)
  expect(title).toBeTruthy()
  await open(route)
  const bar = page.locator('.taro-navigation-bar-show')
  await bar.waitFor({ timeout: 15_000 })
  const shown = await page.locator('.taro-navigation-bar-title').innerText()
  // A page that names itself (新增商户 vs 编辑商户, a category's name) may replace the configured title.
  const retitles = readFileSync(join(SRC, `${route}.tsx`), 'utf8').includes('setNavigationBarTitle')
  if (retitles) expect(shown.trim()).not.toBe('')
  else expect(shown).toBe(title)
  // The whole title is readable, not cut to "工作牌…".
  expect(await page.locator('.taro-navigation-bar-title').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  const classes = (await bar.getAttribute('class')) ?? ''
  if (TABS.has(route)) return // tab pages are reached by the tab bar
  expect(classes).toMatch(/taro-navigation-bar-(back|home)-icon/)
})

it.each(ALL_PAGES.filter((route) => route.startsWith('staff/')))('%s refuses a resident by itself', async (route) => {
  const actions = await open(route)
  await page.getByText(/仅限(网格员和)?街道管理员/).first().waitFor({ timeout: 15_000 })
  expect(actions.filter((action) => action !== 'users.me')).toEqual([])
})
