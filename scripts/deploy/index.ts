// `npm run deploy` — to your own AppID and cloud environment.
//   --dry-run  prints the plan (functions with runtime, secrets, triggers, permissions; collections; upload) only
//   --migrate <blockId>  after the deploy, gives records stored before issue 16 that block (idempotent)
//   --check    only asks the deployed functions whether their cloud-call permissions are registered
// Exit codes: 0 done; 1 failed; 2 settings missing or refused; 3 deployed, but manual steps remain (printed).
import { applyPlan, connect } from './apply'
import { DeployRefused } from './deployFunctions'
import { checkPermissions, permissionManualSteps } from './permissionsCheck'
import { describePlan, readPlan, secretsOf } from './plan'
import { readSettings, type DeploySettings } from './settings'
import { importStationFile, previewStationFile } from './importStations'

function printManualSteps(steps: string[]): void {
  console.log(`\n${steps.length} manual step(s) left:`)
  steps.forEach((step, i) => console.log(`\n${i + 1}. ${step}`))
}

async function main() {
  const dryRun = process.argv.includes('--dry-run')
  const checkOnly = process.argv.includes('--check')
  // `--import <file>`: a station list (CSV/XLSX) imported after the deploy; checked first, even in a dry run.
  const importFile = process.argv.includes('--import') ? process.argv[process.argv.indexOf('--import') + 1] : undefined
  if (importFile && (await previewStationFile(importFile)).badRowCount > 0) process.exit(2)
  const plan = readPlan()
  const secrets = secretsOf(plan)
  const { settings, missing, invalid } = readSettings(secrets)

  if (checkOnly) {
    const needed = ['TCB_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY']
    const problems = [
      ...missing.filter((name) => needed.includes(name)).map((name) => `${name} is not set`),
      ...invalid.filter((line) => needed.some((name) => line.startsWith(name))),
    ]
    if (problems.length) {
      console.error(`Cannot check: ${problems.join('; ')}.`)
      process.exit(2)
    }
    const reports = await checkPermissions(await connect(settings as DeploySettings), plan.functions)
    for (const r of reports) console.log(`${r.fn}: ${r.api} ${r.status} — ${r.message}`)
    const steps = permissionManualSteps(reports, settings.envId!)
    if (steps.length) {
      printManualSteps(steps)
      process.exit(3)
    }
    console.log('\nEvery cloud-call permission is registered.')
    return
  }

  const target = { envId: settings.envId ?? '<TCB_ENV_ID>', appid: settings.appid ?? '<WX_APPID>' }
  console.log(describePlan(plan, target, new Set(Object.keys(settings.secrets ?? {}))).join('\n'))
  const problems = [...missing.map((name) => `${name} is not set`), ...invalid]
  if (dryRun) {
    console.log('\nDry run: nothing was changed.')
    if (problems.length) console.log(`A real deploy would refuse: ${problems.join('; ')} (environment or deploy.env.local, see README).`)
    return
  }
  if (problems.length) {
    console.error(`\nRefusing to deploy: ${problems.join('; ')}. Set them in the environment or in deploy.env.local (see README).`)
    process.exit(2)
  }
  const { manualSteps } = await applyPlan(plan, settings as DeploySettings)
  if (importFile) await importStationFile(importFile, settings as DeploySettings)
  // `--migrate <blockId>`: the org migration (cloudfunctions/api/org/migration.ts), run by the deployer's invocation.
  const migrateBlock = process.argv.includes('--migrate') ? process.argv[process.argv.indexOf('--migrate') + 1] : undefined
  if (migrateBlock) {
    const invoked = await (
      await connect(settings as DeploySettings)
    ).functions.invokeFunction('api', { action: 'system.migrateOrg', data: { blockId: migrateBlock } })
    console.log(`\nMigration to ${migrateBlock}: ${invoked.RetMsg ?? invoked.ErrMsg ?? '(no answer)'}`)
  }
  if (manualSteps.length) {
    console.log('\nDeployed.')
    printManualSteps(manualSteps)
    process.exit(3)
  }
  console.log('\nDeployed; every cloud-call permission is registered.')
}

main().catch((error) => {
  console.error(error instanceof DeployRefused ? `\nRefusing: ${error.message}` : error)
  process.exit(error instanceof DeployRefused ? 2 : 1)
})
