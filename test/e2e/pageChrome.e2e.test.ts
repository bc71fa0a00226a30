// Every page on h5 has its title and a way back (Taro's h5 navigation bar), and every staff page checks the role
// itself: someone who is not staff sees 仅限… and none of the page. A staff page asks for its data while `users.me`
// is on its way (issue 17: no waiting for the roles first), so the cloud refuses whatever a resident may not have.
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

interface Answered {
  action: string
  ok: boolean
  code?: string
}

/** Opens a page as a newcomer would from a link (a fresh load, so Taro rebuilds its page stack); answers its api calls. */
async function open(route: string): Promise<Answered[]> {
  const answers: Promise<Answered>[] = []
  const record = (response: { url(): string; request(): { postDataJSON(): unknown }; json(): Promise<unknown> }) => {
    if (!response.url().endsWith('/fn/api')) return
    const action = String((response.request().postDataJSON() as { action?: string })?.action)
    answers.push(
      response.json().then(
        (body) => ({ action, ok: (body as { ok?: boolean }).ok === true, code: (body as { error?: { code?: string } }).error?.code }),
        () => ({ action, ok: false, code: 'UNREADABLE' }),
      ),
    )
  }
  page.on('response', record)
  await page.goto(`${app.cloud.url}/#/${route}`)
  await page.reload()
  await page.waitForTimeout(800)
  page.off('response', record)
  return Promise.all(answers)
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
  const answers = await open(route)
  await page
    .getByText(/仅限(网格员和)?街道管理员/)
    .first()
    .waitFor({ timeout: 15_000 })
  // None of the page stays mounted, and what it asked for was either refused or open to anyone (a public list).
  expect(await page.locator('.staff-gate__page').count()).toBe(0)
  expect(answers.filter((a) => !a.ok && a.code !== 'FORBIDDEN')).toEqual([])
})
