// Older eyes (issue 18 part 6): the text scale follows the system font size and 大字模式, within bounds.
import { LARGER_TEXT_FACTOR, MAX_TEXT_SCALE, textScale } from '@/src/features/me/textScale'

it('is the system scale when 大字模式 is off, and 1 when the system says nothing usable', () => {
  expect(textScale(1, false)).toBe(1)
  // WeChat iOS +2 at 375 px: 19.5 / 17 (适老化 guide table).
  expect(textScale(19.5 / 17, false)).toBe(1.15)
  expect(textScale(undefined, false)).toBe(1)
  expect(textScale(Number.NaN, false)).toBe(1)
  expect(textScale(-2, false)).toBe(1)
})

it('大字模式 adds a quarter on top of the system scale', () => {
  expect(LARGER_TEXT_FACTOR).toBe(1.25)
  expect(textScale(1, true)).toBe(1.25)
  expect(textScale(1.2, true)).toBe(1.5)
})

it('stops at twice the normal size, so a line still fits a phone', () => {
  expect(MAX_TEXT_SCALE).toBe(2)
  expect(textScale(1.8, true)).toBe(2)
})
