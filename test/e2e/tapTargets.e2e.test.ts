// Busy hands (issue 18 part 6): on every page, for each kind of person who can open it, every element a finger can
// tap — buttons, links, tabs, switches, and any element with a click handler (cells with onClick) — is at least
// 44 × 44 CSS px (Apple HIG; WCAG 2.5.5 target size), at a 390 px wide phone.
import type { Page } from 'playwright-core'
import type { Role } from '@/types/roles'
import { ALL_PAGES } from '../helpers/appConfig'
import { DEMO_PEOPLE, queryFor, rolesFor } from '../weapp/harness/pageAccess'
import { seedFacts, type SeedFacts } from '../weapp/harness/seedFacts'
import { openApp, switchIdentity, type AppUnderTest } from './browser'

jest.setTimeout(900_000)
const MIN_TAP = 44
/** Who opens which pages: every page a person of each role can reach (rolesFor, the every-page suite's table). */
const ROLES: Role[] = ['resident', 'courier', 'merchant', 'staff', 'admin']

let app: AppUnderTest
let page: Page
let facts: SeedFacts
beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(new Date('2026-11-27T12:00:00+08:00'))
  facts = await seedFacts(app.cloud.store)
  page = await app.context.newPage()
})
afterAll(() => app?.close())

interface SmallTarget {
  what: string
  width: number
  height: number
}

/** Every visible tappable element of the page on top that is smaller than MIN_TAP either way. */
function smallTargets(p: Page): Promise<SmallTarget[]> {
  return p.evaluate((min) => {
    const TAPPABLE =
      'button, a[href], [role=button], taro-button-core, .nut-button, .nut-switch, .nut-tabs__titles-item, .taro-tabbar__tabbar-item, .nut-radio, .nut-checkbox'
    const hasClickHandler = (el: Element) => {
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))
      return !!key && typeof (el as unknown as Record<string, { onClick?: unknown }>)[key]?.onClick === 'function'
    }
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) !== false
    }
    const found = new Set<Element>([...document.querySelectorAll(TAPPABLE)])
    for (const el of document.querySelectorAll('body *')) if (hasClickHandler(el)) found.add(el)
    const small: Array<{ what: string; width: number; height: number }> = []
    for (const el of found) {
      if (!visible(el)) continue
      // A handler that only stops a tap inside a larger tappable area (a sheet's body, a popup card) is not a target.
      if (el.closest('.privacy-popup__card') && !el.matches(TAPPABLE)) continue
      const r = el.getBoundingClientRect()
      // A control inside a tappable cell row (a switch in 大字模式's row) is reached by tapping the row.
      const row = el.parentElement?.closest('.nut-cell')
      if (row && hasClickHandler(row) && row.getBoundingClientRect().height + 0.5 >= min) continue
      if (r.width + 0.5 < min || r.height + 0.5 < min) {
        const text = (el.textContent ?? '').trim().slice(0, 20)
        small.push({
          what: `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')} “${text}”`,
          width: Math.round(r.width),
          height: Math.round(r.height),
        })
      }
    }
    return small
  }, MIN_TAP)
}

describe.each(ROLES)('as %s', (role) => {
  const pages = ALL_PAGES.filter((route) => rolesFor(route).includes(role))
  beforeAll(async () => {
    await switchIdentity(page, app.cloud.url, DEMO_PEOPLE[role])
  })

  it('every tap target on every page they can open is at least 44 × 44 px', async () => {
    const problems: string[] = []
    for (const route of pages) {
      const query = new URLSearchParams(queryFor(route, role, facts)).toString()
      await page.goto(`${app.cloud.url}/#/${route}${query ? `?${query}` : ''}`)
      // Let the page's data arrive (its own loading rows go away) before measuring.
      await page.waitForLoadState('networkidle').catch(() => undefined)
      await page.waitForTimeout(300)
      for (const t of await smallTargets(page)) problems.push(`${route}: ${t.what} ${t.width}×${t.height}`)
    }
    expect(problems).toEqual([])
  })
})
