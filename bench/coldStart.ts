// Cold start: what loading the `api` bundle costs on top of wx-server-sdk, which every function loads anyway. Each
// sample is a fresh Node process (as a fresh instance is), alternating the two, median of several. What the bundle
// loads: the router and core; each feature is evaluated on the first call of one of its actions (api/actions.ts) and
// the rare libraries sit in chunks/ beside index.js (scripts/build-functions.mjs), so neither is in this figure.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { ms, percentile, ratio } from './stats'

const SAMPLES = 9
const root = join(__dirname, '..')
const sdk = require.resolve('wx-server-sdk', { paths: [root] })
const bundle = join(root, 'cloudfunctions', 'api', 'index.js')

/**
 * What a CloudBase instance has in its environment (and the local cloud sets, local-cloud/functions/functionHost.ts):
 * with `TENCENTCLOUD_RUNENV=SCF`, cloud.init() knows it runs in SCF and skips the metadata-server lookup it makes
 * elsewhere (@cloudbase/node-sdk dist/utils/cloudplatform.js checkIsInternalAsync), which no instance pays.
 */
const INSTANCE_ENV = { TENCENTCLOUD_RUNENV: 'SCF', SCF_NAMESPACE: 'bench', TENCENTCLOUD_REGION: 'ap-shanghai' }

/** Milliseconds a fresh process takes to require `modules` in order (the last one timed on its own too). */
function loadMs(modules: string[]): { total: number; last: number } {
  const script = `
    const t0 = process.hrtime.bigint()
    ${modules
      .slice(0, -1)
      .map((m) => `require(${JSON.stringify(m)})`)
      .join('\n')}
    const t1 = process.hrtime.bigint()
    require(${JSON.stringify(modules[modules.length - 1])})
    const t2 = process.hrtime.bigint()
    process.stdout.write(JSON.stringify({ total: Number(t2 - t0) / 1e6, last: Number(t2 - t1) / 1e6 }))`
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, ...INSTANCE_ENV } }))
}

export function benchColdStart(): void {
  const sdkAlone: number[] = []
  const bundleOwn: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    sdkAlone.push(loadMs([sdk]).last)
    bundleOwn.push(loadMs([sdk, bundle]).last)
  }
  const base = percentile(sdkAlone, 50)
  const own = percentile(bundleOwn, 50)
  console.log(`\ncold start of api (fresh process each, median of ${SAMPLES})`)
  console.log(`  wx-server-sdk alone: ${ms(base)} (baseline)`)
  console.log(
    `  the api bundle's own load, after wx-server-sdk: ${ms(own)}: ${ratio(own, base)} the SDK's (target ≤ 0.25×: ${own <= 0.25 * base ? 'met' : 'NOT met'})`,
  )
}
