// The staff trends charts and the monthly ledger in the h5 build (issue 18): the charts really draw on the browser's
// canvas, one per unit, with this week's figures the API gives; the ledger downloads as a workbook that parses back.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import readXlsxFile from 'read-excel-file/node'
import { openApp, switchIdentity, textOf, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

/** Pixels of the chart's canvas that are not (near) white: a drawn chart has thousands, a blank one none. */
const inkedPixels = (name: string) =>
  page.evaluate((id) => {
    const canvas = document.querySelector(`#${id} canvas, canvas#${id}`) as HTMLCanvasElement | null
    if (!canvas || !canvas.width) return 0
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let inked = 0
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) inked++
    return inked
  }, `chart-${name}`)

test("the trends page draws three charts (visits, needs, attendance) with this week's figures", async () => {
  // Two visits today, so this week's bar is not zero whatever the seed holds.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  await app.cloud.store.insertMany(
    'visits',
    ['shop-01', 'shop-02'].map((shopId) => ({
      _id: `e2e-trend-${shopId}`,
      shopId,
      shopName: shopId,
      grid: 'grid-1',
      day: today,
      staffOpenid: 'demo-staff',
      notes: null,
      photos: [],
      needId: null,
      createdAt: new Date(),
    })),
  )
  await switchIdentity(page, app.cloud.url, 'demo-staff')
  const call = page.waitForRequest((r) => r.url().endsWith('/fn/api') && r.postDataJSON()?.action === 'dashboard.trends')
  await page.goto(`${app.cloud.url}/#/staff/dashboard/trends/index`)
  const input = (await call).postDataJSON().data
  expect(input).toEqual({ weeks: 12 })
  const { weeks } = await app.cloud.callOk('dashboard.trends', input, 'demo-staff')
  const thisWeek = weeks[weeks.length - 1]
  expect(thisWeek.visits).toBeGreaterThanOrEqual(2)

  expect(await poll(textOf(page, '.trend-visits-走访'), (t) => t.length > 0)).toBe(`本周走访 ${thisWeek.visits}次`)
  expect(await page.locator('.trend-needs-新提交').innerText()).toBe(`本周新提交 ${thisWeek.needsOpened}件`)
  expect(await page.locator('.trend-needs-办结').innerText()).toBe(`本周办结 ${thisWeek.needsClosed}件`)
  expect(await page.locator('.trend-attendance-签到').innerText()).toBe(`本周签到 ${thisWeek.attended}人`)
  // One unit per chart, named in its title.
  expect(await page.locator('.trend-chart__unit').allInnerTexts()).toEqual(['（单位：次）', '（单位：件）', '（单位：人）'])

  for (const name of ['visits', 'needs', 'attendance']) {
    expect(
      await poll(
        () => inkedPixels(name),
        (n) => n > 500,
      ),
    ).toBeGreaterThan(500)
  }
  // The chart fills the phone's width (390 px here, less the page's padding).
  if (process.env.SHOT) await page.screenshot({ path: '/tmp/wt18b-trends.png', fullPage: true })
  const box = await page.locator('#chart-visits').boundingBox()
  expect(box?.width).toBeGreaterThan(300)
})

test("the ledger downloads as an .xlsx; an admin's copy with personal data is logged", async () => {
  await switchIdentity(page, app.cloud.url, 'demo-admin')
  await page.goto(`${app.cloud.url}/#/staff/dashboard/ledger/index`)
  await page.locator('.ledger-personal').click()
  const download = page.waitForEvent('download')
  await page.locator('.ledger-export').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^暖新街区台账_\d{4}-\d{2}_含个人信息\.xlsx$/)
  const sheets = await readXlsxFile(readFileSync((await file.path())!))
  expect(sheets.map((s) => s.sheet)).toEqual(['走访', '诉求', '活动', '公益项目'])
  expect(sheets[0].data[0]).toContain('有无党员')
  expect(await app.cloud.store.find('accessLog', { subject: 'ledger.personal' })).toEqual([expect.objectContaining({ staffOpenid: 'demo-admin' })])
})
