/** The $geoNear aggregation stage (spherical only), run before mingo takes the rest of the pipeline. */
import { deepClone, getPath as resolve } from './clone'
import { haversineMetres, pointOf, queryPoint } from './geo'
import { invalid, unsupported } from './errors'
import type { GeoSource } from './geo-index'
import type { Doc } from './storage'

export const GEO_NEAR_DEFAULT_LIMIT = 100

const KNOWN = new Set(['near', 'distanceField', 'spherical', 'maxDistance', 'minDistance', 'query', 'includeLocs', 'distanceMultiplier', 'key', 'limit', 'num'])

export function geoNearStage(
  collection: string,
  docs: () => Doc[],
  spec: Record<string, any>,
  geoFields: string[],
  compile: (query: Record<string, unknown>) => (doc: Doc) => boolean,
  /** How many results the pipeline can use at most (the stage's own limit or a $limit right after it). */
  stopAfter = Infinity,
  /** The field's spatial index, when the collection has one (geo-index.ts): then only nearby documents are read. */
  geo?: (field: string) => GeoSource | undefined,
): Doc[] {
  for (const k of Object.keys(spec)) if (!KNOWN.has(k)) throw unsupported(`$geoNear option "${k}"`)
  if (spec.spherical === false) throw unsupported('$geoNear with spherical: false', 'CloudBase needs spherical: true')
  if (!spec.distanceField) throw invalid('$geoNear needs a distanceField')
  const key = spec.key ?? pickKey(collection, geoFields)
  if (!geoFields.includes(key)) {
    throw invalid(`$geoNear on ${collection}.${key} needs a 2dsphere index on "${key}" (declare it in database/collections.json)`)
  }
  const center = queryPoint(spec.near, '$geoNear')
  const min = spec.minDistance ?? 0
  const max = spec.maxDistance ?? Infinity
  const mult = spec.distanceMultiplier ?? 1
  // MongoDB ≤ 4.0 (CloudBase's engine: its Aggregate.geoNear doc still lists `limit`) returns at most
  // 100 documents from $geoNear unless `limit`/`num` says otherwise (MongoDB 4.0 manual, $geoNear "num").
  const wanted = Math.min(spec.limit ?? spec.num ?? GEO_NEAR_DEFAULT_LIMIT, stopAfter)
  const matches = spec.query ? compile(spec.query) : () => true
  const source = geo?.(key)
  const picked = source ? nearestIndexed(source, key, center, min, max, wanted, matches) : nearestScanned(docs(), key, center, min, max, wanted, matches)
  return picked.map(({ doc, d, loc }) => {
    const out = deepClone(doc)
    setPath(out, spec.distanceField, d * mult)
    if (spec.includeLocs) setPath(out, spec.includeLocs, loc)
    return out
  })
}

type LngLat = [number, number]
interface Scored {
  doc: Doc
  d: number
  loc: unknown
}

/** Within [min, max] of the centre: the distance and the stored location, else null. */
function score(doc: Doc, key: string, center: LngLat, min: number, max: number): Scored | null {
  const loc = resolve(doc, key)
  const pt = pointOf(loc)
  if (!pt) return null
  const d = haversineMetres(center, pt)
  return d >= min && d <= max ? { doc, d, loc } : null
}

/**
 * Every document's distance, nearest first, then the query only on the nearest until enough have matched: the
 * same answer as filtering everything first, without testing thousands of documents nobody will see.
 */
function nearestScanned(docs: Doc[], key: string, center: LngLat, min: number, max: number, wanted: number, matches: (doc: Doc) => boolean): Scored[] {
  const scored: Scored[] = []
  for (const doc of docs) {
    const s = score(doc, key, center, min, max)
    if (s) scored.push(s)
  }
  scored.sort((a, b) => a.d - b.d)
  const picked: Scored[] = []
  for (const item of scored) {
    if (picked.length >= wanted) break
    if (matches(item.doc)) picked.push(item)
  }
  return picked
}

/**
 * The same answer from the index: the tree's `wanted` nearest that pass the query (walked nearest first), plus
 * every document the tree does not hold as the query sees it (written since its build, or not yet visible), merged
 * by distance.
 */
function nearestIndexed(source: GeoSource, key: string, center: LngLat, min: number, max: number, wanted: number, matches: (doc: Doc) => boolean): Scored[] {
  const extra = source.extraKeys()
  const found: Scored[] = []
  for (const k of extra) {
    const doc = source.get(k)
    const s = doc && score(doc, key, center, min, max)
    if (s && matches(doc)) found.push(s)
  }
  if (wanted > 0) {
    const byKey = new Map<string, Scored>()
    source.index
      .nearest(center, max, wanted, (k) => {
        if (extra.has(k)) return false
        const doc = source.get(k)
        const s = doc && score(doc, key, center, min, max)
        if (!s || !matches(doc)) return false
        byKey.set(k, s)
        return true
      })
      .forEach((k) => found.push(byKey.get(k)!))
  }
  return found.sort((a, b) => a.d - b.d).slice(0, wanted)
}

function pickKey(collection: string, geoFields: string[]): string {
  if (geoFields.length === 1) return geoFields[0]
  if (geoFields.length === 0) throw invalid(`$geoNear on ${collection} needs a 2dsphere index (declare it in database/collections.json)`)
  throw invalid(`$geoNear on ${collection}: several 2dsphere indexes, say which with "key"`)
}

function setPath(obj: Record<string, any>, path: string, value: unknown) {
  const parts = path.split('.')
  let cur = obj
  for (const p of parts.slice(0, -1)) {
    cur[p] = cur[p] && typeof cur[p] === 'object' ? { ...cur[p] } : {}
    cur = cur[p]
  }
  cur[parts[parts.length - 1]] = value
}
