// The shared zod refinements every schema in types/ builds its fields from, so text, times, days and
// phones are checked the same way everywhere (the helpers are in ./text, also used by the app).
import { z } from 'zod'
import { charCountUpTo, hasControlChars, isRealDay, isRealInstant, normaliseMobile, normaliseServicePhone } from './text'

/** What `meta({ format })` marks on the shared fields, so tests can find every date field of the contract. */
export const FIELD_FORMATS = { instant: 'nx-instant', day: 'nx-day' } as const

export interface TextOptions {
  /** At most this many characters (graphemes, see text.ts). */
  max: number
  /** At least this many characters after trimming (0: may be empty). */
  min?: number
  /** Message for fewer than `min` characters (default 请填写). */
  required?: string
  /** Message for more than `max` characters (default 最多 N 个字). */
  tooLong?: string
  /** Long text: line breaks and tabs allowed. */
  multiline?: boolean
  /** Message when the value is not a string at all. */
  error?: string
}

/**
 * Text a person typed: trimmed, no control characters (`\u0000` is INVALID_INPUT, never INTERNAL), and
 * lengths in characters as people count them — 11 four-byte characters are 11, not 22.
 */
export function text(o: TextOptions) {
  const min = o.min ?? 0
  return z
    .string(o.error ? { error: o.error } : undefined)
    .trim()
    .superRefine((s, ctx) => {
      if (hasControlChars(s, o.multiline)) return ctx.addIssue({ code: 'custom', message: '含有不可见的控制字符' })
      const n = charCountUpTo(s, o.max + 1)
      if (n < min) ctx.addIssue({ code: 'custom', message: o.required ?? '请填写' })
      else if (n > o.max) ctx.addIssue({ code: 'custom', message: o.tooLong ?? `最多 ${o.max} 个字` })
    })
}

/** An ISO 8601 time with an offset whose calendar and clock parts are real (`2026-02-30T…` is refused). */
export function instant(message = '时间格式不对，应为 2026-05-01T09:00:00+08:00 这样的时间') {
  return z.string({ error: message }).refine(isRealInstant, { message }).meta({ format: FIELD_FORMATS.instant })
}

/** A calendar day `YYYY-MM-DD` that exists (`2026-13-01` and `2026-02-30` are refused). */
export function day(message = '日期不对，应为 2026-05-01 这样的日期') {
  return z.string({ error: message }).refine(isRealDay, { message }).meta({ format: FIELD_FORMATS.day })
}

/** A person's mobile as typed (`+86 138 0013 8000`, full-width digits) → `13800138000`; a mainland mobile only. */
export function mobile(message = '应为 11 位手机号') {
  return z.string({ error: message }).transform((s, ctx) => {
    const m = normaliseMobile(s)
    if (!m) ctx.addIssue({ code: 'custom', message })
    return m ?? ''
  })
}

/** A service number (a shop's, a station's, a hotline; landlines allowed), normalised. */
export function servicePhone(message = '电话格式不对') {
  return z.string({ error: message }).transform((s, ctx) => {
    const p = normaliseServicePhone(s)
    if (!p) ctx.addIssue({ code: 'custom', message })
    return p ?? ''
  })
}

/**
 * A request id the app makes once per form (per tap of 提交 that is not a repeat): a repeat with the same id
 * answers the first result instead of writing again. 8–64 letters, digits, `-` or `_`.
 */
export const requestId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号不对')
  .optional()
