// Custom sign-up questions in the h5 build (issue 18): staff add a 单选 and a 多选 question in the event editor, a
// resident answers them with big tappable options, the answers are stored as picked, and the options are tap-sized.
import type { Page } from 'playwright-core'
import { closedAfterSave, openApp, type AppUnderTest, switchIdentity } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
})
afterAll(() => app?.close())

test('staff add a single and a multiple choice question; a resident answers them and signs up', async () => {
  const day = (n: number) => new Date(Date.now() + n * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10)
  const TITLE = '一条围巾·冬日集市'
  await switchIdentity(page, app.cloud.url, 'demo-staff')
  await page.goto(`${app.cloud.url}/#/staff/events/edit/index`)
  await page.locator('.edit-title input').fill(TITLE)
  await page.locator('.edit-startAt input').fill(`${day(10)} 09:30`)
  await page.locator('.edit-endAt input').fill(`${day(10)} 11:30`)
  await page.locator('.edit-signupDeadline input').fill(`${day(9)} 20:00`)

  await page.locator('.add-question-button').click()
  await page.locator('.edit-question-0 .edit-question__label input').fill('围巾颜色')
  await page.locator('.edit-question-0 .edit-question-type-choice').click()
  await page.locator('.edit-question-0 .edit-question__options textarea').fill('红色\n灰色')
  await page.locator('.edit-question-0 .edit-question__required').click()
  await page.locator('.add-question-button').click()
  await page.locator('.edit-question-1 .edit-question__label input').fill('可参加的时段')
  await page.locator('.edit-question-1 .edit-question-type-multiChoice').click()
  await page.locator('.edit-question-1 .edit-question__options textarea').fill('上午\n下午\n晚上')
  await page.locator('.save-publish-button').click()
  await closedAfterSave(page, '.staff-event-edit')
  // Opened first (a link, not a tap from 活动管理), the editor has nothing to go back to: it goes on to 活动管理.
  expect(page.url()).toContain('#/staff/events/manage/index')

  const [event] = await poll(
    () => app.cloud.store.find('events', { title: TITLE }),
    (docs) => docs.length === 1,
  )
  expect(event.formFields).toEqual([
    { key: 'name', label: '姓名', type: 'name', required: true },
    { key: 'phone', label: '手机号', type: 'phone', required: true },
    { key: 'q1', label: '围巾颜色', type: 'choice', required: true, options: ['红色', '灰色'] },
    { key: 'q2', label: '可参加的时段', type: 'multiChoice', required: false, options: ['上午', '下午', '晚上'] },
  ])

  await switchIdentity(page, app.cloud.url, 'demo-resident')
  await page.goto(`${app.cloud.url}/#/features/events/subpages/detail/index?id=${encodeURIComponent(String(event._id))}`)
  await page.locator('.signup-field-name input').fill('王小明')
  await page.locator('.signup-field-phone input').fill('13812345678')
  // Without the required choice the server says which question is missing.
  await page.locator('.signup-button').click()
  expect(
    await poll(
      () =>
        page
          .locator('.signup-problem')
          .innerText()
          .catch(() => ''),
      (t) => t.length > 0,
    ),
  ).toContain('请选择围巾颜色')

  await page.locator('.signup-field-q1 .signup-option-1').click()
  await page.locator('.signup-field-q2 .signup-option-2').click()
  await page.locator('.signup-field-q2 .signup-option-0').click()
  // Every option is a tap target of at least 44 px.
  for (const box of await page.locator('.signup-option').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(44)
  await page.locator('.signup-button').click()
  await page.locator('.my-signup-status-seated').waitFor({ timeout: 15_000 })
  const [form] = await app.cloud.store.find('signupForms', { eventId: event._id })
  expect(form.answers).toEqual({ name: '王小明', phone: '13812345678', q1: '灰色', q2: '上午、晚上' })
})
