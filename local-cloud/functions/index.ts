export { createFunctionHost, DEFAULT_APP_ID, isUsableOpenid, instancesPerFunction, MAX_INSTANCES } from './functionHost'
export type { Caller, FunctionHost, FunctionHostOptions } from './functionHost'
export { FunctionError, FunctionErrorCode } from './errors'
