import { z } from 'zod'
import { labelOfPath } from '../../../types/labels'
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
  const parsed = schema.safeParse(data ?? {})
  if (parsed.success) return parsed.data
  const message = parsed.error.issues
    .slice(0, 3)
    .map((issue) => describeIssue(action, issue))
    .join('；')
  throw invalidInput(message)
}
