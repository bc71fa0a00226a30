// 驿站管理 in the browser: an admin imports a list (preview, then apply), staff suspend a station with a reason and
// an expected reopening, a rider reads it; a new station is placed by typed coordinates on h5.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { closedAfterSave, openApp, switchIdentity, textOf as textOfIn, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(180_000)

/** Friday 2026-11-27 12:00 in Shanghai. */
const NOON = new Date('2026-11-27T12:00:00+08:00')
const dir = mkdtempSync(path.join(tmpdir(), 'station-import-'))
const LIST = path.join(dir, '新华路新驿站.csv')
writeFileSync(
  LIST,
  ['编号,名称,地址,纬度,经度,坐标系,开放时间,设施', 'e2e-1,弄堂口驿站,长宁区新华路 88 号,31.2050,121.4240,GCJ-02,每天 8:00-20:00,饮水、充电'].join('\n'),
)

let app: AppUnderTest
let page: Page
const textOf = (selector: string) => textOfIn(page, selector)

beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(NOON)
  page = await app.context.newPage()
})
afterAll(async () => {
  await app?.close()
  rmSync(dir, { recursive: true, force: true })
})

test('an admin imports a list: preview first, then apply', async () => {
  await switchIdentity(page, app.cloud.url, 'demo-admin')
  await page.goto(`${app.cloud.url}/#/staff/pages/home/index`)
  await page.locator('.entry-staff-stations').click()
  await page.locator('.station-import').click()
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.import-choose').click()
  await (await chooser).setFiles(LIST)
  expect(await poll(textOf('.import-counts'), (t) => t.includes('新增'), 30_000)).toContain('读到 1 行：新增 1，更新 0，不变 0')
  expect(await app.cloud.store.find('stations', { externalId: 'e2e-1' })).toEqual([])
  await page.locator('.import-apply').click()
  await poll(textOf('.import-report'), (t) => t.includes('已导入'), 30_000)
  const [stored] = await app.cloud.store.find('stations', { externalId: 'e2e-1' })
  expect(stored).toMatchObject({ name: '弄堂口驿站', amenities: ['water', 'charging'] })
})

test('staff suspend it with a reason and a date; the rider sees both', async () => {
  const [stored] = await app.cloud.store.find('stations', { externalId: 'e2e-1' })
  await switchIdentity(page, app.cloud.url, 'demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/stations/edit/index?id=${encodeURIComponent(String(stored._id))}`)
  await page.locator('.station-suspend-reason input').fill('饮水机维修')
  await page.locator('.station-suspend-until input').fill('2026-12-03')
  await page.locator('.station-suspend').click()
  expect(await poll(textOf('.station-closure'), (t) => t.length > 0, 15_000)).toBe('暂停开放：饮水机维修，预计 12月3日 恢复')

  await switchIdentity(page, app.cloud.url, 'demo-courier')
  await page.goto(`${app.cloud.url}/#/features/stations/pages/detail/index?id=${encodeURIComponent(String(stored._id))}`)
  expect(await poll(textOf('.station-detail-status'), (t) => t.length > 0, 15_000)).toBe('暂停开放')
  expect(await poll(textOf('.station-detail-opening'), (t) => t.length > 0)).toBe('饮水机维修，预计 12月3日 恢复')
})

test('staff add a station by typing its coordinates on h5, with the note saying why', async () => {
  await switchIdentity(page, app.cloud.url, 'demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/stations/edit/index`)
  expect(await poll(textOf('.station-location-note'), (t) => t.length > 0, 15_000)).toContain('网页版不能在地图上选点')
  await page.locator('.station-edit-name input').fill('番禺路口驿站')
  await page.locator('.station-edit-address input').fill('长宁区番禺路 100 号')
  await page.locator('.station-location-lat input').fill('31.2046, 121.4247')
  expect(await poll(textOf('.station-edit-save'), (t) => t.includes('保存'))).toContain('保存')
  await page.locator('.station-edit-save').click()
  await closedAfterSave(page, '.station-edit-page')
  // Opened first (a link, not a tap from 驿站管理), the form has nothing to go back to: it goes on to 驿站管理.
  expect(page.url()).toContain('#/staff/stations/manage/index')
  const saved = await poll(
    () => app.cloud.store.find('stations', { name: '番禺路口驿站' }),
    (list) => list.length === 1,
    15_000,
  )
  expect(saved[0]).toMatchObject({ address: '长宁区番禺路 100 号', location: { coordinates: [121.4247, 31.2046] }, status: 'active' })
})
