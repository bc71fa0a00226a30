// A stand-in for @cloudbase/manager-node 5.6.5 over SCF that refuses what the real API refuses, read from
// node_modules/@cloudbase/manager-node/lib/function/index.js:
// - createFunction: CreateFunction; on ResourceInUse with `force`, updateFunctionCode, then updateFunctionConfig
//   (which itself tries createFunctionTriggers(func.triggers), only warning on failure), then
//   retryCreateTrigger(func.triggers) — which throws when BatchCreateTrigger keeps failing.
// - BatchCreateTrigger refuses a trigger name the function already has (SCF error ResourceInUse.Trigger).
// - UpdateFunctionConfiguration cannot change Runtime; Environment, when sent, replaces all variables.
// - GetFunction of an unknown function fails with ResourceNotFound.Function.
import type { CloudFunctionConfig, CloudManager, ExistingTrigger } from '@/scripts/deploy/cloudManager'

export interface FakeFunction {
  runtime: string
  timeout: number
  env: Record<string, string>
  triggers: ExistingTrigger[]
  codeUploads: number
}

const scfError = (code: string, message: string) => Object.assign(new Error(message), { code })

export function createFakeCloudManager(options: { probeAnswer?: (name: string, event: Record<string, unknown>) => unknown; rulesFail?: boolean } = {}) {
  const functions = new Map<string, FakeFunction>()
  const calls: string[] = []
  const collections = new Map<string, { indexes: Set<string>; rule?: string }>()

  const batchCreateTrigger = async (name: string, triggers?: Array<{ name: string; type: string; config: string }>) => {
    if (!triggers?.length) return null
    const fn = functions.get(name)
    if (!fn) throw scfError('ResourceNotFound.Function', `function ${name} not found`)
    calls.push(`BatchCreateTrigger ${name} ${triggers.map((t) => t.name).join(',')}`)
    for (const t of triggers) {
      if (fn.triggers.some((have) => have.TriggerName === t.name)) throw scfError('ResourceInUse.Trigger', `trigger ${t.name} already exists`)
    }
    // GetFunction reports a timer's description as JSON.
    for (const t of triggers) fn.triggers.push({ TriggerName: t.name, Type: t.type, TriggerDesc: JSON.stringify({ cron: t.config }) })
    return {}
  }

  const manager: CloudManager = {
    functions: {
      async getFunctionDetail(name) {
        const fn = functions.get(name)
        if (!fn) throw scfError('ResourceNotFound.Function', `function ${name} not found`)
        return { Runtime: fn.runtime, Triggers: fn.triggers.map((t) => ({ ...t })) }
      },
      async createFunction({ func, force }) {
        const full = func as CloudFunctionConfig & { triggers?: Array<{ name: string; type: string; config: string }> }
        const existing = functions.get(func.name)
        if (!existing) {
          calls.push(`CreateFunction ${func.name}`)
          functions.set(func.name, { runtime: func.runtime, timeout: func.timeout, env: { ...func.envVariables }, triggers: [], codeUploads: 1 })
          await batchCreateTrigger(func.name, full.triggers)
          return {}
        }
        if (!force) throw scfError('ResourceInUse.Function', `function ${func.name} exists`)
        calls.push(`UpdateFunctionCode ${func.name}`)
        existing.codeUploads += 1
        calls.push(`UpdateFunctionConfiguration ${func.name}`)
        await batchCreateTrigger(func.name, full.triggers).catch(() => undefined) // updateFunctionConfig only warns
        existing.timeout = func.timeout
        if (Object.keys(func.envVariables).length > 0) existing.env = { ...func.envVariables }
        await batchCreateTrigger(func.name, full.triggers) // retryCreateTrigger: throws after its retries
        return {}
      },
      createFunctionTriggers: batchCreateTrigger,
      async deleteFunctionTrigger(name, triggerName) {
        const fn = functions.get(name)
        const at = fn?.triggers.findIndex((t) => t.TriggerName === triggerName) ?? -1
        if (!fn || at < 0) throw scfError('ResourceNotFound.Trigger', `trigger ${triggerName} not found`)
        calls.push(`DeleteTrigger ${name} ${triggerName}`)
        fn.triggers.splice(at, 1)
        return {}
      },
      async invokeFunction(name, event) {
        if (!functions.has(name)) throw scfError('ResourceNotFound.Function', `function ${name} not found`)
        calls.push(`Invoke ${name}`)
        return { InvokeResult: 0, RetMsg: JSON.stringify(options.probeAnswer?.(name, event) ?? null) }
      },
    },
    database: {
      async createCollectionIfNotExists(name) {
        if (!collections.has(name)) collections.set(name, { indexes: new Set() })
        return {}
      },
      async checkIndexExists(collection, index) {
        return { Exists: collections.get(collection)?.indexes.has(index) ?? false }
      },
      async updateCollection(collection, change) {
        for (const index of change.CreateIndexes) collections.get(collection)!.indexes.add(index.IndexName)
        return {}
      },
    },
    permission: {
      async modifyResourcePermission({ resource, securityRule }) {
        if (options.rulesFail) throw scfError('UnsupportedOperation', 'ModifyResourcePermission is no longer available')
        collections.get(resource)!.rule = securityRule
        return {}
      },
    },
  }
  return { manager, functions, collections, calls }
}
