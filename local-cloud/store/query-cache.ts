/**
 * Compiled mingo queries, reused for the same condition (issue 17, target 4).
 *
 * mingo's `new Query()` copies its whole operator table every time: `initOptions` → `Context.from`
 * (mingo 6.7.2 cjs/core.js:124-133, 171-179), then four `addOperators` copies (cjs/query/index.js:47-50). A rush of
 * the same read (many people, one event) repeated that per call. A compiled Query keeps no state between `test()`
 * and `find()` calls (cjs/query/_internal.js:85-102), so one can serve every call with the same condition.
 *
 * Only conditions made of plain JSON values are cached: a Date, RegExp or BSON value would not be told apart by the
 * JSON text used as the key. Conditions naming `$expr`, `$where` or `$function` are never cached (they may reach
 * other collections through the per-call resolver); cached queries are built without one.
 */
import type { Query } from 'mingo'
import type { Doc } from './storage'

const UNCACHED_OPERATORS = new Set(['$expr', '$where', '$function'])

export class QueryCache {
  private readonly compiled = new Map<string, Query>()

  /** `max`: entries kept; the oldest is dropped beyond it. */
  constructor(private readonly max = 1000) {}

  /** The cached query of `condition` in `collection`, compiled by `compile` on a miss; uncachable ones every time. */
  get(collection: string, condition: Doc, compile: (cacheable: boolean) => Query): Query {
    if (!isPlain(condition, 0)) return compile(false)
    const key = `${collection}\u0000${JSON.stringify(condition)}`
    const hit = this.compiled.get(key)
    if (hit) return hit
    const query = compile(true)
    if (this.compiled.size >= this.max) this.compiled.delete(this.compiled.keys().next().value as string)
    this.compiled.set(key, query)
    return query
  }

  get size(): number {
    return this.compiled.size
  }
}

/** Plain JSON values only (strings, finite numbers, booleans, null, arrays, plain objects), and no uncached operator. */
function isPlain(value: unknown, depth: number): boolean {
  if (depth > 32) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every((v) => isPlain(v, depth + 1))
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false
  for (const [k, v] of Object.entries(value)) if (UNCACHED_OPERATORS.has(k) || !isPlain(v, depth + 1)) return false
  return true
}
