// Issue 18 parts 4, 5 (calendar) and 6 in the browser: 加入日历 downloads an .ics with the event's UTC times;
// 我的志愿时长 issues a 时长证明; 我的 → 大字模式 makes text larger everywhere and is remembered.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { shanghaiDay } from '@/types/text'
import { openApp, switchIdentity, textOf, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(180_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(new Date('2026-11-27T12:00:00+08:00'))
  page = await app.context.newPage()
  await switchIdentity(page, app.cloud.url, 'demo-resident')
})
afterAll(() => app?.close())

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')

test('加入日历 downloads the event as an .ics whose start and end are the event’s instants in UTC', async () => {
  const [event] = await app.cloud.store.find('events', { _id: 'ev-demo-market' })
  await page.goto(`${app.cloud.url}/#/features/events/subpages/detail/index?id=ev-demo-market`)
  await page.locator('.event-add-calendar').waitFor({ timeout: 20_000 })
  const download = page.waitForEvent('download')
  await page.locator('.event-add-calendar').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.ics$/)
  const ics = readFileSync((await file.path())!, 'utf8').replace(/\r\n[ \t]/g, '')
  expect(ics).toContain(`DTSTART:${utcStamp(new Date(event.startAt as string))}`)
  expect(ics).toContain(`DTEND:${utcStamp(new Date(event.endAt as string))}`)
  expect(ics).toContain(`SUMMARY:${event.title}`)
})

test('a volunteer issues a 时长证明 for the year from 我的志愿时长', async () => {
  await app.cloud.store.insertOne('volunteerHours', {
    _id: 'e2e-act:demo-resident',
    activityId: 'e2e-act',
    activityTitle: '楼道安全随手拍',
    teamId: 'team-action',
    openid: 'demo-resident',
    checkInAt: new Date('2026-11-20T01:00:00Z'),
    checkOutAt: new Date('2026-11-20T03:30:00Z'),
    minutes: 150,
    source: 'self',
    note: null,
    correctedBy: null,
    updatedAt: new Date('2026-11-20T03:30:00Z'),
  })
  await page.goto(`${app.cloud.url}/#/features/teams/subpages/hours/index`)
  await page.locator('.hours-certificate-name input').fill('张三')
  await page.locator('.hours-certificate-submit').click()
  const text = await poll(textOf(page, '.hours-certificate-text'), (t) => t.includes('张三'), 20_000)
  // The form's default period is this year so far, by the phone's clock (the browser's, not the cloud's).
  const today = shanghaiDay(new Date())
  expect(text).toContain(`${today.slice(0, 4)}-01-01 至 ${today}`)
  expect(text).toMatch(/累计 \d+ 小时/)
  expect(await app.cloud.store.count('hoursCertificates', { openid: 'demo-resident' })).toBe(1)
  await page.locator('.hours-certificate .qr-code, .hours-certificate-code').first().waitFor({ timeout: 10_000 })
})

test('大字模式 makes text 1.25 times larger on every page, and stays on after a reload', async () => {
  const titleSize = async (route: string, selector: string) => {
    await page.goto(`${app.cloud.url}/#/${route}`)
    const el = page.locator(selector).first()
    await el.waitFor({ timeout: 20_000 })
    return el.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))
  }
  const before = await titleSize('features/events/subpages/detail/index?id=ev-demo-market', '.event-detail-title')
  await page.goto(`${app.cloud.url}/#/features/me/pages/index/index`)
  await page.locator('.me-larger-text').click()
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--nx-text-scale'))).toBe('1.25')
  await page.reload()
  const after = await titleSize('features/events/subpages/detail/index?id=ev-demo-market', '.event-detail-title')
  expect(after / before).toBeCloseTo(1.25, 1)
  // Off again for whoever runs next.
  await page.goto(`${app.cloud.url}/#/features/me/pages/index/index`)
  await page.locator('.me-larger-text').click()
})
