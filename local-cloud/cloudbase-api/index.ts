/**
 * The CloudBase server API that unmodified wx-server-sdk / @cloudbase/node-sdk talk to:
 * `api.handle(body)` takes the body of one `POST /admin?env=...` (JSON, or the multipart form of the
 * `wx.*` actions) and returns the JSON object to answer with, or a RawReply for `wx.openApi`'s
 * protobuf bytes (always HTTP 200; failures are `{ code, message }`, which node-sdk rethrows keeping
 * `code`). Database actions run against a Storage from ../store; functions.invokeFunction,
 * storage.* and wx.openApi call the injected services. Unknown actions fail by name.
 */
import { collectionNotExist } from '../store/errors'
import { isInternalCollection, type Storage } from '../store'
import * as docs from './documents'
import * as tx from './transactions'
import { ApiError, errorReply, requestId } from './errors'

export interface CloudbaseApiOptions {
  store: Storage
  /** The clock behind db.serverDate(). */
  now?: () => Date
  invokeFunction?: (name: string, data: unknown) => Promise<unknown>
  /** `wx.openApi`: the request's protobuf bytes in, the reply's out. */
  openApi?: { call(apiName: string, requestData: Buffer, caller?: string): Promise<Buffer> }
  /** `storage.*` actions by name. */
  storage?: { actions: Record<string, (p: Record<string, any>) => Promise<Record<string, unknown>>> }
}

/** An answer that is not JSON: wx.openApi answers protobuf bytes. */
export class RawReply {
  constructor(
    readonly body: Buffer,
    readonly contentType = 'application/octet-stream',
  ) {}
}

/** Who sent a request: the function whose instance called (from the URL the host gave it), if any. */
export interface RequestMeta {
  caller?: string
}

export interface CloudbaseApi {
  handle(body: Record<string, any>, meta?: RequestMeta): Promise<Record<string, unknown> | RawReply>
}

type Handler = (p: Record<string, any>, ctx: docs.Ctx) => Promise<Record<string, unknown>>

const plain: Record<string, Handler> = {
  'database.getDocument': docs.getDocument,
  'database.insertDocument': docs.insertDocument,
  'database.modifyDocument': docs.modifyDocument,
  'database.removeDocument': docs.removeDocument,
  'database.calculateDocument': docs.calculateDocument,
  'database.aggregateDocuments': docs.aggregateDocuments,
  'database.addCollection': docs.addCollection,
  'database.startTransaction': tx.startTransaction,
  'database.commitTransaction': tx.commitTransaction,
  'database.abortTransaction': tx.abortTransaction,
}

const inTransaction: Record<string, Handler> = {
  'database.getDocument': tx.txGet,
  'database.insertDocument': tx.txInsert,
  'database.modifyDocument': tx.txModify,
  'database.removeDocument': tx.txRemove,
}

export function createCloudbaseApi(options: CloudbaseApiOptions): CloudbaseApi {
  const ctx: docs.Ctx = { store: options.store, now: options.now ?? (() => new Date()) }

  async function invoke(p: Record<string, any>) {
    if (!options.invokeFunction) throw new ApiError('FUNCTIONS_EXECUTE_FAIL', 'no function host is attached to this local cloud')
    const data = p.request_data ? JSON.parse(p.request_data) : {}
    let result: unknown
    try {
      result = await options.invokeFunction(p.function_name, data)
    } catch (e) {
      throw new ApiError('FUNCTIONS_EXECUTE_FAIL', `function ${p.function_name} failed: ${(e as Error)?.message ?? String(e)}`)
    }
    return { requestId: requestId(), data: { response_data: JSON.stringify(result ?? null) } }
  }

  async function openApi(p: Record<string, any>, caller?: string): Promise<RawReply> {
    if (!options.openApi) throw new ApiError('INVALID_ACTION', 'no open API is attached to this local cloud')
    if (!Buffer.isBuffer(p.requestData)) throw new ApiError('INVALID_PARAM', 'wx.openApi needs requestData bytes')
    try {
      return new RawReply(await options.openApi.call(String(p.apiName), p.requestData, caller))
    } catch (e) {
      throw new ApiError('INVALID_ACTION', (e as Error)?.message ?? String(e))
    }
  }

  async function handle(body: Record<string, any>, meta: RequestMeta = {}): Promise<Record<string, unknown> | RawReply> {
    const action = String(body?.action ?? '')
    try {
      // The local cloud's own collections are not part of the app's database.
      if (typeof body.collectionName === 'string' && isInternalCollection(body.collectionName)) {
        throw collectionNotExist(body.collectionName)
      }
      if (action === 'functions.invokeFunction') return await invoke(body)
      if (action === 'wx.openApi') return await openApi(body, meta.caller)
      const storageAction = options.storage?.actions[action]
      if (storageAction) return await storageAction(body)
      const isTx = !!body.transactionId && !action.endsWith('Transaction')
      const handler = isTx ? inTransaction[action] : plain[action]
      if (!handler) {
        const where = isTx ? ' inside a transaction' : ''
        const api = body.apiName ? ` (apiName ${body.apiName})` : ''
        throw new ApiError('INVALID_ACTION', `action ${action || '(none)'}${api}${where} is not supported by the local cloud`)
      }
      return await handler(body, ctx)
    } catch (e) {
      return { ...errorReply(e, action) }
    }
  }

  return { handle }
}
