// `npm run bench`: the speed figures issues ask for. Not a test: it prints, it does not fail on a slow machine.
import { join } from 'node:path'
import { chartLibraryBytes, subpackageLine, weappPackageSizes } from './packageSize'
import { benchNearbyStations } from './stations'
import { benchEventSignupRush } from './events'
import { benchStationImport } from './stationImport'
import { benchColdStart } from './coldStart'
import { benchLocalCloudRate } from './localCloudRate'
import { benchOrgDashboard } from './orgDashboard'

async function main() {
  // Every figure is printed beside its baseline measured in the same run (see each file's header).
  benchColdStart()
  await benchNearbyStations()
  await benchEventSignupRush()
  await benchLocalCloudRate()
  await benchStationImport()
  await benchOrgDashboard()

  const sizes = weappPackageSizes(join(__dirname, '..', 'dist'))
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log('\nweapp packages (dist/, without source maps)')
  console.log(`  main package: ${kb(sizes.mainBytes)} (target ≤ 500 KB: ${sizes.mainBytes <= 500 * 1024 ? 'met' : 'NOT met'})`)
  for (const [root, bytes] of Object.entries(sizes.subpackages)) console.log(`  ${subpackageLine(root, bytes)}`)
  console.log(`  of which the staff charts' library (@qiun/ucharts, minified): ${kb(await chartLibraryBytes())}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
