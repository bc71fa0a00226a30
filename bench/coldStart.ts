// Cold start: what loading the `api` bundle costs on top of wx-server-sdk, which every function loads anyway. Each
// sample is a fresh Node process (as a fresh instance is), alternating the two, median of several.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { ms, percentile, ratio } from './stats'

const SAMPLES = 9
const root = join(__dirname, '..')
const sdk = require.resolve('wx-server-sdk', { paths: [root] })
const bundle = join(root, 'cloudfunctions', 'api', 'index.js')

/** Milliseconds a fresh process takes to require `modules` in order (the last one timed on its own too). */
function loadMs(modules: string[]): { total: number; last: number } {
  const script = `
    const t0 = process.hrtime.bigint()
    ${modules.slice(0, -1).map((m) => `require(${JSON.stringify(m)})`).join('\n')}
    const t1 = process.hrtime.bigint()
    require(${JSON.stringify(modules[modules.length - 1])})
    const t2 = process.hrtime.bigint()
    process.stdout.write(JSON.stringify({ total: Number(t2 - t0) / 1e6, last: Number(t2 - t1) / 1e6 }))`
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }))
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
  console.log(`  the api bundle's own load, after wx-server-sdk: ${ms(own)}: ${ratio(own, base)} the SDK's (target ≤ 0.25×: ${own <= 0.25 * base ? 'met' : 'NOT met'})`)
}
