// The event editor's custom questions (issue 18): what the editor sends passes the contract's own schema.
import { eventFieldsSchema } from '@/types/events'
import { fieldsOf, newDraft } from '@/src/staff/events/edit/draft'
import { MAX_FORM_FIELDS, newQuestion, optionsFromText, withPersonal, withType } from '@/src/staff/events/edit/questions'

const draftWithTitle = () => ({ ...newDraft(), title: '一条围巾·冬日集市' })

it('a new question gets a key no field uses', () => {
  const fields = newDraft().formFields
  const q1 = newQuestion(fields)
  expect(q1.key).toBe('q1')
  expect(newQuestion([...fields, q1]).key).toBe('q2')
})

it('a choice question typed one option per line (blank lines while typing) is sent clean and passes the schema', () => {
  const q = { ...withType(newQuestion([]), 'multiChoice'), label: '可参加的时段', options: optionsFromText('上午\n\n 下午 \n晚上\n') }
  const fields = fieldsOf({ ...draftWithTitle(), formFields: [...newDraft().formFields, q] })
  expect(fields.formFields[2].options).toEqual(['上午', '下午', '晚上'])
  expect(eventFieldsSchema.safeParse(fields).success).toBe(true)
})

it('switching a question to text drops its options; personal can be switched off again', () => {
  const choice = { ...withType(newQuestion([]), 'choice'), label: '颜色', options: ['红', '灰'] }
  const text = withType(choice, 'text')
  expect(text.options).toBeUndefined()
  const personal = withPersonal(text, true)
  expect(personal.personal).toBe(true)
  expect('personal' in withPersonal(personal, false)).toBe(false)
})

it("the form holds at most the API's eight fields", () => {
  const fields = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => ({ key: `q${i + 1}`, label: `问题${i + 1}`, type: 'text' as const, required: false }))
  expect(eventFieldsSchema.safeParse(fieldsOf({ ...draftWithTitle(), formFields: fields })).success).toBe(false)
  expect(eventFieldsSchema.safeParse(fieldsOf({ ...draftWithTitle(), formFields: fields.slice(0, MAX_FORM_FIELDS) })).success).toBe(true)
})
