// h5 layout defects, each measured in the browser: page width, clipped and stretched tags, danger-button contrast,
// tap targets, and an internal id on the report page. Needs dist-h5/ (npm run build:h5) and /usr/bin/chromium.
import type { Locator, Page } from 'playwright-core'
import { openApp, switchIdentity, type AppUnderTest } from './browser'
import { contrastOf, type Rgba } from './contrast'
import { poll } from './poll'

jest.setTimeout(180_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const go = (hash: string) => page.goto(`${app.cloud.url}/#/${hash}`)
/** WCAG AA for normal-size text (https://www.w3.org/TR/WCAG21/#contrast-minimum). */
const AA_TEXT = 4.5
/** The app's own tap-target rule (app.scss .nx-big-button; Apple HIG / WCAG 2.5.5): 44 CSS px. */
const MIN_TAP = 44

/** The text colour and the colour actually behind it (the first non-transparent background up the tree). */
async function colours(locator: Locator): Promise<{ text: Rgba; background: Rgba; label: string }> {
  return locator.evaluate((el) => {
    const parse = (value: string) => (value.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number)
    const rgba = (value: string) => {
      const [r, g, b, a = 1] = parse(value)
      return { r, g, b, a }
    }
    let node: Element | null = el
    let background = rgba('rgba(0,0,0,0)')
    while (node) {
      background = rgba(getComputedStyle(node).backgroundColor)
      if (background.a > 0) break
      node = node.parentElement
    }
    if (!node) background = { r: 255, g: 255, b: 255, a: 1 }
    return { text: rgba(getComputedStyle(el).color), background, label: (el as HTMLElement).innerText.trim() }
  })
}

async function expectReadable(locator: Locator) {
  await locator.first().waitFor({ timeout: 15_000 })
  const { text, background, label } = await colours(locator.first())
  const ratio = contrastOf(text, background)
  const css = ({ r, g, b, a }: Rgba) => `rgba(${r},${g},${b},${a})`
  // A failure names the button, its ratio and both colours.
  expect(`${label}: ${ratio >= AA_TEXT ? 'readable' : `${ratio.toFixed(2)}:1, ${css(text)} on ${css(background)}`}`).toBe(`${label}: readable`)
}

test('the 活动 tab is no wider than the screen', async () => {
  await go('features/events/pages/list/index')
  await page.locator('.kind-chip').first().waitFor({ timeout: 15_000 })
  await page.locator('.event-card, .event-empty').first().waitFor({ timeout: 15_000 })
  // The page's own width (Taro's page container scrolls, not the document) and every block on it.
  const widths = await page.evaluate(() => ({
    page: Math.max(document.documentElement.scrollWidth, ...Array.from(document.querySelectorAll('.taro_page, .event-list-page'), (el) => el.scrollWidth)),
    rightmost: Math.max(...Array.from(document.querySelectorAll('.event-list-page > *'), (el) => el.getBoundingClientRect().right)),
    screen: window.innerWidth,
  }))
  expect(widths.page).toBeLessThanOrEqual(widths.screen)
  expect(widths.rightmost).toBeLessThanOrEqual(widths.screen)
  await page.screenshot({ path: 'test-results/layout-events-tab.png' })
})

test('避难点 and 临时存放点 tags show their whole label on one line', async () => {
  await app.cloud.callOk('notices.save', { kind: 'emergency', title: '台风“测试”黄色预警', body: '骑手就近前往临时避难点。' }, 'demo-staff')
  await go('features/stations/pages/list/index')
  await page.locator('.privacy-agree').click({ timeout: 15_000 })
  const tags = page.locator('.station-item .station-kind')
  await tags.first().waitFor({ timeout: 15_000 })
  const measured = await tags.evaluateAll((els) =>
    els.map((el) => {
      // The label's own text: one line box (one row of rects) and inside the tag's box.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      const tops = new Set<number>()
      let right = 0
      let bottom = 0
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of Array.from(range.getClientRects())) {
          tops.add(Math.round(rect.top))
          right = Math.max(right, rect.right)
          bottom = Math.max(bottom, rect.bottom)
        }
      }
      const box = el.getBoundingClientRect()
      return { label: (el as HTMLElement).innerText.trim(), lines: tops.size, inside: right <= box.right + 0.5 && bottom <= box.bottom + 0.5 }
    }),
  )
  expect(measured.map((m) => m.label)).toEqual(expect.arrayContaining(['避难点']))
  for (const tag of measured) {
    expect([tag.label, tag.lines]).toEqual([tag.label, 1])
    expect([tag.label, tag.inside]).toEqual([tag.label, true])
  }
})

test('status tags are as wide as their label, not the whole row', async () => {
  const submitted = await app.cloud.callOk('needs.submit', { category: 'policy', description: '想问问稳岗补贴怎么申请' }, 'demo-merchant')
  await app.cloud.callOk('resources.setFavourite', { id: 'res-party-01', favourite: true }, 'demo-merchant')
  await switchIdentity(page, app.cloud.url, 'demo-merchant')
  const checks: Array<[string, string]> = [
    [`features/needs/subpages/detail/index?id=${encodeURIComponent(submitted.id)}`, '.need-status'],
    ['features/needs/subpages/mine/index', '.need-row-status'],
    ['features/projects/subpages/mine/index', '.claim-status'],
    ['features/resources/subpages/favourites/index', '.resource-row-category'],
  ]
  for (const [hash, selector] of checks) {
    await go(hash)
    const tag = page.locator(selector).first()
    await tag.waitFor({ timeout: 15_000 })
    const { tagWidth, textWidth, rowWidth } = await tag.evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return {
        tagWidth: el.getBoundingClientRect().width,
        textWidth: range.getBoundingClientRect().width,
        rowWidth: el.parentElement!.getBoundingClientRect().width,
      }
    })
    // A tag hugs its label: its padding is a few px each side, far from the row's width.
    expect([selector, tagWidth <= textWidth + 40]).toEqual([selector, true])
    expect([selector, tagWidth < rowWidth / 2]).toEqual([selector, true])
  }
})

test('danger buttons (取消报名, 取消活动, 驳回) have text at 4.5:1 contrast or more', async () => {
  await app.cloud.callOk(
    'events.signup',
    { eventId: 'ev-demo-walk-governance', form: { name: '王阿姨', phone: '13800001111' }, remind: false },
    'demo-resident',
  )
  await switchIdentity(page, app.cloud.url, 'demo-resident')
  await go('features/events/subpages/detail/index?id=ev-demo-walk-governance')
  await expectReadable(page.locator('.cancel-signup-button'))
  // 取消报名 ignores taps in its first moments (a double tap on 立即报名 must not open it): tap until it opens.
  await poll(
    async () => {
      if ((await page.locator('.confirm-cancel-button').count()) === 0)
        await page
          .locator('.cancel-signup-button')
          .click({ timeout: 2000 })
          .catch(() => undefined)
      return page.locator('.confirm-cancel-button').count()
    },
    (n) => n > 0,
    10_000,
  )
  await expectReadable(page.locator('.confirm-cancel-button'))

  await switchIdentity(page, app.cloud.url, 'demo-staff')
  await go('staff/events/roster/index?id=ev-demo-walk-governance')
  await expectReadable(page.locator('.cancel-event-button'))
  await go('staff/projects/review/index')
  await expectReadable(page.locator('.review-reject'))
})

test('the privacy popup buttons are at least 44 px tall', async () => {
  await page.evaluate(() => window.localStorage.removeItem('nx.privacyAccepted'))
  await go('features/positions/subpages/nearby/index')
  await page.reload()
  for (const selector of ['.privacy-agree', '.privacy-disagree']) {
    const box = await page.locator(selector).boundingBox({ timeout: 15_000 })
    expect([selector, (box?.height ?? 0) >= MIN_TAP]).toEqual([selector, true])
  }
  await page.screenshot({ path: 'test-results/layout-privacy-popup.png' })
  await page.locator('.privacy-agree').click()
})

test('the report page names the station, never its internal id', async () => {
  const station = await app.cloud.callOk('stations.get', { id: 'st-xinhua-06' }, 'demo-courier')
  await go('features/needs/subpages/submit/index?stationId=st-xinhua-06')
  const prefill = page.locator('.need-prefill-station')
  await prefill.waitFor({ timeout: 15_000 })
  await page.waitForFunction((name) => document.querySelector('.need-prefill-station')?.textContent?.includes(name), station.name, { timeout: 15_000 })
  const text = await prefill.innerText()
  expect(text).toContain(station.name)
  expect(await page.locator('body').innerText()).not.toContain('st-xinhua-06')
})
