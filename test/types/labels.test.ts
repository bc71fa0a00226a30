// Every field a person can get wrong has a label: an error never shows a schema key.
import { FIELD_LABELS, labelOfPath } from '@/types/labels'
import { contractFields } from '../helpers/contractFields'

test('every key of every action input has a Chinese label', () => {
  const keys = new Set(contractFields().flatMap((f) => f.path.filter((p): p is string => typeof p === 'string' && p !== 'x')))
  const missing = [...keys].filter((k) => !/[\u4e00-\u9fff]/.test(FIELD_LABELS[k] ?? ''))
  expect(missing).toEqual([])
})

test('a nested path reads as the form does', () => {
  expect(labelOfPath('events.create', ['formFields', 0, 'label'])).toBe('报名表 第 1 项 名称')
  expect(labelOfPath('events.create', ['startAt'])).toBe('开始时间')
  expect(labelOfPath('visits.log', ['date'])).toBe('走访日期')
})
