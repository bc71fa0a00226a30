/**
 * Errors a function call can end with, carrying the codes CloudBase itself answers with,
 * so a client sees the same `errCode` locally as in the cloud.
 */
export const FunctionErrorCode = {
  notFound: -501000,
  executeFail: -504002,
  timeout: -504003,
} as const

export class FunctionError extends Error {
  readonly errCode: number
  readonly errMsg: string

  constructor(errCode: number, errMsg: string) {
    super(errMsg)
    this.name = 'FunctionError'
    this.errCode = errCode
    this.errMsg = errMsg
  }

  toJSON(): { errCode: number; errMsg: string } {
    return { errCode: this.errCode, errMsg: this.errMsg }
  }
}

export function functionNotFound(name: string): FunctionError {
  return new FunctionError(FunctionErrorCode.notFound, `FunctionName parameter could not be found: ${name}`)
}

export function functionFailed(name: string, detail: string): FunctionError {
  return new FunctionError(FunctionErrorCode.executeFail, `函数 ${name} 执行出错: ${detail}`)
}

export function functionTimedOut(name: string, timeoutMs: number): FunctionError {
  return new FunctionError(FunctionErrorCode.timeout, `函数 ${name} 执行超时: Invoking task timed out after ${timeoutMs / 1000} seconds`)
}
