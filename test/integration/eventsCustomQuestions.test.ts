// Custom sign-up questions (issue 18) through the local cloud: staff add text / single / multiple choice questions,
// answers are checked on the server against them, and personal answers are masked in the roster and its CSV.
import type { FormField } from '@/types/events'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ADMIN, NOW, STAFF, arrangeEventPeople, createEvent, eventFields, ok } from '../helpers/eventsFixture'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

const questions: FormField[] = [
  { key: 'name', label: '姓名', type: 'name', required: true },
  { key: 'colour', label: '围巾颜色', type: 'choice', required: true, options: ['红色', '灰色'] },
  { key: 'slots', label: '可参加的时段', type: 'multiChoice', required: false, options: ['上午', '下午', '晚上'] },
  { key: 'allergy', label: '过敏情况', type: 'text', required: false, personal: true },
  { key: 'shopName', label: '店名', type: 'text', required: false },
]

it('keeps the questions on the event and the answers as checked, masked where personal', async () => {
  const id = await createEvent(cloud, { formFields: questions })
  const view = await ok(cloud, 'events.get', { id }, 'q-resident')
  expect(view.formFields).toEqual(questions)

  await ok(
    cloud,
    'events.signup',
    { eventId: id, form: { name: '王小明', colour: '灰色', slots: ['晚上', '上午'], allergy: '花生过敏', shopName: '老周修鞋铺' } },
    'q-resident',
  )
  const [stored] = await cloud.store.find('signupForms', { eventId: id })
  expect(stored.answers).toEqual({ name: '王小明', colour: '灰色', slots: '上午、晚上', allergy: '花生过敏', shopName: '老周修鞋铺' })

  const roster = await ok(cloud, 'events.roster', { eventId: id }, STAFF)
  const row = roster.rows[0].answers
  expect(row).toMatchObject({ colour: '灰色', slots: '上午、晚上', shopName: '老周修鞋铺' })
  expect(row.allergy).not.toContain('花生')
  expect(row.name).not.toBe('王小明')

  const { csv } = await ok(cloud, 'events.rosterCsv', { eventId: id }, ADMIN)
  expect(csv).toContain('围巾颜色')
  expect(csv).toContain('上午、晚上')
  expect(csv).not.toContain('花生过敏')
})

it('refuses answers that do not fit the questions, naming the question, and writes nothing', async () => {
  const id = await createEvent(cloud, { formFields: questions })
  const attempts: Array<[object, string]> = [
    [{ name: '李四' }, '请选择围巾颜色'],
    [{ name: '李四', colour: '蓝色' }, '围巾颜色：没有“蓝色”这个选项'],
    [{ name: '李四', colour: '红色', slots: ['半夜'] }, '可参加的时段：没有“半夜”这个选项'],
    [{ name: '李四', colour: '红色', allergy: '过'.repeat(101) }, '最多 100 个字'],
  ]
  for (const [form, message] of attempts) {
    const res = await cloud.callUnchecked('events.signup', { eventId: id, form }, 'q-other')
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!res.ok) expect(res.error.message).toContain(message)
  }
  expect(await cloud.store.count('signups', { eventId: id })).toBe(0)
  expect(await cloud.store.count('signupForms', { eventId: id })).toBe(0)
})

it('refuses a choice question without options, and a ninth field', async () => {
  const bad = await cloud.call(
    'events.create',
    { ...eventFields({ formFields: [{ key: 'q', label: '问题', type: 'choice', required: true }] }), publish: true },
    STAFF,
  )
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  const nine = Array.from({ length: 9 }, (_, i): FormField => ({ key: `q${i}`, label: `问题${i}`, type: 'text', required: false }))
  expect(await cloud.call('events.create', { ...eventFields({ formFields: nine }), publish: true }, STAFF)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
})
