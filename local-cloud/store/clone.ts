/** Deep copy of plain data (objects, arrays, Dates); other class instances (bson types, RegExp) are shared, they are immutable in practice. */
export function deepClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map(deepClone) as T
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = deepClone(v)
  return out as T
}

/** Map key for an _id: CloudBase ids are strings or numbers, and "1" and 1 are different ids. */
export function idKey(id: unknown): string {
  if (typeof id === 'string') return `s:${id}`
  if (typeof id === 'number') return `n:${id}`
  if (id && typeof id === 'object' && typeof (id as { toHexString?: unknown }).toHexString === 'function') {
    return `o:${(id as { toHexString(): string }).toHexString()}`
  }
  return `j:${JSON.stringify(id)}`
}

/** Value at a dotted path of plain objects (index keys and geo fields never go through arrays). */
export function getPath(doc: unknown, path: string): unknown {
  let cur: any = doc
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = cur[part]
  }
  return cur
}
