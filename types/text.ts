// Text, dates and phones as people write them: one set of helpers for the app and the functions.
// Lengths, masks and cuts count what a person sees as one character: grapheme clusters where the runtime
// has `Intl.Segmenter` (Node 16+, so every cloud function; iOS 14.5+ and recent Android WebViews), else
// code points (WeChat's engines without Intl) — never UTF-16 units, so `𠀀` is one character, not two.

type Segmenter = { segment(s: string): Iterable<{ segment: string }> }
const SegmenterCtor = (globalThis as { Intl?: { Segmenter?: new (locale?: string, opts?: { granularity: 'grapheme' }) => Segmenter } }).Intl?.Segmenter
const graphemeSegmenter: Segmenter | null = SegmenterCtor ? new SegmenterCtor('zh', { granularity: 'grapheme' }) : null

/** UTF-16 units segmented at once; see `characters`. */
const SEGMENT_WINDOW = 64

/**
 * The characters of `s` as a person counts them (grapheme clusters, else code points).
 * V8's `Intl.Segmenter` copies the whole input for each segment it hands out, so a 200,000-character string
 * took minutes and gigabytes (an api call with one huge field timed out). So `s` is segmented a window at a time:
 * every segment of a window but its last is whole (a break depends only on the characters around it, and each
 * window starts at a break and ends on a whole code point), the last is read again with the next window; a
 * window holding less than two segments (one very long cluster) is widened until it does.
 */
export function characters(s: string, atMost = Infinity): string[] {
  if (!graphemeSegmenter) return Array.from(s).slice(0, atMost)
  const out: string[] = []
  let at = 0
  let size = SEGMENT_WINDOW
  while (at < s.length && out.length < atMost) {
    let end = at + size
    const last = s.charCodeAt(end - 1)
    if (last >= 0xd800 && last <= 0xdbff) end++ // never end inside a 4-byte character: its half would break the cluster before
    const parts = Array.from(graphemeSegmenter.segment(s.slice(at, end)), (part) => part.segment)
    if (end >= s.length) return out.concat(parts).slice(0, atMost)
    if (parts.length < 2) {
      size *= 2
      continue
    }
    parts.pop()
    for (const part of parts) {
      out.push(part)
      at += part.length
    }
    size = SEGMENT_WINDOW
  }
  return out.slice(0, atMost)
}

/** How many characters `s` has (`'𠀀小明'` → 3; `'👍🏽'` → 1 with Intl.Segmenter). */
export const charCount = (s: string): number => characters(s).length

/** `charCount(s)`, but counting stops at `cap`: enough to tell "more than max" without reading all of a huge input. */
export const charCountUpTo = (s: string, cap: number): number => characters(s, cap).length

/** `s` cut to at most `max` characters, never inside one; `ellipsis` (counted) marks a cut. */
export function cutText(s: string, max: number, ellipsis = ''): string {
  const chars = characters(s, max + 1)
  if (chars.length <= max) return s
  const keep = Math.max(0, max - charCount(ellipsis))
  return chars.slice(0, keep).join('') + ellipsis
}

/** "张小明" → "张**", "𠀀小明" → "𠀀**": the first character kept whole, one star per other character (at least one). */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null
  const chars = characters(name.trim())
  if (!chars.length) return null
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`
}

/** "13812345678" and "+86 138 1234 5678" → "138****5678"; anything else with digits: its digits masked but the last 4 (at most). */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  const digits = normaliseMobile(phone) ?? (normaliseDigits(phone).match(/\d/g) ?? []).join('')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`
}

/** Full-width digits, letters and signs (`１３８`, `＋`) to their ASCII forms; other text unchanged. */
export function normaliseDigits(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** A mainland mobile: 11 digits, 1 then 3–9. */
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

/**
 * A phone as typed (`+86 138 0013 8000`, `0086-13800138000`, full-width digits, brackets) → `13800138000`,
 * or null when it is not a mainland mobile (`12345678901`, too short, letters).
 */
export function normaliseMobile(input: string): string | null {
  let s = normaliseDigits(input).replace(/[\s\-()（）.]/g, '')
  if (s.startsWith('+86')) s = s.slice(3)
  else if (s.startsWith('0086')) s = s.slice(4)
  else if (s.length === 13 && s.startsWith('86')) s = s.slice(2)
  return MAINLAND_MOBILE.test(s) ? s : null
}

/**
 * A service number (shop, station, hotline) as typed → its digits with `+` and `-` kept, spaces and
 * full-width forms normalised; null when it is not 5–20 such characters or has too few digits.
 */
export function normaliseServicePhone(input: string): string | null {
  const s = normaliseDigits(input).trim().replace(/\s+/g, ' ')
  if (!/^\+?[0-9][0-9\- ()]{3,19}$/.test(s)) return null
  return (s.match(/\d/g) ?? []).length >= 5 ? s : null
}

/** C0 and C1 control characters and the DEL; `allowLineBreaks` lets `\n`, `\r` and `\t` through (long text). */
export function hasControlChars(s: string, allowLineBreaks = false): boolean {
  // eslint-disable-next-line no-control-regex
  return (allowLineBreaks ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/ : /[\u0000-\u001f\u007f-\u009f]/).test(s)
}

/** `YYYY-MM-DD` that names a real day (`2026-02-30` and `2026-13-01` do not): checked by round trip. */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const at = new Date(Date.UTC(y, mo - 1, d))
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d
}

/**
 * An ISO 8601 time with an offset whose wall-clock parts are real (`2026-02-30T09:00+08:00` is not;
 * `Date` would roll it to March): the date by round trip, hours 0–23, minutes and seconds 0–59.
 */
export function isRealInstant(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(s)
  if (!m || !isRealDay(m[1])) return false
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return false
  return !Number.isNaN(Date.parse(s))
}

/** Shanghai is UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** An instant as Shanghai wall-clock time, readable: `2026-12-02 00:30` (`withSeconds`: `00:30:05`). */
export function shanghaiTime(at: Date | string | number, withSeconds = false): string {
  const t = new Date(at).getTime()
  if (Number.isNaN(t)) return ''
  const iso = new Date(t + SHANGHAI_OFFSET_MS).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)}`
}

/** The Shanghai calendar day of an instant: `2026-12-02`. */
export const shanghaiDay = (at: Date | string | number): string => shanghaiTime(at).slice(0, 10)

/**
 * A title made safe as a file name on phones and desktops: `/ \ : * ? " < > |` and control characters become
 * `_`, leading dots and trailing dots/spaces go, at most `max` characters; empty → `fallback`.
 */
export function safeFileName(title: string, fallback = '导出', max = 60): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = title.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '')
  const cut = cutText(cleaned, max).replace(/[.\s]+$/, '')
  return cut || fallback
}
