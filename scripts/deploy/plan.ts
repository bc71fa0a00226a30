// What a deploy does, read from the repo alone: functions, collections with indexes and rules, the mini-program.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SUPPORTED_RUNTIMES } from './runtimes'
import { FUNCTION_SECRETS, type SecretSpec } from './secrets'

export const ROOT = join(__dirname, '..', '..')

export interface TriggerPlan {
  name: string
  type: string
  /** For a timer: the 7-field cron expression (seconds first), evaluated in UTC+8. */
  config: string
}

export interface FunctionPlan {
  name: string
  dir: string
  /** config.json `runtime`, e.g. `Nodejs18.15`: what the function is created with and what its bundle targets. */
  runtime: string
  timeout: number
  triggers: TriggerPlan[]
  /** config.json `permissions.openapi`: the cloud calls (`cloud.openapi.*`) the function makes. */
  openapi: string[]
  /** Secrets the function reads from its environment (scripts/deploy/secrets.ts); values come from the deployer. */
  secrets: SecretSpec[]
}

export interface IndexPlan {
  name: string
  unique: boolean
  keys: Array<{ field: string; direction: 1 | -1 | '2dsphere' }>
}

export interface CollectionPlan {
  name: string
  rule: object
  indexes: IndexPlan[]
}

export interface DeployPlan {
  functions: FunctionPlan[]
  collections: CollectionPlan[]
  miniprogram: { projectPath: string; miniprogramRoot: string; appid: string }
}

export function readPlan(root = ROOT): DeployPlan {
  const fnRoot = join(root, 'cloudfunctions')
  const functions = readdirSync(fnRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(fnRoot, entry.name, 'package.json')))
    .map((entry): FunctionPlan => {
      const dir = join(fnRoot, entry.name)
      const config = existsSync(join(dir, 'config.json')) ? JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) : {}
      if (!(SUPPORTED_RUNTIMES as readonly string[]).includes(config.runtime)) {
        throw new Error(
          `cloudfunctions/${entry.name}/config.json: "runtime" must be one of ${SUPPORTED_RUNTIMES.join(', ')} (got ${JSON.stringify(config.runtime)})`,
        )
      }
      return {
        name: entry.name,
        dir,
        runtime: config.runtime,
        timeout: config.timeout ?? 3,
        triggers: config.triggers ?? [],
        openapi: config.permissions?.openapi ?? [],
        secrets: FUNCTION_SECRETS[entry.name] ?? [],
      }
    })
  const declared = JSON.parse(readFileSync(join(root, 'database', 'collections.json'), 'utf8')) as {
    collections: Record<string, { rule: object; indexes?: Array<{ name: string; unique?: boolean; keys: IndexPlan['keys'] }> }>
  }
  const collections = Object.entries(declared.collections).map(([name, spec]) => ({
    name,
    rule: spec.rule,
    indexes: (spec.indexes ?? []).map((index) => ({ name: index.name, unique: !!index.unique, keys: index.keys })),
  }))
  const project = JSON.parse(readFileSync(join(root, 'project.config.json'), 'utf8')) as { miniprogramRoot: string; appid: string }
  return { functions, collections, miniprogram: { projectPath: root, miniprogramRoot: project.miniprogramRoot, appid: project.appid } }
}

/** Every secret the plan needs, once each. */
export function secretsOf(plan: DeployPlan): SecretSpec[] {
  const byName = new Map(plan.functions.flatMap((fn) => fn.secrets).map((secret) => [secret.name, secret]))
  return [...byName.values()]
}

/**
 * The plan as a person reads it before anything is touched. `secretsSet` names the secrets the deployer has
 * provided (values are never passed in, so they can never be printed).
 */
export function describePlan(plan: DeployPlan, target: { envId: string; appid: string }, secretsSet: ReadonlySet<string> = new Set()): string[] {
  const lines = [`Deploy plan for cloud environment "${target.envId}", mini-program ${target.appid}`, '', '1. Build']
  lines.push(
    "   - bundle cloud functions (scripts/build-functions.mjs; esbuild target = each function's runtime)",
    '   - build the mini-program: taro build --type weapp → dist/',
  )
  lines.push('', "2. Cloud functions (create or update code and config; the cloud installs wx-server-sdk from each function's package-lock.json)")
  for (const fn of plan.functions) {
    lines.push(`   - function ${fn.name}: runtime ${fn.runtime}, timeout ${fn.timeout}s`)
    if (fn.secrets.length === 0) lines.push('       secrets: none')
    for (const secret of fn.secrets) {
      lines.push(
        `       secret ${secret.name} → environment variable (${secretsSet.has(secret.name) ? 'provided' : 'NOT PROVIDED: deploy refuses'}; value never printed)`,
      )
    }
    if (fn.triggers.length === 0) lines.push('       triggers: none')
    for (const t of fn.triggers) lines.push(`       trigger ${t.name}: ${t.type} "${t.config}" (created if missing, replaced if changed, kept if the same)`)
    lines.push(`       permissions (cloud calls, config.json permissions.openapi): ${fn.openapi.length ? fn.openapi.join(', ') : 'none'}`)
  }
  lines.push('', '3. Database collections (create if missing, add missing indexes, set the security rule)')
  for (const c of plan.collections) {
    lines.push(`   - collection ${c.name}: rule ${JSON.stringify(c.rule)}`)
    for (const i of c.indexes) {
      const keys = i.keys.map((k) => `${k.field}:${k.direction}`).join(', ')
      lines.push(`       index ${i.name}${i.unique ? ' (unique)' : ''}: ${keys}`)
    }
  }
  lines.push('', '4. Mini-program upload (miniprogram-ci)')
  lines.push(`   - upload ${plan.miniprogram.miniprogramRoot} of ${plan.miniprogram.projectPath} as appid ${target.appid}`)
  const withPermissions = plan.functions.filter((fn) => fn.openapi.length > 0)
  if (withPermissions.length) {
    lines.push('', "5. Check cloud-call permissions (the functions' system.probe); only WeChat DevTools registers them")
    for (const fn of withPermissions) lines.push(`   - ${fn.name}: ${fn.openapi.join(', ')}`)
  }
  return lines
}
