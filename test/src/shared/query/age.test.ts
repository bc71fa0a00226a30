// The age shown beside kept data: whole minutes, then hours, then days (the words the issue asks for: "3 分钟前的数据").
import { dataAgeText } from '@/src/shared/query/age'

const MINUTE = 60_000
const t0 = Date.UTC(2026, 10, 30, 8, 0)

it('says 刚刚 under a minute and when the clock went backwards', () => {
  expect(dataAgeText(t0, t0 + 59_000)).toBe('刚刚的数据')
  expect(dataAgeText(t0, t0 - 5 * MINUTE)).toBe('刚刚的数据')
})

it('counts whole minutes, then hours, then days', () => {
  expect(dataAgeText(t0, t0 + 3 * MINUTE + 30_000)).toBe('3 分钟前的数据')
  expect(dataAgeText(t0, t0 + 59 * MINUTE)).toBe('59 分钟前的数据')
  expect(dataAgeText(t0, t0 + 2 * 60 * MINUTE)).toBe('2 小时前的数据')
  expect(dataAgeText(t0, t0 + 3 * 24 * 60 * MINUTE)).toBe('3 天前的数据')
})
