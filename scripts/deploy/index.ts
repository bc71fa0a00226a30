// `npm run deploy` — to your own AppID and cloud environment; `npm run deploy -- --dry-run` prints the plan only.
import { applyPlan } from './apply'
import { describePlan, readPlan } from './plan'
import { readSettings, type DeploySettings } from './settings'
import { importStationFile, previewStationFile } from './importStations'

async function main() {
  const dryRun = process.argv.includes('--dry-run')
  // `--import <file>`: a station list (CSV/XLSX) imported after the deploy; checked first, even in a dry run.
  const importFile = process.argv.includes('--import') ? process.argv[process.argv.indexOf('--import') + 1] : undefined
  if (importFile && (await previewStationFile(importFile)).badRowCount > 0) process.exit(2)
  const plan = readPlan()
  const { settings, missing } = readSettings()
  const target = { envId: settings.envId ?? '<TCB_ENV_ID>', appid: settings.appid ?? '<WX_APPID>' }
  console.log(describePlan(plan, target).join('\n'))
  if (dryRun) {
    console.log('\nDry run: nothing was changed.')
    if (missing.length) console.log(`A real deploy also needs: ${missing.join(', ')} (environment or deploy.env.local).`)
    return
  }
  if (missing.length) {
    console.error(`\nMissing ${missing.join(', ')}: set them in the environment or in deploy.env.local (see README).`)
    process.exit(2)
  }
  await applyPlan(plan, settings as DeploySettings)
  if (importFile) await importStationFile(importFile, settings as DeploySettings)
  console.log('\nDeployed.')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
