// Custom sign-up questions (issue 18): answers checked against the event's questions, and the questions themselves.
import { formFieldSchema, type FormField } from '@/types/events'
import { maskAnswers, validateForm } from '@/cloudfunctions/api/events/formAnswers'

const size: FormField = { key: 'size', label: '围巾颜色', type: 'choice', required: true, options: ['红色', '灰色'] }
const slots: FormField = { key: 'slots', label: '可参加的时段', type: 'multiChoice', required: false, options: ['上午', '下午', '晚上'] }
const note: FormField = { key: 'note', label: '过敏情况', type: 'text', required: false, personal: true }
const shop: FormField = { key: 'shopName', label: '店名', type: 'text', required: false }
const fields = [size, slots, note, shop]

describe('validateForm with custom questions', () => {
  it('keeps a single choice among the options', () => {
    expect(validateForm(fields, { size: '灰色' })).toEqual({ answers: { size: '灰色' } })
  })

  it('refuses a choice that is not an option, naming the question', () => {
    expect(validateForm(fields, { size: '蓝色' })).toEqual({ problem: '围巾颜色：没有“蓝色”这个选项' })
  })

  it('asks to pick a required choice left empty', () => {
    expect(validateForm(fields, {})).toEqual({ problem: '请选择围巾颜色' })
  })

  it("stores multiple choices in the question's order, each once", () => {
    expect(validateForm(fields, { size: '红色', slots: ['晚上', '上午', '晚上'] })).toEqual({ answers: { size: '红色', slots: '上午、晚上' } })
  })

  it('refuses a multiple choice with an unknown option, and a list for a single answer', () => {
    expect(validateForm(fields, { size: '红色', slots: ['上午', '半夜'] })).toEqual({ problem: '可参加的时段：没有“半夜”这个选项' })
    expect(validateForm(fields, { size: ['红色', '灰色'] })).toEqual({ problem: '围巾颜色：只能填一个答案' })
  })

  it('masks a personal text answer in lists, not a choice or an ordinary text', () => {
    const { answers } = validateForm(fields, { size: '红色', note: '花生过敏', shopName: '老周修鞋铺' }) as { answers: Record<string, string> }
    const masked = maskAnswers(fields, answers)
    expect(masked.note).not.toContain('花生')
    expect(masked).toMatchObject({ size: '红色', shopName: '老周修鞋铺' })
  })
})

describe('the question schema', () => {
  const parse = (f: object) => formFieldSchema.safeParse(f)
  it('takes a choice question with 2–10 distinct options', () => {
    expect(parse(size).success).toBe(true)
    expect(parse({ ...size, options: ['红色'] }).success).toBe(false)
    expect(parse({ ...size, options: Array.from({ length: 11 }, (_, i) => `选项${i}`) }).success).toBe(false)
    expect(parse({ ...size, options: ['红色', '红色'] }).success).toBe(false)
  })

  it('needs options on a choice question and refuses them elsewhere', () => {
    expect(parse({ key: 'x', label: '题', type: 'choice', required: true }).success).toBe(false)
    expect(parse({ ...shop, options: ['a', 'b'] }).success).toBe(false)
  })

  it('refuses an option holding the separator multiple choices are stored with', () => {
    expect(parse({ ...slots, options: ['上午、下午', '晚上'] }).success).toBe(false)
  })

  it('counts option length in characters: 20 four-byte characters fit, 21 do not', () => {
    expect(parse({ ...size, options: ['𠀀'.repeat(20), '灰色'] }).success).toBe(true)
    expect(parse({ ...size, options: ['𠀀'.repeat(21), '灰色'] }).success).toBe(false)
  })
})
