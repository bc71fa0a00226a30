/**
 * Transactions as CloudBase offers them: only single-document operations addressed by _id
 * (doc().get/set/update/remove and add). Anything else carrying a transactionId is refused.
 */
import { Query } from 'mingo'
import { ApiError, requestId } from './errors'
import { transactionNotExist } from '../store/errors'
import { decode, encodeDoc } from './codec'
import type { Ctx } from './documents'
import type { Doc, DocId, Transaction } from '../store'

type Params = Record<string, any>

function txOf(p: Params, { store }: Ctx): Transaction {
  const tx = store.getTransaction(p.transactionId)
  if (!tx) throw transactionNotExist()
  return tx
}

/** The document id of a single-document request, or a loud refusal. */
function docId(p: Params, ctx: Ctx, action: string): DocId {
  const query = decode(p.query, ctx.now) ?? {}
  const keys = Object.keys(query)
  if (p.queryType !== 'DOC' || keys.length !== 1 || keys[0] !== '_id' || typeof query._id === 'object') {
    throw new ApiError(
      'DATABASE_TRANSACTION_FAIL',
      `${action} with a where() query is not allowed in a transaction: only doc(id).get/set/update/remove and add`,
    )
  }
  return query._id
}

export async function startTransaction(_p: Params, { store }: Ctx) {
  return { requestId: requestId(), transactionId: store.startTransaction().id }
}

export async function commitTransaction(p: Params, ctx: Ctx) {
  await txOf(p, ctx).commit()
  return { requestId: requestId() }
}

/** Aborting a transaction that already ended is harmless (the SDK rolls back after conflicts too). */
export async function abortTransaction(p: Params, { store }: Ctx) {
  await store.getTransaction(p.transactionId)?.abort()
  return { requestId: requestId() }
}

export async function txGet(p: Params, ctx: Ctx) {
  const id = docId(p, ctx, 'database.getDocument')
  const doc = await txOf(p, ctx).get(p.collectionName, id)
  const projection = decode(p.projection, ctx.now)
  const list = doc ? (projection ? new Query({}).find<Doc>([doc], projection).all() : [doc]) : []
  return { requestId: requestId(), data: { list: list.map(encodeDoc) } }
}

export async function txInsert(p: Params, ctx: Ctx) {
  const tx = txOf(p, ctx)
  const insertedIds: DocId[] = []
  for (const d of p.data as unknown[]) insertedIds.push(await tx.insert(p.collectionName, decode(d, ctx.now)))
  return { requestId: requestId(), data: { insertedIds } }
}

export async function txModify(p: Params, ctx: Ctx) {
  const id = docId(p, ctx, 'database.modifyDocument')
  const tx = txOf(p, ctx)
  const data = decode(p.data, ctx.now) ?? {}
  if (p.merge === false) {
    const r = await tx.replace(p.collectionName, id, data)
    return { requestId: requestId(), data: { updated: r.updated, upsert_id: r.upsertedId } }
  }
  return { requestId: requestId(), data: { updated: await tx.update(p.collectionName, id, data) } }
}

export async function txRemove(p: Params, ctx: Ctx) {
  const id = docId(p, ctx, 'database.removeDocument')
  return { requestId: requestId(), data: { deleted: await txOf(p, ctx).remove(p.collectionName, id) } }
}
