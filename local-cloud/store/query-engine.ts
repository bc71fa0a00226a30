/** Query, sort, projection, aggregation and update semantics: mingo's, plus our geo operators. */
import { Query, Aggregator, update as mingoUpdate } from 'mingo'
import { geoContext, findGeoUses, assertGeoIndexed } from './geo-operators'
import { geoNearStage } from './geo-near'
import type { GeoSource } from './geo-index'
import { haversineMetres, parseNear, pointOf } from './geo'
import { deepClone, getPath as resolve } from './clone'
import { invalid, unsupported, StoreError } from './errors'
import { assertUpdateApplies } from './update-paths'
import type { Doc, FindOptions } from './storage'
import type { QueryCache } from './query-cache'

export interface CollectionInfo {
  name: string
  geoFields: string[]
  /** Resolves other collections for $lookup. */
  lookup: (name: string) => Doc[]
  /** The spatial index of a 2dsphere field with the documents as this query sees them (geo-index.ts). */
  geo?: (field: string) => GeoSource | undefined
  /** Compiled queries to reuse (query-cache.ts); absent: each query is compiled anew. */
  queries?: QueryCache
}

/** mingo throws plain Errors; give them a code and say they came from the query engine. */
function wrap<T>(what: string, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof StoreError) throw e
    throw unsupported(what, (e as Error).message)
  }
}

export function compileQuery(info: CollectionInfo, query: Doc = {}): Query {
  assertGeoIndexed(info.name, findGeoUses(query), info.geoFields)
  const compile = (cached: boolean) =>
    wrap('query', () => new Query(query, cached ? { context: geoContext } : { context: geoContext, collectionResolver: info.lookup }))
  return info.queries ? info.queries.get(info.name, query, compile) : compile(false)
}

/** The empty query find() projects, sorts and pages with (a Query keeps no state between calls: query-cache.ts). */
let findAll: Query | undefined

export function filterDocs(info: CollectionInfo, docs: Iterable<Doc>, query: Doc = {}): Doc[] {
  const q = compileQuery(info, query)
  const out: Doc[] = []
  wrap('query', () => {
    for (const d of docs) if (q.test(d)) out.push(d)
  })
  return out
}

/** A compiled query as a predicate, for stages that test documents one at a time. */
export function queryPredicate(info: CollectionInfo, query: Doc): (doc: Doc) => boolean {
  const q = compileQuery(info, query)
  return (doc) => wrap('query', () => q.test(doc))
}

/** Nearest first, as CloudBase does for a where() with geoNear. */
function sortByNear(query: Doc, docs: Doc[]): Doc[] {
  const near = findGeoUses(query).find((u) => u.op === '$nearSphere' || u.op === '$near')
  if (!near) return docs
  const { point } = parseNear(near.op, near.value)
  const dist = (d: Doc) => haversineMetres(point, pointOf(resolve(d, near.field))!)
  return docs
    .map((d) => ({ d, k: dist(d) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.d)
}

export function findDocs(info: CollectionInfo, docs: Iterable<Doc>, query: Doc = {}, opts: FindOptions = {}): Doc[] {
  const matched = sortByNear(query, filterDocs(info, docs, query))
  return wrap('find', () => {
    const all = info.queries ? (findAll ??= new Query({}, { context: geoContext })) : new Query({}, { context: geoContext })
    let cursor = all.find<Doc>(matched, opts.projection)
    if (opts.sort && Object.keys(opts.sort).length) cursor = cursor.sort(opts.sort)
    if (opts.skip) cursor = cursor.skip(opts.skip)
    if (opts.limit !== undefined) cursor = cursor.limit(opts.limit)
    return cursor.all()
  })
}

/** Runs a pipeline over the stored documents without changing them (only what is passed on is copied). */
export function aggregateDocs(info: CollectionInfo, docs: () => Doc[], pipeline: Doc[]): Doc[] {
  pipeline.forEach((stage, i) => {
    if (i > 0 && '$geoNear' in stage) throw invalid('$geoNear is only valid as the first stage of a pipeline')
    if (Object.keys(stage).length !== 1) throw invalid(`a pipeline stage needs exactly one key, got ${JSON.stringify(Object.keys(stage))}`)
  })
  let input: Doc[]
  let rest = pipeline
  if (pipeline[0] && '$geoNear' in pipeline[0]) {
    const next = pipeline[1] as { $limit?: unknown } | undefined
    const stopAfter = typeof next?.$limit === 'number' ? next.$limit : Infinity
    input = geoNearStage(info.name, docs, pipeline[0].$geoNear as Doc, info.geoFields, (q) => queryPredicate(info, q), stopAfter, info.geo)
    rest = pipeline.slice(1)
  } else {
    input = deepClone(docs())
  }
  for (const stage of rest) {
    const op = Object.keys(stage)[0]
    if (op === '$match') assertGeoIndexed(info.name, findGeoUses(stage.$match), info.geoFields)
    if (op === '$out' || op === '$merge') throw unsupported(`aggregate stage ${op}`)
  }
  return wrap('aggregate', () => new Aggregator(rest, { context: geoContext, collectionResolver: info.lookup }).run(input) as Doc[])
}

const UPDATE_OPS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$push',
  '$pop',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$bit',
])

/** Checked before matching, so a bad update fails even when nothing matches. */
export function validateUpdate(update: Doc): void {
  for (const op of Object.keys(update)) {
    if (!op.startsWith('$')) throw invalid(`update must use operators; got field "${op}" (use set() to replace a document)`)
    if (!UPDATE_OPS.has(op)) throw unsupported(`update operator ${op}`)
    const fields = update[op] as Doc
    if (fields && typeof fields === 'object' && '_id' in fields) throw invalid('the _id of a document cannot be updated')
  }
}

/** Applies `{ $set: ..., $inc: ... }` in place; mingo takes one operator per call. */
export function applyUpdate(doc: Doc, update: Doc): void {
  validateUpdate(update)
  assertUpdateApplies(doc, update)
  for (const op of Object.keys(update)) {
    const fields = update[op] as Doc
    wrap(`update operator ${op}`, () => mingoUpdate(doc, { [op]: fields } as never))
  }
}
