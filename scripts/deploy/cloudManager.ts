// The part of @cloudbase/manager-node (5.6.5) the deploy uses, typed as the deploy sees it, so tests can stand in a
// fake that behaves as the real API does (read lib/function/index.js, lib/database/index.js, lib/permission/index.js).

/** A trigger as SCF's GetFunction lists it (`Triggers[]`); a timer's TriggerDesc may be `{"cron":"…"}` or the bare cron. */
export interface ExistingTrigger {
  TriggerName: string
  Type: string
  TriggerDesc: string
}

/** What the deploy reads of SCF GetFunction (manager-node functions.getFunctionDetail). */
export interface FunctionDetail {
  Runtime: string
  Triggers?: ExistingTrigger[]
}

/** manager-node's ICloudFunction, the fields the deploy sets. Triggers are never passed here (see deployFunctions.ts). */
export interface CloudFunctionConfig {
  name: string
  runtime: string
  timeout: number
  handler: string
  installDependency: boolean
  envVariables: Record<string, string>
  ignore: string[]
}

/** manager-node's CreateIndex (types/interfaces/flexdb.interface.d.ts). */
export interface IndexCreation {
  IndexName: string
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: string }> }
}

/** Checked against manager-node's own typings where the deploy connects (apply.ts: `satisfies CloudManager`). */
export interface CloudManager {
  functions: {
    /** Throws with `code` `ResourceNotFound.Function…` when there is no such function. */
    getFunctionDetail(name: string): Promise<FunctionDetail>
    /** CreateFunction; with `force` an existing function gets its code then its config updated (UpdateFunctionConfiguration). */
    createFunction(param: { func: CloudFunctionConfig; functionRootPath: string; force: boolean }): Promise<unknown>
    /** SCF BatchCreateTrigger: fails when a trigger of that name already exists. */
    createFunctionTriggers(name: string, triggers: Array<{ name: string; type: string; config: string }>): Promise<unknown>
    /** SCF DeleteTrigger (manager-node always sends Type: 'timer'). */
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>
    /** SCF Invoke: the event is sent as ClientContext; `RetMsg` is the function's return value as JSON. */
    invokeFunction(name: string, event: Record<string, unknown>): Promise<{ RetMsg?: string; ErrMsg?: string; InvokeResult?: number }>
  }
  database: {
    createCollectionIfNotExists(name: string): Promise<unknown>
    checkIndexExists(collection: string, index: string): Promise<{ Exists: boolean }>
    updateCollection(collection: string, change: { CreateIndexes: IndexCreation[] }): Promise<unknown>
  }
  permission: {
    /** Marked @deprecated in manager-node 5.6.5 ("网关鉴权策略已由 OPA 接管"): may fail; the deploy then names the manual step. */
    modifyResourcePermission(options: { resourceType: 'collection'; resource: string; permission: 'CUSTOM'; securityRule: string }): Promise<unknown>
  }
}
