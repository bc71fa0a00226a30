/** Errors carry a CloudBase-style code so the API layer can hand them to the SDK unchanged. */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'StoreError'
  }
}

export const ERR = {
  requestFailed: 'DATABASE_REQUEST_FAILED',
  invalidOperator: 'DATABASE_INVALID_OPERRATOR', // sic: CloudBase's own spelling
  collectionNotExist: 'DATABASE_COLLECTION_NOT_EXIST',
  collectionExists: 'DATABASE_COLLECTION_ALREADY_EXIST',
  conflict: 'DATABASE_TRANSACTION_CONFLICT',
  transactionFail: 'DATABASE_TRANSACTION_FAIL',
  invalidParam: 'INVALID_PARAM',
} as const

export function unsupported(what: string, detail = ''): StoreError {
  return new StoreError(ERR.invalidOperator, `unsupported by the local cloud: ${what}${detail ? ` (${detail})` : ''}`)
}

export function invalid(message: string): StoreError {
  return new StoreError(ERR.invalidParam, message)
}

/** Same wording as MongoDB/CloudBase so code that greps for E11000 behaves the same locally. */
export function duplicateKey(collection: string, index: string, key: Record<string, unknown>): StoreError {
  const dup = Object.entries(key)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ')
  return new StoreError(ERR.requestFailed, `[FailedOperation] E11000 duplicate key error collection: ${collection} index: ${index} dup key: { ${dup} }`)
}

export function collectionNotExist(name: string): StoreError {
  return new StoreError(ERR.collectionNotExist, `[ResourceNotFound] Db or Table not exist: ${name}`)
}

/**
 * CloudBase's words for a write conflict, as the node-sdk's own test expects them
 * (TencentCloudBase/node-sdk test/database/unit/transaction.test.ts, "读偏").
 */
export const CONFLICT_MESSAGE =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'

export function conflict(): StoreError {
  return new StoreError(ERR.conflict, CONFLICT_MESSAGE)
}

/**
 * Any operation on a transaction that committed, aborted or outlived 30 s
 * (same node-sdk test, "事务提交后, 不能进行其它操作").
 */
export const TRANSACTION_NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.'

export function transactionNotExist(): StoreError {
  return new StoreError(ERR.transactionFail, TRANSACTION_NOT_EXIST_MESSAGE)
}
