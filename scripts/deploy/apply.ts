// Carries out the plan with Tencent's own tooling: @cloudbase/manager-node (functions, collections, indexes,
// rules) and miniprogram-ci (upload). Every step is idempotent, so a failed deploy can simply be run again.
import { spawnSync } from 'node:child_process'
import type { DeployPlan } from './plan'
import type { DeploySettings } from './settings'

const RUNTIME = 'Nodejs16.13'

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env })
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${status})`)
}

export async function applyPlan(plan: DeployPlan, settings: DeploySettings): Promise<void> {
  console.log('▶ build')
  run('node', ['scripts/build-functions.mjs'])
  run('npx', ['taro', 'build', '--type', 'weapp'], { ...process.env, NODE_ENV: 'production', TARO_APP_ID: settings.appid, TARO_APP_CLOUD_ENV: settings.envId })

  // Loaded only for a real deploy, so a dry run needs nothing but the repo.
  const { default: CloudBase } = await import('@cloudbase/manager-node')
  const app = new CloudBase({ secretId: settings.secretId, secretKey: settings.secretKey, envId: settings.envId })

  for (const fn of plan.functions) {
    console.log(`▶ function ${fn.name}`)
    const envVariables = Object.fromEntries(fn.envVariableNames.map((name) => [name, settings.env[name] ?? '']))
    const func = { name: fn.name, timeout: fn.timeout, runtime: RUNTIME, installDependency: true, envVariables, triggers: fn.triggers, ignore: ['*.ts', '**/*.ts', 'node_modules'] }
    await app.functions.createFunction({ func, functionRootPath: 'cloudfunctions', force: true })
  }

  for (const collection of plan.collections) {
    console.log(`▶ collection ${collection.name}`)
    await app.database.createCollectionIfNotExists(collection.name)
    const missing = []
    for (const index of collection.indexes) {
      const { Exists } = await app.database.checkIndexExists(collection.name, index.name)
      if (!Exists) missing.push(index)
    }
    if (missing.length) {
      await app.database.updateCollection(collection.name, {
        CreateIndexes: missing.map((index) => ({
          IndexName: index.name,
          MgoKeySchema: { MgoIsUnique: index.unique, MgoIndexKeys: index.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })) },
        })),
      })
    }
    await app.permission.modifyResourcePermission({
      resourceType: 'collection',
      resource: collection.name,
      permission: 'CUSTOM',
      securityRule: JSON.stringify(collection.rule),
    })
  }

  console.log('▶ mini-program upload')
  run('npx', [
    '--yes',
    'miniprogram-ci@2.1.42',
    'upload',
    '--pp', plan.miniprogram.projectPath,
    '--pkp', settings.uploadKeyPath,
    '--appid', settings.appid,
    '--uv', settings.version,
    '--ud', settings.description,
    '-r', '1',
  ])
}
