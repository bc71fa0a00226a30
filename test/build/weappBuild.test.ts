// The weapp build as WeChat's 代码质量 checks and review see it (dist/, built by `npx taro build --type weapp`).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readWeappSettings } from '@/config/weappSettings'
import { ALL_PAGES } from '../helpers/appConfig'
import { assertWeappBuilt, distFiles, readDistJs, readDistJson, ROOT } from './weappDist'

beforeAll(assertWeappBuilt)

/** What the build saw: Taro loads .env and .env.production[.local] / .env.local into the environment (shell wins). */
function buildEnvironment(): Record<string, string | undefined> {
  const files = ['.env', '.env.local', '.env.production', '.env.production.local'].map((f) => join(ROOT, f)).filter(existsSync)
  const fromFiles = Object.fromEntries(
    files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line))
        .filter((m): m is RegExpExecArray => !!m)
        .map((m) => [m[1], m[2]]),
    ),
  )
  return { ...fromFiles, ...process.env }
}
const settings = readWeappSettings(buildEnvironment())

/** The oldest base library the app runs on: onNeedPrivacyAuthorization and the agreePrivacyAuthorization button. */
const MIN_BASE_LIBRARY = [2, 32, 3]
const versionAtLeast = (version: string, min: number[]) => {
  const parts = version.split('.').map(Number)
  for (let i = 0; i < min.length; i++) if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) > min[i]
  return true
}

describe('project.config.json', () => {
  const project = () => readDistJson<{ appid: string; libVersion: string; setting: Record<string, boolean> }>('project.config.json')

  it('lets WeChat turn modern syntax into what old phones run (es6 + enhance), since the build ships ?. and async', () => {
    const code = distFiles('.js').map(readDistJs).join('\n')
    expect(code).toMatch(/\?\.|\?\?|async /) // why the setting is needed
    expect(project().setting).toMatchObject({ es6: true, enhance: true })
  })

  it('compresses JS, WXML and WXSS on upload (代码质量 【必须】)', () => {
    expect(project().setting).toMatchObject({ minified: true, minifyWXML: true, minifyWXSS: true })
  })

  it('states a minimum base library new enough for the privacy popup', () => {
    expect(versionAtLeast(project().libVersion, MIN_BASE_LIBRARY)).toBe(true)
  })

  it('takes its AppID from TARO_APP_ID, else the clearly-labelled tourist placeholder', () => {
    expect(project().appid).toBe(settings.appid)
  })
})

describe('app.json', () => {
  const app = () => readDistJson<{ lazyCodeLoading: string; sitemapLocation: string }>('app.json')

  it('loads components lazily (代码质量 【必须】)', () => {
    expect(app().lazyCodeLoading).toBe('requiredComponents')
  })

  it('points at a sitemap that exists', () => {
    expect(app().sitemapLocation).toBe('sitemap.json')
    expect(distFiles('.json')).toContain('sitemap.json')
  })
})

describe('sitemap.json', () => {
  type Rule = { action?: 'allow' | 'disallow'; page: string }
  const rules = () => readDistJson<{ rules: Rule[] }>('sitemap.json').rules
  /** WeChat matches rules top to bottom; no rule means "allow" (sitemap docs). */
  const indexable = (page: string) => (rules().find((r) => r.page === page || r.page === '*')?.action ?? 'allow') === 'allow'
  const PERSONAL = /\/(mine|idcode|mydata|hours|favourites|submit|claim|verify)\/|features\/me\/|needs\/subpages\//

  it('keeps every staff page out of WeChat search', () => {
    const staff = ALL_PAGES.filter((p) => p.startsWith('staff/'))
    expect(staff.length).toBeGreaterThan(10)
    for (const page of staff) expect([page, indexable(page)]).toEqual([page, false])
  })

  it('keeps every personal page out', () => {
    const personal = ALL_PAGES.filter((p) => PERSONAL.test(p))
    expect(personal.length).toBeGreaterThan(8)
    for (const page of personal) expect([page, indexable(page)]).toEqual([page, false])
  })

  it('lets the public pages in (stations, events, projects, notices)', () => {
    for (const page of [
      'features/stations/pages/list/index',
      'features/events/subpages/detail/index',
      'features/projects/subpages/detail/index',
      'features/notices/subpages/detail/index',
    ]) {
      expect([page, indexable(page)]).toEqual([page, true])
    }
  })

  it('names only pages the app has', () => {
    for (const rule of rules()) if (rule.page !== '*') expect(ALL_PAGES).toContain(rule.page)
  })
})

describe('sharing', () => {
  const SHAREABLE = [
    'features/events/pages/list/index',
    'features/events/subpages/detail/index',
    'features/stations/pages/detail/index',
    'features/projects/subpages/detail/index',
    'features/notices/subpages/detail/index',
  ]

  it.each(SHAREABLE)('%s turns on 转发 and 分享到朋友圈 (Taro adds onShareAppMessage / onShareTimeline from its config)', (page) => {
    const js = readDistJs(`${page}.js`)
    expect(js).toMatch(/enableShareAppMessage:(!0|true)/)
    expect(js).toMatch(/enableShareTimeline:(!0|true)/)
  })

  it('no staff page can be shared', () => {
    for (const page of ALL_PAGES.filter((p) => p.startsWith('staff/')))
      expect(readDistJs(`${page}.js`)).not.toMatch(/enableShare(AppMessage|Timeline):(!0|true)/)
  })
})

describe('subscribe templates', () => {
  it('are the LOCAL_* placeholders unless TARO_APP_TEMPLATE_* was set at build time', () => {
    const code = distFiles('.js').map(readDistJs).join('\n')
    expect(code).toContain(settings.templates.TARO_APP_TEMPLATE_EVENT_REMINDER || 'LOCAL_EVENT_REMINDER')
    expect(code).toContain('提醒暂未开通')
  })
})
