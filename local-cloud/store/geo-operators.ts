/** Geo query operators plugged into mingo, plus the checks CloudBase makes (2dsphere index required). */
import { Context, Query } from 'mingo'
import 'mingo/init/system'
import { resolve as mingoResolve } from 'mingo/util'
import { getPath as resolve } from './clone'
import { haversineMetres, parseNear, pointOf, pointWithinGeometry, EARTH_RADIUS_M, queryPoint } from './geo'
import { unsupported, invalid } from './errors'

type Predicate = (selector: string, value: any) => (obj: Record<string, unknown>) => boolean

const near: (op: string) => Predicate = (op) => (selector, value) => {
  const spec = parseNear(op, value)
  return (obj) => {
    const pt = pointOf(resolve(obj, selector))
    if (!pt) return false
    const d = haversineMetres(spec.point, pt)
    return d >= spec.min && d <= spec.max
  }
}

const geoWithin: Predicate = (selector, value) => {
  if (value?.$centerSphere) {
    const [center, radians] = value.$centerSphere
    const c = Array.isArray(center) ? center : queryPoint(center, '$centerSphere')
    if (typeof radians !== 'number') throw invalid('$centerSphere needs [[lng, lat], radiusInRadians]')
    return (obj) => {
      const pt = pointOf(resolve(obj, selector))
      return !!pt && haversineMetres([c[0], c[1]], pt) <= radians * EARTH_RADIUS_M
    }
  }
  if (!value?.$geometry) throw unsupported('$geoWithin without $geometry or $centerSphere')
  return (obj) => {
    const pt = pointOf(resolve(obj, selector))
    return !!pt && pointWithinGeometry(pt, value.$geometry)
  }
}

const geoIntersects: Predicate = (selector, value) => {
  if (!value?.$geometry) throw unsupported('$geoIntersects without $geometry')
  return (obj) => {
    const pt = pointOf(resolve(obj, selector))
    return !!pt && pointWithinGeometry(pt, value.$geometry)
  }
}

const isNonBooleanOperator = (name: string) => /^\$[a-zA-Z0-9_]+$/.test(name) && !['$and', '$or', '$nor'].includes(name)

/**
 * `$elemMatch` as mingo's (operators/_predicates.js `$elemMatch` and `processQuery`: same criteria, same
 * `{ temp: x }` wrapping for operator-only criteria, same path resolution), except that the inner query is compiled
 * once per query instead of once per document tested: with a filter like the stations' open-hours one, mingo's
 * version spent most of a `$geoNear` compiling the same sub-query for every candidate.
 */
const elemMatch: Predicate = (selector, value) => {
  const operatorsOnly = Object.keys(value ?? {}).every(isNonBooleanOperator)
  const criteria = operatorsOnly ? { temp: value } : value
  let inner: Query | null = null
  const slow = (x: unknown) => {
    inner ??= new Query(criteria, { context: geoContext })
    return inner.test(operatorsOnly ? { temp: x } : (x as object))
  }
  const fast = operatorsOnly ? null : rangeTest(value)
  return (obj) => {
    const a = mingoResolve(obj, selector, { unwrapArray: true })
    if (!Array.isArray(a) || a.length === 0) return false
    for (const x of a) {
      const quick = fast?.(x)
      if (quick === undefined ? slow(x) : quick) return true
    }
    return false
  }
}

const RANGE_OPS = new Set(['$lt', '$lte', '$gt', '$gte'])
type Scalar = number | Date

/**
 * For criteria that are only ranges on top-level fields with numbers or dates (`{ from: { $lte: m }, to: { $gt: m } }`):
 * a direct test of one element. Answers undefined where MongoDB's rules need the general path (an array value,
 * a nested field, another operator): the caller then asks mingo.
 */
function rangeTest(criteria: Record<string, unknown>): ((x: unknown) => boolean | undefined) | null {
  const checks: Array<{ field: string; op: string; bound: Scalar }> = []
  for (const [field, cond] of Object.entries(criteria ?? {})) {
    if (field.startsWith('$') || field.includes('.') || !cond || typeof cond !== 'object' || cond instanceof Date) return null
    for (const [op, bound] of Object.entries(cond)) {
      if (!RANGE_OPS.has(op) || !(typeof bound === 'number' || bound instanceof Date) || Number.isNaN(+bound)) return null
      checks.push({ field, op, bound })
    }
  }
  if (!checks.length) return null
  return (x) => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) return undefined
    for (const { field, op, bound } of checks) {
      const v = (x as Record<string, unknown>)[field]
      if (Array.isArray(v) || (v !== null && typeof v === 'object' && !(v instanceof Date))) return undefined
      // Only the same type compares (MongoDB's type brackets): a missing field, null or a string never matches a range.
      if (typeof bound === 'number' ? typeof v !== 'number' : !(v instanceof Date)) return false
      const a = +(v as Scalar)
      const b = +bound
      if (Number.isNaN(a)) return undefined
      if (!(op === '$lt' ? a < b : op === '$lte' ? a <= b : op === '$gt' ? a > b : a >= b)) return false
    }
    return true
  }
}

export const geoContext: Context = Context.init({
  query: {
    $elemMatch: elemMatch,
    $nearSphere: near('$nearSphere'),
    $near: near('$near'),
    $geoWithin: geoWithin,
    $geoIntersects: geoIntersects,
  } as any,
})

const GEO_OPS = new Set(['$nearSphere', '$near', '$geoWithin', '$geoIntersects', '$within', '$box', '$center', '$polygon'])
const LEGACY = new Set(['$within', '$box', '$center', '$polygon'])

export interface GeoUse {
  field: string
  op: string
  value: unknown
}

/** Every geo operator in a query, with the field it applies to. */
export function findGeoUses(query: unknown, out: GeoUse[] = []): GeoUse[] {
  if (!query || typeof query !== 'object') return out
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      for (const sub of value as unknown[]) findGeoUses(sub, out)
    } else if (!key.startsWith('$') && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [op, v] of Object.entries(value)) {
        if (LEGACY.has(op)) throw unsupported(op, 'use $geoWithin with $geometry or $centerSphere')
        if (GEO_OPS.has(op)) out.push({ field: key, op, value: v })
      }
    }
  }
  return out
}

export function assertGeoIndexed(collection: string, uses: GeoUse[], geoFields: string[]): void {
  for (const u of uses) {
    if (!geoFields.includes(u.field)) {
      throw invalid(`${u.op} on ${collection}.${u.field} needs a 2dsphere index on "${u.field}" (declare it in database/collections.json)`)
    }
  }
}
