import { charCount, cutText, hasControlChars, isRealDay, isRealInstant, maskName, maskPhone, normaliseMobile, safeFileName, shanghaiTime } from '@/types/text'

/** A lone surrogate: what a cut inside a 4-byte character leaves behind. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

// Seeded so a failure can be replayed; characters from every plane a person may type.
function randomStrings(count: number, seed = 13): string[] {
  let x = seed
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x)
  const pool = ['a', '小', '明', '𠀀', '𪚥', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', 'é', 'e\u0301', ' ', '1']
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 30) }, () => pool[next() % pool.length]).join(''))
}

describe('masks and cuts count characters, never UTF-16 units', () => {
  test('𠀀小明 keeps its first character whole', () => {
    expect(maskName('𠀀小明')).toBe('𠀀**')
  })
  test('an 11-character name of 4-byte characters is 11 characters', () => {
    expect(charCount('𠀀'.repeat(11))).toBe(11)
  })
  test('an emoji with a skin tone and a family emoji are one character each', () => {
    expect(charCount('👍🏽')).toBe(1)
    expect(charCount('👨‍👩‍👧')).toBe(1)
  })
  test('a cut with an ellipsis stays within the limit and whole', () => {
    expect(cutText('𠀀'.repeat(25), 20, '…')).toBe(`${'𠀀'.repeat(19)}…`)
  })
  test('random strings with 4-byte characters and emoji through every mask and cut leave no half character', () => {
    for (const s of randomStrings(400)) {
      for (const out of [maskName(s) ?? '', cutText(s, 5), cutText(s, 20, '…'), safeFileName(s, 'x', 7)]) {
        expect(out).not.toMatch(LONE_SURROGATE)
      }
      expect(charCount(cutText(s, 5))).toBeLessThanOrEqual(5)
      expect(charCount(cutText(s, 20, '…'))).toBeLessThanOrEqual(20)
      expect(charCount(safeFileName(s, 'x', 7))).toBeLessThanOrEqual(7)
      if (s.trim()) expect(charCount(maskName(s)!)).toBe(Math.max(2, charCount(s.trim())))
    }
  })
  test('a phone mask keeps three and four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
    expect(maskPhone('+86 138 0013 8000')).toBe('138****8000')
  })
})

describe('phones are taken as people write them and checked as mainland mobiles', () => {
  test.each([
    ['+86 138 0013 8000', '13800138000'],
    ['0086-138-0013-8000', '13800138000'],
    ['８６１３８００１３８０００', '13800138000'],
    ['１３８ ００１３ ８０００', '13800138000'],
    ['(+86) 13800138000', '13800138000'],
  ])('%s → %s', (typed, stored) => expect(normaliseMobile(typed)).toBe(stored))
  test.each(['12345678901', '1380013800', '138001380001', '02161234567', 'abcdefghijk'])('%s is not a mainland mobile', (typed) => {
    expect(normaliseMobile(typed)).toBeNull()
  })
})

describe('dates are checked by round trip', () => {
  test.each(['2026-13-01', '2026-02-30', '2025-02-29', '2026-00-10', '2026-1-01'])('%s is not a day', (s) => expect(isRealDay(s)).toBe(false))
  test.each(['2024-02-29', '2026-12-31'])('%s is a day', (s) => expect(isRealDay(s)).toBe(true))
  test.each(['2026-02-30T09:00:00+08:00', '2026-13-01T09:00:00Z', '2026-05-01T24:00:00+08:00', '2026-05-01T09:60:00+08:00', '2026-05-01 09:00'])(
    '%s is not a time',
    (s) => expect(isRealInstant(s)).toBe(false),
  )
  test('a real time with an offset is one', () => expect(isRealInstant('2026-05-01T09:00:00.000+08:00')).toBe(true))
})

test('exports read in Shanghai time: a 00:30 Shanghai sign-up is 2026-12-02 00:30', () => {
  expect(shanghaiTime('2026-12-01T16:30:00.000Z')).toBe('2026-12-02 00:30')
})

test('file names lose / : * ? and the like', () => {
  expect(safeFileName('社区/夜校: 第1期*?<>|"\\')).toBe('社区_夜校_ 第1期_______')
  expect(safeFileName('...')).toBe('导出')
})

test('control characters are refused; long text keeps its line breaks', () => {
  expect(hasControlChars('\u0000')).toBe(true)
  expect(hasControlChars('a\u007fb')).toBe(true)
  expect(hasControlChars('第一行\n第二行')).toBe(true)
  expect(hasControlChars('第一行\n第二行', true)).toBe(false)
})
