import type { ErrorCode } from '@/types/api'

/**
 * What a client can meet besides the server's own codes: the call never reached `api` or its answer was unreadable
 * (NETWORK), or no answer came within the wait (TIMEOUT, shared/api/timeouts.ts).
 */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'TIMEOUT'

const FALLBACK_MESSAGES: Record<ClientErrorCode, string> = {
  INVALID_INPUT: '填写的内容有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限',
  NOT_FOUND: '没有找到',
  CONFLICT: '操作冲突，请刷新后再试',
  INTERNAL: '服务出了点问题，请稍后再试',
  FULL: '名额已满',
  SIGNUP_CLOSED: '报名已截止',
  CONTENT_REJECTED: '内容未通过安全检查，请修改后再提交',
  RATE_LIMITED: '操作太频繁了，请稍等一分钟再提交',
  NETWORK: '网络不太好，请稍后重试',
  TIMEOUT: '网络太慢，等了 10 秒还没有回应，请重试',
}

/** Thrown by `callApi`; `message` is Chinese and fit to show as is. */
export class ApiCallError extends Error {
  readonly code: ClientErrorCode

  constructor(code: ClientErrorCode, message?: string) {
    super(message || FALLBACK_MESSAGES[code] || FALLBACK_MESSAGES.INTERNAL)
    this.name = 'ApiCallError'
    this.code = code
  }
}

/** Any thrown value as something to show the person. */
export function toApiCallError(err: unknown): ApiCallError {
  if (err instanceof ApiCallError) return err
  return new ApiCallError('NETWORK')
}
