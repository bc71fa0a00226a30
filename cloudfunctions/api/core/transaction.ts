import { db } from './cloud'
import type { Transaction } from './db'
import { AppError } from './errors'

/**
 * A write conflict as it reaches a function. CloudBase fails the second writer of a document at the write with
 * DATABASE_TRANSACTION_CONFLICT "[ResourceUnavailable.TransactionConflict] ..."; wx-server-sdk 4.0.2 maps unknown
 * codes to errCode -501001 and drops `.code` (index.js maybeTransformError / toSDKError), so only the message
 * tells. A conflict at commit that outlived the SDK's own retries still carries `.code`.
 */
export function isWriteConflict(error: unknown): boolean {
  const e = error as { errCode?: number; errMsg?: string; message?: string; code?: string } | null
  if (!e || typeof e !== 'object') return false
  if (e.code === 'DATABASE_TRANSACTION_CONFLICT') return true
  return e.errCode === -501001 && /TransactionConflict/.test(`${e.errMsg ?? ''} ${e.message ?? ''}`)
}

/** How many times a transaction runs before a conflict is reported, and the wait before each retry. */
export const TRANSACTION_ATTEMPTS = 8
const backoffMs = (attempt: number) => Math.floor(Math.random() * 20 * attempt) + 5

/**
 * `db.runTransaction(work)`, run again (from the start: it must re-read what it decides from) when it loses a
 * write conflict — @cloudbase/database's own runTransaction never retries those (src/transaction/index.ts retries
 * only `error.code === 'DATABASE_TRANSACTION_CONFLICT'`, which wx-server-sdk has removed). After
 * TRANSACTION_ATTEMPTS losses: `CONFLICT` "操作的人太多，请稍后再试". Other errors pass through unchanged.
 */
export async function runTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await db.runTransaction(work)) as T
    } catch (error) {
      if (!isWriteConflict(error)) throw error
      if (attempt >= TRANSACTION_ATTEMPTS) throw new AppError('CONFLICT', '操作的人太多，请稍后再试')
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)))
    }
  }
}

/**
 * wx-server-sdk's doc().get() throws when the document does not exist (unless the database was made with
 * throwOnNotFound: false), as a string error `document with _id <id> does not exist` turned into errCode -1
 * (index.js DocumentReference.get, toSDKError). Only that is "not found".
 */
export function isNotFound(error: unknown): boolean {
  const e = error as { errMsg?: string; message?: string } | null
  return !!e && typeof e === 'object' && /document with _id .* does not exist/.test(`${e.errMsg ?? ''} ${e.message ?? ''}`)
}

/** A document by id, or null when it does not exist; any other failure (a conflict, a timeout) throws. */
export async function getOrNull<T>(ref: { get(): unknown }): Promise<T | null> {
  try {
    return (((await ref.get()) as { data?: T }).data as T | undefined) ?? null
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
