// types/text.ts segments long text a window at a time (V8's Intl.Segmenter copies the whole input per segment,
// so one huge field made an api call run out of time). The windowed answer must be exactly the segmenter's own.
import { charCount, charCountUpTo, characters, cutText } from '@/types/text'

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' })
const reference = (s: string) => Array.from(segmenter.segment(s), (part) => part.segment)

// Seeded; clusters that straddle a window edge: flags (pairs of regional indicators), ZWJ families, skin tones,
// combining marks (one cluster longer than a window), CR LF.
function randomLongStrings(count: number, seed = 13): string[] {
  let x = seed
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x)
  const pool = [
    'a',
    '小',
    '𠀀',
    '😀',
    '👍🏽',
    '👨‍👩‍👧',
    '🇨🇳',
    '🇺🇸',
    '\u{1F1E8}',
    'e\u0301',
    '\u0301',
    '\u200d',
    ' ',
    '\r\n',
    '\r',
    '\n',
    '字\u0308'.padEnd(90, '\u0308'),
  ]
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 300) }, () => pool[next() % pool.length]).join(''))
}

it('gives the same characters as the segmenter over the whole string, across every window edge', () => {
  for (const s of randomLongStrings(500)) expect(characters(s)).toEqual(reference(s))
})

it('counts a 200,000-character field (the length an attacker sends) exactly', () => {
  expect(charCount('字'.repeat(200_000))).toBe(200_000)
  expect(charCount('🇨🇳'.repeat(50_000))).toBe(50_000)
})

it('counting up to a cap stops there, and cuts read only what they keep', () => {
  expect(charCountUpTo('𠀀'.repeat(1000), 21)).toBe(21)
  expect(charCountUpTo('𠀀小明', 21)).toBe(3)
  expect(cutText('👨‍👩‍👧'.repeat(100), 3)).toBe('👨‍👩‍👧'.repeat(3))
})
