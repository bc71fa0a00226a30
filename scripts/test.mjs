// `npm test`: static checks, the builds the tests load, then every jest suite. Stops at the first failure.
import { spawnSync } from 'node:child_process'

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '--ext', '.ts,.tsx', 'src', 'types', 'cloudfunctions', 'local-cloud', 'seed', 'test', 'bench', 'scripts']],
  ['build cloud functions', 'node', ['scripts/build-functions.mjs']],
  ['build h5', 'npx', ['taro', 'build', '--type', 'h5']],
  ['build weapp', 'npx', ['taro', 'build', '--type', 'weapp']],
  ['jest', 'npx', ['jest', '--ci', ...process.argv.slice(2)]],
]

const env = { ...process.env, NODE_ENV: 'production' }
for (const [name, command, args] of steps) {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env })
  if (status !== 0) {
    console.error(`✗ ${name} failed (exit ${status})`)
    process.exit(status || 1)
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}
