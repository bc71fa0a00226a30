import { z } from 'zod'
import { labelOfPath } from '@/types/labels'
import { hasControlChars } from '@/types/text'
import { invalidInput } from './errors'

// zod's own messages (wrong type, unknown option, ...) in Chinese, as the rest of the app speaks.
z.config(z.locales.zhCN())

/** One issue as a person reads it: the field's label, then what is wrong ("开始时间：时间格式不对"). */
function describeIssue(action: string | undefined, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return '含有表单没有的项'
  const label = labelOfPath(action, issue.path)
  return label ? `${label}：${issue.message}` : issue.message
}

/**
 * Parses action input; a failure throws INVALID_INPUT naming at most three fields by their labels
 * (types/labels.ts), never by schema keys.
 */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, action?: string): z.output<S> {
  const hidden = controlCharAt(data)
  if (hidden) {
    const label = labelOfPath(action, hidden)
    throw invalidInput(`${label ? `${label}：` : ''}含有不可见的控制字符`)
  }
  const parsed = schema.safeParse(data ?? {})
  if (parsed.success) return parsed.data
  const message = parsed.error.issues
    .slice(0, 3)
    .map((issue) => describeIssue(action, issue))
    .join('；')
  throw invalidInput(message)
}

/**
 * The path of the first string anywhere in `data` holding a control character (line breaks and tabs aside: long
 * text and imported tables keep them, and single-line fields refuse them in their own schema, types/fields.ts),
 * or null. Every field is covered this way, ids and enums included, not only those built from types/fields.ts.
 */
function controlCharAt(data: unknown, path: PropertyKey[] = [], depth = 0): PropertyKey[] | null {
  if (typeof data === 'string') return hasControlChars(data, true) ? path : null
  if (!data || typeof data !== 'object' || depth > 32) return null
  for (const [key, value] of Array.isArray(data) ? data.entries() : Object.entries(data)) {
    if (typeof key === 'string' && hasControlChars(key, true)) return [...path, key]
    const found = controlCharAt(value, [...path, key], depth + 1)
    if (found) return found
  }
  return null
}
