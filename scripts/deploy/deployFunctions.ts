// Creates or updates each cloud function so that running the deploy again changes nothing and fails on nothing:
// the runtime is checked against what exists (it can only be chosen at creation), secrets go into the function's
// environment variables, and triggers are synced by name instead of re-created (see triggers.ts).
import { join } from 'node:path'
import type { CloudManager, FunctionDetail } from './cloudManager'
import { ROOT, type FunctionPlan } from './plan'
import { compareRuntimes } from './runtimes'
import { triggerChanges } from './triggers'

/** Something the deploy will not do by itself; the message says what the person does instead. */
export class DeployRefused extends Error {}

/** Uploaded from each function folder: the bundle, package.json, package-lock.json, config.json — never sources. */
const IGNORE = ['*.ts', '**/*.ts', 'node_modules', 'node_modules/**']

async function functionDetail(manager: CloudManager, name: string): Promise<FunctionDetail | null> {
  try {
    return await manager.functions.getFunctionDetail(name)
  } catch (error) {
    // SCF GetFunction: ResourceNotFound.Function / ResourceNotFound.FunctionName when there is none.
    if (/ResourceNotFound/.test(String((error as { code?: string }).code ?? (error as Error).message))) return null
    throw error
  }
}

/**
 * One function, idempotently. `secrets` holds every secret the plan names (checked by readSettings).
 * Logs each change through `log`.
 */
export async function deployFunction(
  manager: CloudManager,
  fn: FunctionPlan,
  secrets: Record<string, string>,
  log: (line: string) => void,
  functionRoot = join(ROOT, 'cloudfunctions'),
): Promise<void> {
  const existing = await functionDetail(manager, fn.name)
  if (existing) {
    const order = compareRuntimes(existing.Runtime, fn.runtime)
    if (!(order >= 0)) {
      throw new DeployRefused(
        `function ${fn.name} exists with runtime ${existing.Runtime}, but its bundle is built for ${fn.runtime}, and a runtime ` +
          `can only be chosen when a function is created. Delete it (云开发控制台 → 云函数 → ${fn.name} → 删除), then run ` +
          'npm run deploy again: it is created anew with the right runtime, its triggers and its environment variables.',
      )
    }
    if (order > 0) log(`  function ${fn.name} runs on ${existing.Runtime}, newer than the declared ${fn.runtime}: its bundle runs there too`)
  }
  const envVariables: Record<string, string> = {}
  for (const secret of fn.secrets) {
    const value = secrets[secret.name]
    if (!value) throw new DeployRefused(`${secret.name} is not set: ${secret.purpose}`)
    envVariables[secret.name] = value
  }
  // No `triggers` here on purpose: createFunction(force) on an existing function calls BatchCreateTrigger for every
  // trigger it is given, which fails for one that exists (manager-node lib/function/index.js, retryCreateTrigger).
  await manager.functions.createFunction({
    func: { name: fn.name, runtime: fn.runtime, timeout: fn.timeout, handler: 'index.main', installDependency: true, envVariables, ignore: IGNORE },
    functionRootPath: functionRoot,
    force: true,
  })
  log(
    `  function ${fn.name}: ${existing ? 'code and config updated' : `created (${fn.runtime})`}${fn.secrets.length ? `, environment: ${fn.secrets.map((s) => s.name).join(', ')}` : ''}`,
  )

  const changes = triggerChanges(existing?.Triggers ?? [], fn.triggers)
  for (const name of changes.remove) {
    await manager.functions.deleteFunctionTrigger(fn.name, name)
    log(`  trigger ${fn.name}/${name}: deleted`)
  }
  if (changes.create.length) {
    await manager.functions.createFunctionTriggers(fn.name, changes.create)
    for (const t of changes.create) log(`  trigger ${fn.name}/${t.name}: created (${t.type} "${t.config}")`)
  }
  for (const name of changes.keep) log(`  trigger ${fn.name}/${name}: unchanged`)
}
