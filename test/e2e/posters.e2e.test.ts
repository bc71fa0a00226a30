// 工作台 → 海报与小程序码 in the browser: the drawn poster (a PNG the page made on a canvas) carries a code that a
// scanner reads (jsQR), and the URL it holds opens the event the poster is about; 下载海报 downloads the PNG.
import type { Page } from 'playwright-core'
import { readLocalWxacode } from '@/local-cloud/openapi'
import { readQrPng } from '../helpers/readQr'
import { openApp, switchIdentity, textOf, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(new Date('2026-11-27T12:00:00+08:00'))
  page = await app.context.newPage()
  await switchIdentity(page, app.cloud.url, 'demo-staff')
})
afterAll(() => app?.close())

async function drawnPoster(): Promise<Buffer> {
  const src = await poll(
    () =>
      page
        .locator('.poster-image img')
        .first()
        .getAttribute('src')
        .catch(() => null),
    (s) => !!s && s.startsWith('data:image/png;base64,'),
    20_000,
  )
  expect(src).toMatch(/^data:image\/png;base64,/)
  return Buffer.from(src!.slice('data:image/png;base64,'.length), 'base64')
}

test('an event poster: its code, scanned from the drawn poster, opens that event; 下载海报 saves a PNG', async () => {
  const [event] = await app.cloud.store.find('events', { _id: 'ev-demo-market' })
  await page.goto(`${app.cloud.url}/#/staff/posters/make/index?kind=event&id=ev-demo-market`)
  const png = await drawnPoster()
  const content = readQrPng(png)
  expect(readLocalWxacode(content ?? '')).toEqual({ page: 'features/events/subpages/detail/index', scene: 'ev-demo-market' })

  const download = page.waitForEvent('download')
  await page.locator('.poster-keep').click()
  expect((await download).suggestedFilename()).toMatch(/^海报-.+\.png$/)

  // What a phone's camera opens: the URL in the code.
  await page.goto(content!)
  expect(await poll(textOf(page, '.event-detail-title'), (t) => t.length > 0, 20_000)).toBe(String(event.title))
})

test('the chooser offers the shop-window stations poster, whose code opens the station list', async () => {
  await page.goto(`${app.cloud.url}/#/staff/posters/make/index`)
  await page.locator('.poster-choice').first().click()
  const png = await drawnPoster()
  expect(readLocalWxacode(readQrPng(png) ?? '')).toEqual({ page: 'features/stations/pages/list/index', scene: 'near' })
})
