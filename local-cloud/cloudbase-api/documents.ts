/** database.* document actions outside transactions, in the request/reply shapes of @cloudbase/database. */
import { ApiError, requestId } from './errors'
import { decode, encodeDoc } from './codec'
import type { Storage, Doc } from '../store'

export interface Ctx {
  store: Storage
  now: () => Date
}
type Params = Record<string, any>

/** get(): 100 without limit(), at most 1000 (@cloudbase/database src/query.ts:212; node-sdk test/database/unit/query.limit.test.ts). */
const MAX_LIMIT = 1000
/**
 * aggregate() without a $limit stage answers 20 documents, as reported on developers.weixin.qq.com
 * (community article doc/000624c67c8b48611dba2b12058c13; the SDK sends no limit of its own: query.ts aggregate).
 */
export const AGGREGATE_DEFAULT_LIMIT = 20

export async function getDocument(p: Params, { store, now }: Ctx) {
  const limit = Math.min(p.limit ?? 100, MAX_LIMIT)
  const offset = p.offset ?? 0
  const list = await store.find(p.collectionName, decode(p.query, now) ?? {}, {
    sort: decode(p.order, now),
    skip: offset,
    limit,
    projection: decode(p.projection, now),
  })
  return { requestId: requestId(), data: { list: list.map(encodeDoc), limit, offset } }
}

export async function insertDocument(p: Params, { store, now }: Ctx) {
  const docs: Doc[] = (p.data as unknown[]).map((d) => decode(d, now))
  const insertedIds = await store.insertMany(p.collectionName, docs)
  return { requestId: requestId(), data: { insertedIds } }
}

export async function modifyDocument(p: Params, { store, now }: Ctx) {
  const query = decode(p.query, now) ?? {}
  const data = decode(p.data, now) ?? {}
  if (p.merge === false) {
    if (query._id === undefined) throw new ApiError('INVALID_PARAM', 'set() (merge: false) needs a document id')
    const r = await store.replace(p.collectionName, query._id, data, { upsert: !!p.upsert })
    return { requestId: requestId(), data: { updated: r.modified, upsert_id: r.upsertedId } }
  }
  const r = await store.update(p.collectionName, query, data, { multi: p.multi !== false, upsert: !!p.upsert })
  return { requestId: requestId(), data: { updated: r.modified, upsert_id: r.upsertedId } }
}

export async function removeDocument(p: Params, { store, now }: Ctx) {
  const deleted = await store.remove(p.collectionName, decode(p.query, now) ?? {}, { multi: p.multi !== false })
  return { requestId: requestId(), data: { deleted } }
}

export async function calculateDocument(p: Params, { store, now }: Ctx) {
  const total = await store.count(p.collectionName, decode(p.query, now) ?? {})
  return { requestId: requestId(), data: { total } }
}

export async function aggregateDocuments(p: Params, { store, now }: Ctx) {
  const pipeline = (p.stages as Array<{ stageKey: string; stageValue: string }>).map((s) => ({
    [s.stageKey]: decode(s.stageValue, now),
  }))
  let list = await store.aggregate(p.collectionName, pipeline)
  if (!pipeline.some((stage) => '$limit' in stage)) list = list.slice(0, AGGREGATE_DEFAULT_LIMIT)
  return { requestId: requestId(), data: { list: list.map(encodeDoc) } }
}

export async function addCollection(p: Params, { store }: Ctx) {
  await store.createCollection(p.collectionName)
  return { requestId: requestId(), data: {} }
}
