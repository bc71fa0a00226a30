import type { z } from 'zod'
import { invalidInput } from './errors'

/** Parses action input, turning zod's issues into one readable Chinese-first message. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data ?? {})
  if (parsed.success) return parsed.data
  const message = parsed.error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : ''
      return `${where}${issue.message}`
    })
    .join('；')
  throw invalidInput(`输入有误 — ${message}`)
}
