// What a deploy does, read from the repo alone: functions, collections with indexes and rules, the mini-program.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..', '..')

export interface FunctionPlan {
  name: string
  dir: string
  timeout: number
  triggers: Array<{ name: string; type: string; config: string }>
  openapi: string[]
  /** Secrets the function reads from its environment (config.json `secretEnv`); values come from the deployer's env. */
  envVariableNames: string[]
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
      return {
        name: entry.name,
        dir,
        timeout: config.timeout ?? 3,
        triggers: config.triggers ?? [],
        openapi: config.permissions?.openapi ?? [],
        envVariableNames: config.secretEnv ?? [],
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

/** The plan as a person reads it before anything is touched. */
export function describePlan(plan: DeployPlan, target: { envId: string; appid: string }): string[] {
  const lines = [`Deploy plan for cloud environment "${target.envId}", mini-program ${target.appid}`, '', '1. Build']
  lines.push('   - bundle cloud functions (scripts/build-functions.mjs)', '   - build the mini-program: taro build --type weapp → dist/')
  lines.push('', '2. Cloud functions (create or update code + config; dependencies installed in the cloud)')
  for (const fn of plan.functions) {
    lines.push(`   - function ${fn.name}: timeout ${fn.timeout}s, runtime Nodejs16.13`)
    for (const t of fn.triggers) lines.push(`       trigger ${t.name}: ${t.type} "${t.config}"`)
    if (fn.openapi.length) lines.push(`       openapi permissions: ${fn.openapi.join(', ')}`)
    for (const v of fn.envVariableNames) lines.push(`       env variable ${v} (value from your environment)`)
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
  return lines
}
