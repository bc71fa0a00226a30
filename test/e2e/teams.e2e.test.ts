// A resident joins 骑士团, checks in and out of today's activity and sees the hours; staff correct them; the resident
// sees the corrected total and the reason.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity, textOf as textOfIn } from './browser'
import { poll } from './poll'

jest.setTimeout(180_000)

const MINUTE = 60_000
const REASON = '骑手加油站室内无信号，补足时长'

let app: AppUnderTest
let page: Page
let opensAt: Date

beforeAll(async () => {
  app = await openApp()
  const [activity] = await app.cloud.store.find('teamActivities', { _id: 'act-riders' })
  opensAt = new Date(new Date(activity.startsAt as string | Date).getTime() + 60 * MINUTE) // inside the window
  app.cloud.setNow(opensAt)
  page = await app.context.newPage()
})
afterAll(() => app?.close())

async function actAs(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.locator('.me-name').first().waitFor({ timeout: 10_000 })
}
const textOf = (selector: string) => textOfIn(page, selector)
const HOURS_PAGE = () => `${app.cloud.url}/#/features/teams/subpages/hours/index`

test('join, check in and out, see the hours; staff correct them; the resident sees the corrected total', async () => {
  await actAs('demo-resident')
  await page.goto(`${app.cloud.url}/#/features/teams/subpages/list/index`)
  expect(
    await poll(
      () => page.locator('.team-card .teams-card__title').allInnerTexts(),
      (t) => t.length === 5,
      15_000,
    ),
  ).toEqual(['骑士团', '好店家', '营造师', '讲述者', '行动队'])
  const riders = page.locator('.team-card-team-riders')
  expect(await riders.locator('.team-member-count').innerText()).toContain('1 名队员')
  await riders.locator('.team-join').click()
  expect(
    await poll(
      () => riders.innerText(),
      (t) => t.includes('2 名队员') && t.includes('已加入'),
      15_000,
    ),
  ).toContain('退出志愿队')

  await riders.locator('.teams-card__title').click()
  const activity = page.locator('.activity-card-act-riders')
  await activity.locator('.activity-check-in').click()
  await activity.locator('.activity-check-out').waitFor({ timeout: 15_000 })
  expect(await activity.innerText()).toContain('签到以网格员确认为准')
  app.cloud.setNow(new Date(opensAt.getTime() + 90 * MINUTE))
  await activity.locator('.activity-check-out').click()
  expect(await poll(textOf('.activity-card-act-riders .activity-mine'), (t) => t.includes('1 小时 30 分'), 15_000)).toContain('本人签到签退')
  expect(await page.locator('.team-page .team-member').allInnerTexts()).toEqual(['演***', '演***']) // masked, never an openid

  await page.goto(HOURS_PAGE())
  // The seeded 3 h patrol and 2 h storytelling, plus today's 90 minutes.
  expect(await poll(textOf('.my-hours-total'), (t) => t.includes('6 小时 30 分'), 15_000)).toBe('6 小时 30 分')
  expect(await textOf('.my-hours-record-act-riders')()).toContain('1 小时 30 分')

  await actAs('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/teams/manage/index`)
  await page.locator('.manage-team-team-riders').click()
  const managed = page.locator('.manage-activity-act-riders')
  await managed.locator('.manage-attendance').click()
  const row = managed.locator('.attendance-row', { hasText: '本人签到签退' })
  await row.locator('.attendance-correct').click()
  await row.locator('.correction-minutes input').fill('120')
  await row.locator('.correction-note input').fill(REASON)
  await row.locator('.correction-save').click()
  expect(
    await poll(
      () =>
        managed
          .locator('.attendance-row', { hasText: REASON })
          .innerText()
          .catch(() => ''),
      (t) => t.includes('2 小时'),
      15_000,
    ),
  ).toContain('工作人员登记')

  await actAs('demo-resident')
  await page.goto(HOURS_PAGE())
  expect(await poll(textOf('.my-hours-total'), (t) => t.includes('7 小时'), 15_000)).toBe('7 小时')
  const record = await textOf('.my-hours-record-act-riders')()
  expect(record).toContain('2 小时')
  expect(record).toContain(`工作人员已更正：${REASON}`)
})
