import { minutesText, recordTimeText } from '@/src/features/teams/format'

it('says minutes the way a volunteer reads them', () => {
  expect(minutesText(0)).toBe('0 分钟')
  expect(minutesText(45)).toBe('45 分钟')
  expect(minutesText(120)).toBe('2 小时')
  expect(minutesText(250)).toBe('4 小时 10 分')
  expect(recordTimeText(null, null)).toBe('—')
  expect(recordTimeText('2026-12-05T01:00:00.000Z', null)).toMatch(/签到$/)
})
