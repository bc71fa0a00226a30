// Headless Chromium (the npm one, see test/helpers/chromium.ts) driven by playwright-core, against the h5 build
// served by a real local cloud.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { launchChromium } from '../helpers/chromium'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const H5_DIR = join(__dirname, '..', '..', 'dist-h5')

export interface AppUnderTest {
  cloud: TestCloud
  browser: Browser
  context: BrowserContext
  close(): Promise<void>
}

export async function openApp(options: { geolocation?: { latitude: number; longitude: number } } = {}): Promise<AppUnderTest> {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist-h5/ is missing: run `npm run build:h5` (npm test builds it first)')
  const cloud = await startTestCloud({ seed: true, staticDir: H5_DIR })
  const browser = await launchChromium().catch(async (error: unknown) => {
    await cloud.stop()
    throw error
  })
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
  })
  return {
    cloud,
    browser,
    context,
    async close() {
      await browser.close().catch(() => undefined)
      await cloud.stop()
    },
  }
}

/**
 * `page.goto`, again when the page's own navigation (e.g. the app going back after a save) interrupted it: the test
 * switched screens at the moment the app did, which a person cannot do.
 */
async function gotoOnceSettled(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url)
      return
    } catch (error) {
      if (attempt >= 5 || !/interrupted by another navigation/.test(String(error))) throw error
      await page.waitForTimeout(300)
    }
  }
}

/**
 * Switches the h5 app's local debug identity (我的 → 本地调试身份) and waits until the switcher shows it.
 * The page first goes to about:blank, so a navigation the app itself still has pending (a save that navigates back)
 * dies with the old document instead of moving the fresh load off 我的; the switcher is then awaited, with a fresh
 * load again if it does not come.
 */
export async function switchIdentity(page: Page, baseUrl: string, openid: string): Promise<void> {
  // A fresh load: changing only the hash to a tab page while a sub page is on top leaves Taro's h5 router showing a
  // shaded (display: none) tab page — no user gets there by tapping, so the test does not either.
  const option = page.locator(`.identity-option-${openid}`)
  for (let attempt = 1; ; attempt++) {
    await gotoOnceSettled(page, 'about:blank')
    await gotoOnceSettled(page, `${baseUrl}/#/features/me/pages/index/index`)
    try {
      await option.waitFor({ state: 'visible', timeout: 15_000 })
      break
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
  await option.click()
  await page.locator(`.identity-option-${openid}.identity-option--current`).waitFor({ timeout: 10_000 })
}

/**
 * Waits until the page a save closes (navigateBack / redirectTo after the toast) has left the DOM. Until then the
 * page below it — mounted, hidden, and already refreshed by the write — can satisfy a test's reads, and a goto or
 * goBack of the test's own would race the app's navigation (the app's back would pop the test's page).
 */
export async function closedAfterSave(page: Page, pageSelector: string): Promise<void> {
  await page.locator(pageSelector).waitFor({ state: 'detached', timeout: 15_000 })
}

/** A reader of the first match's text ('' while it is not there), for `poll`. */
export const textOf = (page: Page, selector: string) => () =>
  page
    .locator(selector)
    .first()
    .innerText()
    .catch(() => '')
