export { createFunctionHost, DEFAULT_APP_ID } from './functionHost'
export type { Caller, FunctionHost, FunctionHostOptions } from './functionHost'
export { FunctionError, FunctionErrorCode } from './errors'
