/** The $geoNear aggregation stage (spherical only), run before mingo takes the rest of the pipeline. */
import { deepClone, getPath as resolve } from './clone'
import { haversineMetres, pointOf, queryPoint } from './geo'
import { invalid, unsupported } from './errors'
import type { Doc } from './storage'

export const GEO_NEAR_DEFAULT_LIMIT = 100

const KNOWN = new Set(['near', 'distanceField', 'spherical', 'maxDistance', 'minDistance', 'query', 'includeLocs', 'distanceMultiplier', 'key', 'limit', 'num'])

export function geoNearStage(
  collection: string,
  docs: Doc[],
  spec: Record<string, any>,
  geoFields: string[],
  compile: (query: Record<string, unknown>) => (doc: Doc) => boolean,
  /** How many results the pipeline can use at most (the stage's own limit or a $limit right after it). */
  stopAfter = Infinity,
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
  // Distance first (cheap), then the query only on the nearest until enough have matched: the same answer as
  // filtering everything first, without testing thousands of documents nobody will see.
  const matches = spec.query ? compile(spec.query) : () => true
  const scored: Array<{ doc: Doc; d: number; loc: unknown }> = []
  for (const doc of docs) {
    const loc = resolve(doc, key)
    const pt = pointOf(loc)
    if (!pt) continue
    const d = haversineMetres(center, pt)
    if (d >= min && d <= max) scored.push({ doc, d, loc })
  }
  scored.sort((a, b) => a.d - b.d)
  // MongoDB ≤ 4.0 (CloudBase's engine: its Aggregate.geoNear doc still lists `limit`) returns at most
  // 100 documents from $geoNear unless `limit`/`num` says otherwise (MongoDB 4.0 manual, $geoNear "num").
  const wanted = Math.min(spec.limit ?? spec.num ?? GEO_NEAR_DEFAULT_LIMIT, stopAfter)
  const picked: typeof scored = []
  for (const item of scored) {
    if (picked.length >= wanted) break
    if (matches(item.doc)) picked.push(item)
  }
  return picked.map(({ doc, d, loc }) => {
    const out = deepClone(doc)
    setPath(out, spec.distanceField, d * mult)
    if (spec.includeLocs) setPath(out, spec.includeLocs, loc)
    return out
  })
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
