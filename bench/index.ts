// `npm run bench`: the speed figures issues ask for. Not a test: it prints, it does not fail on a slow machine.
import { join } from 'node:path'
import { MAIN_PACKAGE_BUDGET_BYTES, chartLibraryBytes, subpackageLine, weappPackageSizes } from './packageSize'
import { benchNearbyStations } from './stations'
import { benchEventSignupRush } from './events'
import { benchStationImport } from './stationImport'
import { benchColdStart } from './coldStart'
import { benchLocalCloudRate } from './localCloudRate'
import { benchOrgDashboard } from './orgDashboard'

async function main() {
  // Every figure is printed beside its baseline measured in the same run (see each file's header).
  // One figure failing (e.g. a function timing out on a loaded machine) is printed and the others still run.
  const figures: Array<[string, () => unknown]> = [
    ['cold start', benchColdStart],
    ['station search', benchNearbyStations],
    ['sign-up rush', benchEventSignupRush],
    ['local cloud rate', benchLocalCloudRate],
    ['station import', benchStationImport],
    ['street dashboard', benchOrgDashboard],
  ]
  let failed = 0
  for (const [name, run] of figures) {
    try {
      await run()
    } catch (error) {
      failed++
      console.log(`\n${name}: FAILED — ${(error as Error).message}`)
    }
  }

  const sizes = weappPackageSizes(join(__dirname, '..', 'dist'))
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log('\nweapp packages (dist/, without source maps)')
  console.log(
    `  main package: ${kb(sizes.mainBytes)} of ${kb(MAIN_PACKAGE_BUDGET_BYTES)} (target ≤ 500 KB: ${sizes.mainBytes <= MAIN_PACKAGE_BUDGET_BYTES ? 'met' : 'NOT met'})`,
  )
  console.log(`    largest: ${sizes.largestMain.map(([file, bytes]) => `${file} ${kb(bytes)}`).join(', ')}`)
  for (const [root, bytes] of Object.entries(sizes.subpackages)) console.log(`  ${subpackageLine(root, bytes)}`)
  console.log(`  of which the staff charts' library (@qiun/ucharts, minified): ${kb(await chartLibraryBytes())}`)
  if (failed) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
