import type { ActionName } from '@/types/actions'

/**
 * A query's key: the action name and its input, written so that two inputs with the same fields in another
 * order give the same key (`events.get {"id":"e1"}`). Invalidation matches on the action name's prefix.
 */
export function queryKey(action: ActionName, input: unknown): string {
  return `${action} ${stableJson(input)}`
}

/** The action a key belongs to (the part before the first space). */
export const actionOfKey = (key: string): string => key.slice(0, key.indexOf(' '))

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const record = value as Record<string, unknown>
  const fields = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`)
  return `{${fields.join(',')}}`
}
