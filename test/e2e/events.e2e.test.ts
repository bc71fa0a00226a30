// A resident signs up for an event, finds it in "我的活动", cancels; a staff member sees the roster.
import type { Page } from 'playwright-core'
import { closedAfterSave, openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(90_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const MARKET = 'ev-demo-market'
const text = (selector: string) => () =>
  page
    .locator(selector)
    .allInnerTexts()
    .then(
      (t) => t.join('\n'),
      () => '',
    )

async function speakAs(openid: string) {
  await switchIdentity(page, app.cloud.url, openid)
  await page.locator('.me-name').first().waitFor({ timeout: 10_000 })
}

test('a resident signs up, sees it in my events, and cancels', async () => {
  await speakAs('demo-resident')
  await page.goto(`${app.cloud.url}/#/features/events/pages/list/index`)
  const card = page.locator('.event-card', { hasText: '便民超市·周末惠民集市' })
  await card.waitFor({ timeout: 15_000 })
  expect(await card.locator('.seats-text').innerText()).toContain('剩余 2 / 40')
  // Merchant-only and QR-only events are not offered to a resident.
  expect(await page.locator('.event-card', { hasText: '创业工坊' }).count()).toBe(0)
  expect(await page.locator('.event-card', { hasText: '幸福加油站' }).count()).toBe(0)

  await card.click()
  await page.locator('.signup-button').click()
  await page.locator('.my-signup-status-seated').waitFor({ timeout: 10_000 })
  expect(await page.locator('.qr-code').count()).toBe(1)
  const stored = await app.cloud.store.find('signups', { _id: `${MARKET}:demo-resident` })
  expect(stored[0].status).toBe('seated')

  await page.goto(`${app.cloud.url}/#/features/events/subpages/mine/index`)
  expect(await poll(text('.my-event-seated .my-event-title'), (t) => t.includes('便民超市·周末惠民集市'))).toContain('便民超市·周末惠民集市')
  await page.locator('.my-event-seated', { hasText: '便民超市' }).click()
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
  await page.locator('.confirm-cancel-button').click()
  await page.locator('.signup-button').waitFor({ timeout: 10_000 })
  expect((await app.cloud.store.find('signups', { _id: `${MARKET}:demo-resident` }))[0].status).toBe('cancelled')
  expect((await app.cloud.store.find('events', { _id: MARKET }))[0].seatsTaken).toBe(38)

  await page.goto(`${app.cloud.url}/#/features/events/subpages/mine/index`)
  expect(await poll(text('.my-event-cancelled .my-event-status'), (t) => t.includes('已取消'))).toContain('已取消')
})

test('a staff member sees the roster with masked names and the waitlist', async () => {
  await speakAs('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/events/roster/index?id=ev-demo-walk-renwen`)
  expect(await poll(text('.roster-counts'), (t) => t.includes('已报名 30/30'))).toContain('候补 3')
  // 20 rows a page (PagedList): 加载更多 shows the other 13, the waitlist last.
  expect(await page.locator('.roster-row').count()).toBe(20)
  await page.locator('.load-more').click()
  await poll(
    async () => page.locator('.roster-row').count(),
    (n) => n === 33,
  )
  expect(await page.locator('.roster-row').count()).toBe(33)
  expect(await page.locator('.roster-row-waitlisted').count()).toBe(3)
  expect(await page.locator('.load-more').count()).toBe(0)
  const first = await page.locator('.roster-row').first().innerText()
  expect(first).toMatch(/\*\*\*\*/) // the phone is masked
  expect(first).not.toMatch(/1\d{10}/)
})

test('a person signed up without the reminder turns it on from the event page', async () => {
  const GOVERNANCE = 'ev-demo-walk-governance'
  const form = { name: '王阿姨', phone: '13800001111' }
  const signed = await app.cloud.call('events.signup', { eventId: GOVERNANCE, form, remind: false }, 'demo-resident')
  expect(signed).toMatchObject({ ok: true, data: { status: 'seated' } })
  await speakAs('demo-resident')
  await page.goto(`${app.cloud.url}/#/features/events/subpages/detail/index?id=${GOVERNANCE}`)
  await page.locator('.my-signup-status-seated').waitFor({ timeout: 15_000 })
  expect(await page.locator('.reminder-on').count()).toBe(0)
  await page.locator('.remind-me-button').click()
  await page.locator('.reminder-on').waitFor({ timeout: 10_000 })
  expect(await page.locator('.reminder-on').innerText()).toContain('已开启提醒')
  expect(await page.locator('.remind-me-button').count()).toBe(0)
  expect((await app.cloud.store.find('signups', { _id: `${GOVERNANCE}:demo-resident` }))[0].remind).toBe(true)
  // The consent was asked from the tap (the local cloud stands in for WeChat's dialog).
  expect(await app.cloud.store.count('_local_subscriptions', { openid: 'demo-resident', templateId: 'LOCAL_EVENT_REMINDER' })).toBeGreaterThan(0)
})

test('staff create an evening course with two sessions typed in Shanghai time', async () => {
  // Days ahead of the real clock, as Shanghai dates (the local cloud's clock is not pinned here).
  const day = (n: number) => new Date(Date.now() + n * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10)
  const TITLE = '新域夜校·手机摄影'
  await speakAs('demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/events/edit/index`)
  await page.locator('.edit-chip-nightSchool').click()
  await page.locator('.edit-title input').fill(TITLE)
  await page.locator('.edit-startAt input').fill(`${day(10)} 19:00`)
  await page.locator('.edit-endAt input').fill(`${day(17)} 20:30`)
  await page.locator('.edit-signupDeadline input').fill(`${day(9)} 20:00`)
  expect(await page.locator('.edit-sessions__empty').count()).toBe(1)
  await page.locator('.add-session-button').click()
  await page.locator('.edit-session-0 .edit-session-title input').fill('构图与光线')
  await page.locator('.add-session-button').click()
  await page.locator('.edit-session-1 .edit-session-title input').fill('修图与分享')
  expect(await page.locator('.edit-session-1 .edit-session-date input').inputValue()).toBe(day(17)) // a week later
  // A third one added by mistake is removed again.
  await page.locator('.add-session-button').click()
  await page.locator('.edit-session-2 .remove-session-button').click()
  expect(await page.locator('.edit-session').count()).toBe(2)
  expect(await page.locator('.choose-place-button').count()).toBe(0) // h5: typed place only
  await page.locator('.edit-place-name input').fill('新华路党群服务站')
  await page.locator('.save-publish-button').click()
  await closedAfterSave(page, '.staff-event-edit')

  const stored = await poll(
    () => app.cloud.store.find('events', { title: TITLE }),
    (docs) => docs.length === 1,
  )
  const sessions = stored[0].sessions as Array<{ title: string; startAt: Date; endAt: Date }>
  expect(sessions.map((s) => s.title)).toEqual(['构图与光线', '修图与分享'])
  expect(new Date(sessions[0].startAt).toISOString()).toBe(new Date(`${day(10)}T19:00:00+08:00`).toISOString())
  expect(new Date(sessions[1].endAt).toISOString()).toBe(new Date(`${day(17)}T20:30:00+08:00`).toISOString())
  expect((stored[0].place as { name: string }).name).toBe('新华路党群服务站')
})
