// Carries out the plan with Tencent's own tooling: @cloudbase/manager-node (functions, triggers, collections,
// indexes, rules) and miniprogram-ci (upload). Every step is idempotent, so a failed deploy can simply be run again.
// What no tool can do (cloud-call permissions, and rules if the deprecated rules API fails) comes back as manual steps.
import { spawnSync } from 'node:child_process'
import type { CloudManager } from './cloudManager'
import { deployCollections } from './deployCollections'
import { deployFunction } from './deployFunctions'
import { checkPermissions, permissionManualSteps } from './permissionsCheck'
import type { DeployPlan } from './plan'
import type { DeploySettings } from './settings'

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env })
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${status})`)
}

/** manager-node, loaded only for a real deploy, so a dry run needs nothing but the repo. */
export async function connect(settings: Pick<DeploySettings, 'secretId' | 'secretKey' | 'envId'>): Promise<CloudManager> {
  const { default: CloudBase } = await import('@cloudbase/manager-node')
  return new CloudBase({ secretId: settings.secretId, secretKey: settings.secretKey, envId: settings.envId }) satisfies CloudManager
}

/** Functions, collections and the permission check: everything that talks to the cloud environment. */
export async function deployCloud(
  manager: CloudManager,
  plan: DeployPlan,
  settings: Pick<DeploySettings, 'envId' | 'secrets'>,
  log: (line: string) => void = console.log,
): Promise<{ manualSteps: string[] }> {
  log('▶ functions')
  for (const fn of plan.functions) await deployFunction(manager, fn, settings.secrets, log)
  log('▶ collections')
  const collections = await deployCollections(manager, plan.collections, log)
  log('▶ cloud-call permissions')
  const reports = await checkPermissions(manager, plan.functions)
  for (const r of reports) log(`  ${r.fn}: ${r.api} ${r.status} — ${r.message}`)
  return { manualSteps: [...collections.manualSteps, ...permissionManualSteps(reports, settings.envId)] }
}

export async function applyPlan(plan: DeployPlan, settings: DeploySettings): Promise<{ manualSteps: string[] }> {
  console.log('▶ build')
  run('node', ['scripts/build-functions.mjs'])
  // The build bakes the template ids in (config/weappSettings.ts): the same values the functions get.
  const templates = Object.fromEntries(Object.entries(settings.secrets ?? {}).filter(([name]) => name.startsWith('TARO_APP_TEMPLATE_')))
  run('npx', ['taro', 'build', '--type', 'weapp'], {
    ...process.env,
    ...templates,
    NODE_ENV: 'production',
    TARO_APP_ID: settings.appid,
    TARO_APP_CLOUD_ENV: settings.envId,
  })

  const manager = await connect(settings)
  const result = await deployCloud(manager, plan, settings)

  console.log('▶ mini-program upload')
  run('npx', [
    '--yes',
    'miniprogram-ci@2.1.42',
    'upload',
    '--pp',
    plan.miniprogram.projectPath,
    '--pkp',
    settings.uploadKeyPath,
    '--appid',
    settings.appid,
    '--uv',
    settings.version,
    '--ud',
    settings.description,
    '-r',
    '1',
  ])
  return result
}
