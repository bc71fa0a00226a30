// The envelope every `api` action answers with, and the error codes a client can meet.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
  /** The event has no seat and no waitlist. */
  'FULL',
  /** Past the sign-up deadline or the start. */
  'SIGNUP_CLOSED',
  /** Text others would see did not pass the platform's content check. */
  'CONTENT_REJECTED',
  /** Too many writes of one kind by one person in a minute (操作太频繁了，请稍等一分钟再提交). */
  'RATE_LIMITED',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  message: string
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** What the app sends to the `api` function (the `data` of `callFunction`). */
export interface ApiRequest<A extends string = string, D = unknown> {
  action: A
  data?: D
}
