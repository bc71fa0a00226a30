/** Turns thrown errors into the `{ code, message }` replies node-sdk rethrows as TcbError (keeping `code`). */
import { randomBytes } from 'node:crypto'
import { StoreError } from '../store/errors'

export interface ErrorReply {
  code: string
  message: string
  requestId: string
}

export const requestId = () => randomBytes(8).toString('hex')

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export function errorReply(e: unknown, action: string): ErrorReply {
  if (e instanceof StoreError || e instanceof ApiError) return { code: e.code, message: e.message, requestId: requestId() }
  const message = e instanceof Error ? e.message : String(e)
  return { code: 'DATABASE_REQUEST_FAILED', message: `${action}: ${message}`, requestId: requestId() }
}
