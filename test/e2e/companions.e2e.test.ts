// 为家人报名 (issue 18): a resident signs up, then signs up a family member on the event page; 我的活动 then holds
// two sign-ups, each with its own check-in code.
import type { Page } from 'playwright-core'
import { openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(90_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

const TITLE = '街区运动会·亲子组'
const hence = (days: number, hours = 0) => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString()

test('为家人报名 → two sign-ups with two check-in codes in 我的活动', async () => {
  const created = await app.cloud.callOk(
    'events.create',
    {
      kind: 'market',
      title: TITLE,
      description: '',
      organiser: '街区党支部',
      place: { name: '新华路党群服务站', address: '新华路 211 号', lat: 31.2049, lng: 121.4251 },
      startAt: hence(5),
      endAt: hence(5, 2),
      signupDeadline: hence(4),
      capacity: 10,
      waitlistEnabled: true,
      audience: 'all',
      visibility: 'public',
      formFields: [{ key: 'age', label: '年龄', type: 'text', required: true }],
      publish: true,
    },
    'demo-staff',
  )
  const id = created.id
  await switchIdentity(page, app.cloud.url, 'demo-resident')
  await page.goto(`${app.cloud.url}/#/features/events/subpages/detail/index?id=${id}`)
  await page.locator('.signup-field-age input').first().fill('40')
  await page.locator('.signup-button').click()
  await page.locator('.my-signup-status-seated').waitFor({ timeout: 15_000 })

  await page.locator('.companion-open').click()
  // Without a name: refused inline, nothing written.
  await page.locator('.companion-form .signup-field-age input').fill('8')
  await page.locator('.companion-submit').click()
  expect(
    await poll(
      async () => page.locator('.companion-form .signup-problem').count(),
      (n) => n > 0,
    ),
  ).toBe(1)
  expect(await page.locator('.companion-form .signup-problem').innerText()).toContain('家人姓名')
  await page.locator('.companion-name-input input').fill('张小明')
  await page.locator('.companion-submit').click()
  await page.locator('.companion-seated', { hasText: '张小明' }).waitFor({ timeout: 15_000 })

  const stored = await app.cloud.store.find('signups', { eventId: id })
  expect(stored.map((s) => [s._id, s.status]).sort()).toEqual([
    [`${id}:demo-resident`, 'seated'],
    [`${id}:demo-resident:1`, 'seated'],
  ])
  expect(stored[0].checkinToken).not.toBe(stored[1].checkinToken)

  await page.goto(`${app.cloud.url}/#/features/events/subpages/mine/index`)
  const items = page.locator('.my-event-seated', { hasText: TITLE })
  expect(
    await poll(
      async () => items.count(),
      (n) => n === 2,
    ),
  ).toBe(2)
  expect(await items.nth(1).locator('.my-event-companion').innerText()).toContain('张小明')
  // Each has its own 出示签到码 (one shown at a time), and the two codes differ.
  for (const i of [0, 1]) {
    await items.nth(i).locator('.my-event-code__toggle').click()
    expect(
      await poll(
        async () => items.nth(i).locator('.qr-code').count(),
        (n) => n === 1,
      ),
    ).toBe(1)
  }
  const mine = (await app.cloud.callOk('events.mine', {}, 'demo-resident')).items.filter((it) => it.event.id === id)
  const codes = mine.map((it) => it.signup.checkinCode)
  expect(codes.every(Boolean) && codes[0] !== codes[1]).toBe(true)
})
