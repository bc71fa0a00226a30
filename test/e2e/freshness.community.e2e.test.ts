// After a write, every screen showing what it changed is fresh without a reload (issue 15): each test opens the
// screen that shows the data first (so its answer is cached), writes on another screen (navigating, not reloading),
// comes back and finds the new value. Projects, needs, teams — one browser and cloud for the file.
import type { Page } from 'playwright-core'
import { NEED_STATUS_LABELS } from '@/types/needs.vocab'
import { openApp, switchIdentity, textOf as textOfIn, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(150_000)

/** Friday 2026-11-27 12:00 in Shanghai. */
const NOON = new Date('2026-11-27T12:00:00+08:00')
const COMMITMENT = '门口爱心伞架 12 把伞，雨天随借随还'

let app: AppUnderTest
let page: Page
const textOf = (selector: string) => textOfIn(page, selector)
const url = (path: string) => `${app.cloud.url}/#/${path}`
/** Every page load in the test, so "no reload" is checked, not assumed. */
let loads = 0

beforeAll(async () => {
  app = await openApp()
  app.cloud.setNow(NOON)
  page = await app.context.newPage()
  page.on('load', () => loads++)
})
afterAll(() => app?.close())

/** Switching identity reloads the app (a new person on the device); the test's own navigation never does. */
async function actAs(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.waitForTimeout(300)
  loads = 0
}
const claimedCount = (t: string) => Number(/已认领 (\d+) 家/.exec(t)?.[1] ?? NaN)

test('a merchant claims a project: 我的认领 and the project’s counts, opened before, show it on the way back', async () => {
  await actAs('demo-merchant')
  await page.goto(url('features/projects/subpages/mine/index'))
  await page.locator('.my-claims').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  expect(await page.locator('.my-claim-proj-umbrella').count()).toBe(0)

  await page.goto(url('features/projects/subpages/detail/index?id=proj-umbrella'))
  const claimed = claimedCount(await poll(textOf('.project-detail'), (t) => t.includes('已认领'), 15_000))
  await page.locator('.claim-commitment textarea').fill(COMMITMENT)
  await page.locator('.claim-submit').click()
  // The claim opens a new 我的认领; back from it, the detail page under it and the first 我的认领 are fresh.
  await page.locator('.my-claim-proj-umbrella').first().waitFor({ timeout: 15_000 })
  await page.goBack()
  expect(claimedCount(await poll(textOf('.project-detail'), (t) => claimedCount(t) === claimed + 1, 15_000))).toBe(claimed + 1)
  await page.goBack()
  expect(await poll(textOf('.my-claim-proj-umbrella'), (t) => t.includes('待审核'), 15_000)).toContain(COMMITMENT)
  expect(loads).toBe(0)
})

test('staff approve a claim: the review queue shows 已通过 and the wall, opened before, lists the shop', async () => {
  await actAs('demo-staff')
  await page.goto(url('features/projects/subpages/wall/index'))
  await page.locator('.wall-page').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  expect(await textOf('.wall-page')()).not.toContain(COMMITMENT)

  await page.goto(url('staff/projects/review/index'))
  const card = page.locator('.review-claim-proj-umbrella-shop-01')
  await card.locator('.review-approve').click()
  await page.locator('.taro-model__confirm').click()
  expect(
    await poll(
      () => card.innerText().catch(() => ''),
      (t) => t.includes('已通过'),
      15_000,
    ),
  ).toContain('已通过')

  await page.goBack()
  expect(await poll(textOf('.wall-shop-shop-01'), (t) => t.includes(COMMITMENT), 15_000)).toContain(COMMITMENT)
  expect(loads).toBe(0)
})

test('a merchant submits a need: 我的诉求, opened before, lists it on the way back', async () => {
  await actAs('demo-merchant')
  await page.goto(url('features/needs/subpages/mine/index'))
  await page.locator('.my-needs').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  const before = await page.locator('.my-needs .need-row').count()

  await page.goto(url('features/needs/subpages/submit/index?shopId=shop-01'))
  await page.locator('.need-category-signboard').click()
  await page.locator('.need-description textarea').fill('雨棚的支架锈了，风大时晃动')
  await page.locator('.need-submit-button').click()
  await page.locator('.need-step-submit').waitFor({ timeout: 15_000 })

  // The form was replaced by the need's page; back from it is the 我的诉求 opened first.
  await page.goBack()
  expect(
    await poll(
      () => page.locator('.my-needs .need-row').count(),
      (n) => n === before + 1,
      15_000,
    ),
  ).toBe(before + 1)
  expect(await textOf('.my-needs')()).toContain('雨棚的支架锈了，风大时晃动')
  expect(loads).toBe(0)
})

test('staff accept and reply to a need: the merchant’s need page, seen before, shows both', async () => {
  const [need] = await app.cloud.store.find('needs', { description: '雨棚的支架锈了，风大时晃动' })
  const needPage = url(`features/needs/subpages/detail/index?id=${encodeURIComponent(String(need._id))}`)
  await actAs('demo-merchant')
  await page.goto(needPage)
  await page.locator('.need-step-submit').waitFor({ timeout: 15_000 })
  expect(await page.locator('.need-step-accept').count()).toBe(0)
  expect(await textOf('.need-status')()).toBe(NEED_STATUS_LABELS.submitted)

  await actAs('demo-staff')
  await page.goto(url(`staff/needs/detail/index?id=${encodeURIComponent(String(need._id))}`))
  await page.locator('.need-accept').click()
  expect(await poll(textOf('.need-status'), (t) => t.includes(NEED_STATUS_LABELS.accepted), 15_000)).toContain(NEED_STATUS_LABELS.accepted)
  await page.locator('.need-action-text textarea').fill('周一安排师傅上门加固')
  await page.locator('.need-reply').click()
  await poll(
    () => app.cloud.store.find('needs', { _id: need._id }),
    (n) => JSON.stringify(n).includes('周一安排师傅上门加固'),
    15_000,
  )

  // The merchant's phone kept the need on the device; opening it again shows the staff's steps.
  await actAs('demo-merchant')
  await page.goto(needPage)
  expect(await poll(textOf('.need-step-reply'), (t) => t.includes('周一安排师傅上门加固'), 15_000)).toContain('周一安排师傅上门加固')
  expect(await page.locator('.need-step-accept').count()).toBe(1)
  expect(await textOf('.need-status')()).toBe(NEED_STATUS_LABELS.accepted)
})

test('a resident joins a team: the team page, opened before, counts them on the way back', async () => {
  await actAs('demo-resident')
  await page.goto(url('features/teams/subpages/team/index?id=team-riders'))
  await page.locator('.team-page-team-riders').waitFor({ timeout: 15_000 })
  const before = await page.locator('.team-page .team-member').count()

  await page.goto(url('features/teams/subpages/list/index'))
  const riders = page.locator('.team-card-team-riders')
  await riders.locator('.team-join').click()
  expect(
    await poll(
      () => riders.innerText(),
      (t) => t.includes('已加入'),
      15_000,
    ),
  ).toContain('已加入')

  await page.goBack()
  expect(
    await poll(
      () => page.locator('.team-page .team-member').count(),
      (n) => n === before + 1,
      15_000,
    ),
  ).toBe(before + 1)
  expect(loads).toBe(0)
})

test('staff add a team activity: the team page, opened before, lists it on the way back', async () => {
  await actAs('demo-staff')
  await page.goto(url('features/teams/subpages/team/index?id=team-riders'))
  await page.locator('.team-page-team-riders').waitFor({ timeout: 15_000 })
  await page.waitForTimeout(500)
  expect(await textOf('.team-page')()).not.toContain('寒潮前驿站物资清点')

  await page.goto(url('staff/teams/manage/index'))
  await page.locator('.manage-team-team-riders').click()
  await page.locator('.activity-new').click()
  const form = page.locator('.activity-form')
  await form.locator('.activity-form-title input').fill('寒潮前驿站物资清点')
  await form.locator('.activity-form-place input').fill('新华路骑手驿站')
  await form.locator('.activity-form-startsAt input').fill('2026-12-05 09:00')
  await form.locator('.activity-form-endsAt input').fill('2026-12-05 11:00')
  await form.locator('.activity-save').click()
  await poll(
    () => app.cloud.store.find('teamActivities', { title: '寒潮前驿站物资清点' }),
    (list) => list.length === 1,
    15_000,
  )

  await page.goBack()
  expect(await poll(textOf('.team-page'), (t) => t.includes('寒潮前驿站物资清点'), 15_000)).toContain('新华路骑手驿站')
  expect(loads).toBe(0)
})
