/** What the SDK sends is EJSON (strings or already-parsed objects) plus CloudBase's own markers. */
import { EJSON } from 'bson'
import { invalid } from '../store/errors'

type Now = () => Date

/** Parses an EJSON string (or takes an object) and resolves serverDate markers and regular expressions. */
export function decode(value: unknown, now: Now): any {
  if (value === undefined || value === null || value === '') return undefined
  const parsed = typeof value === 'string' ? EJSON.parse(value, { relaxed: true }) : value
  return resolveMarkers(parsed, now)
}

function resolveMarkers(v: any, now: Now): any {
  if (v === null || typeof v !== 'object') return v
  if (v instanceof Date || v instanceof RegExp) return v
  if (Array.isArray(v)) return v.map((x) => resolveMarkers(x, now))
  if (v._bsontype === 'BSONRegExp') return toRegExp(v.pattern, v.options)
  if (v._bsontype) return v
  const keys = Object.keys(v)
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    return new Date(now().getTime() + Number(v.$tcb_server_date?.offset ?? 0))
  }
  if (keys.length === 1 && keys[0] === '$regularExpression') {
    return toRegExp(v.$regularExpression.pattern, v.$regularExpression.options)
  }
  const out: Record<string, unknown> = {}
  for (const k of keys) out[k] = resolveMarkers(v[k], now)
  return out
}

/** MongoDB options i, m, s, u map to JS flags; x (extended) has no JS equivalent. */
function toRegExp(pattern: string, options = ''): RegExp {
  const bad = options.replace(/[imsu]/g, '')
  if (bad) throw invalid(`regular expression option(s) "${bad}" are not supported by the local cloud`)
  return new RegExp(pattern, options)
}

/** One document as the SDK's EJSON.parse expects it in a reply list. */
export function encodeDoc(doc: unknown): string {
  return EJSON.stringify(doc, { relaxed: true })
}
