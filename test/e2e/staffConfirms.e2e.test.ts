// Irreversible staff actions ask first and say who will be told (issue 13: "取消活动, 通过, 删除, 手动签到 …
// happen on one tap, with no confirmation and no one told"). 通过 is in projects.e2e; here 取消活动 and 手动签到:
// 再想想 changes nothing; confirming does the change.
import type { Page } from 'playwright-core'
import { eventFields, hoursFrom } from '../helpers/eventsFixture'
import { openApp, type AppUnderTest, switchIdentity, textOf as textOfIn } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
let eventId: string
let laterId: string

async function arrange(title: string, startInHours: number): Promise<string> {
  const now = new Date()
  const fields = eventFields({
    title,
    capacity: 5,
    startAt: hoursFrom(now, startInHours),
    endAt: hoursFrom(now, startInHours + 2),
    signupDeadline: hoursFrom(now, startInHours / 2),
  })
  const created = await app.cloud.call('events.create', { ...fields, publish: true }, 'demo-staff')
  if (!created.ok) throw new Error(created.error.message)
  for (const who of ['sc-one', 'sc-two']) await app.cloud.call('events.signup', { eventId: created.data.id, form: {} }, who)
  return created.data.id
}

beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
  eventId = await arrange('确认测试活动', 0.5) // check-in is open (it opens an hour before the start)
  laterId = await arrange('后天的活动', 48)
  await switchIdentity(page, app.cloud.url, 'demo-staff')
})
afterAll(() => app?.close())

const text = (selector: string) => textOfIn(page, selector)
const signupStatus = async (who: string) => (await app.cloud.store.find('signups', { _id: `${eventId}:${who}` }))[0]?.status

test('the roster offers no 手动签到 before check-in opens (the server would refuse it)', async () => {
  await page.goto(`${app.cloud.url}/#/staff/events/roster/index?id=${laterId}`)
  await page.locator('.roster-row').first().waitFor({ timeout: 15_000 })
  expect(await page.locator('.roster-row').count()).toBe(2)
  expect(await page.locator('.manual-checkin').count()).toBe(0)
})

test('手动签到 asks first; 再想想 leaves the person not checked in, 签到 checks them in', async () => {
  await page.goto(`${app.cloud.url}/#/staff/events/roster/index?id=${eventId}`)
  await page.locator('.manual-checkin').first().waitFor({ timeout: 15_000 })
  await page.locator('.manual-checkin').first().click()
  expect(await poll(text('.taro-modal__content'), (t) => t.includes('不能撤回'), 10_000)).toContain('签到')
  await page.locator('.taro-model__cancel').click()
  await page.waitForTimeout(500)
  expect(await app.cloud.store.count('signups', { eventId, checkedInAt: { $ne: null } })).toBe(0)
  await page.locator('.manual-checkin').first().click()
  await poll(text('.taro-modal__content'), (t) => t.includes('不能撤回'), 10_000)
  await page.locator('.taro-model__confirm').click()
  expect(
    await poll(
      () => app.cloud.store.count('signups', { eventId, checkedInAt: { $ne: null } }),
      (n) => n === 1,
    ),
  ).toBe(1)
})

test('取消活动 asks first, naming how many people are affected and that subscribers are told; 再想想 changes nothing', async () => {
  await page.goto(`${app.cloud.url}/#/staff/events/roster/index?id=${eventId}`)
  await page.locator('.cancel-event-button').waitFor({ timeout: 15_000 })
  await page.locator('.cancel-event-button').click()
  const asked = await poll(text('.taro-modal__content'), (t) => t.includes('活动取消'), 10_000)
  expect(asked).toContain('2 人')
  expect(asked).toContain('活动取消')
  await page.locator('.taro-model__cancel').click()
  await page.waitForTimeout(500)
  expect((await app.cloud.store.find('events', { _id: eventId }))[0].status).toBe('published')
  expect(await signupStatus('sc-two')).toBe('seated')

  await page.locator('.cancel-event-button').click()
  await poll(text('.taro-modal__content'), (t) => t.includes('活动取消'), 10_000)
  await page.locator('.taro-model__confirm').click()
  expect(
    await poll(
      async () => (await app.cloud.store.find('events', { _id: eventId }))[0].status,
      (s) => s === 'cancelled',
    ),
  ).toBe('cancelled')
  expect(
    await poll(
      () => signupStatus('sc-two'),
      (st) => st === 'cancelled',
    ),
  ).toBe('cancelled')
})
