/**
 * The CloudBase server API that unmodified wx-server-sdk / @cloudbase/node-sdk talk to:
 * `api.handle(body)` takes the JSON body of one `POST /admin?env=...` and returns the JSON
 * object to answer with (always HTTP 200; failures are `{ code, message }`, which node-sdk
 * rethrows keeping `code`). Database actions run against a Storage from ../store;
 * functions.invokeFunction calls the injected `invokeFunction`. Unknown actions fail by name.
 */
import type { Storage } from '../store'
import * as docs from './documents'
import * as tx from './transactions'
import { ApiError, errorReply, requestId } from './errors'

export interface CloudbaseApiOptions {
  store: Storage
  /** The clock behind db.serverDate(). */
  now?: () => Date
  invokeFunction?: (name: string, data: unknown) => Promise<unknown>
}

export interface CloudbaseApi {
  handle(body: Record<string, any>): Promise<Record<string, unknown>>
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

  async function handle(body: Record<string, any>): Promise<Record<string, unknown>> {
    const action = String(body?.action ?? '')
    try {
      if (action === 'functions.invokeFunction') return await invoke(body)
      const isTx = !!body.transactionId && !action.endsWith('Transaction')
      const handler = isTx ? inTransaction[action] : plain[action]
      if (!handler) {
        const where = isTx ? ' inside a transaction' : ''
        throw new ApiError('INVALID_ACTION', `action ${action || '(none)'}${where} is not supported by the local cloud`)
      }
      return await handler(body, ctx)
    } catch (e) {
      return { ...errorReply(e, action) }
    }
  }

  return { handle }
}
