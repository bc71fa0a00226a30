import type { ApiError, ErrorCode } from '@/types/api'

/** A domain error a handler throws; the router turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message }
  }
}

export const invalidInput = (message: string) => new AppError('INVALID_INPUT', message)
export const notFound = (message: string) => new AppError('NOT_FOUND', message)
export const forbidden = (message = '没有权限执行此操作') => new AppError('FORBIDDEN', message)
