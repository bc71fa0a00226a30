// `npm test`: typecheck, lint, each build the tests load (once), the browser, then the jest suites — every step as
// soon as what it needs is done, at most `TEST_JOBS` (default: the number of cores) at once. Prints each step's
// time, then the total and one `N passed, N failed` line. Stops at the first failure.
// A step's output goes to test-results/<step>.log: all of it is printed when it fails; when it passes, the jest
// report, or a line or two. `npm test -- <jest args>` runs the checks and builds, then ONE jest run with those args.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const LOGS = join(ROOT, 'test-results')
const jestArgs = process.argv.slice(2)
// Prettier's check joins the steps once the tree is formatted: package.json "config": { "formatCheckInTest": true }
// (the integrator runs `npm run format` on the merged tree, then flips it). Until then it only says it is off.
const formatCheckInTest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).config?.formatCheckInTest === true
const jobs = Number(process.env.TEST_JOBS) || availableParallelism()
const slug = (name) => name.replaceAll(' ', '-')

/** A jest run that also writes its counts, for the closing line. `maxWorkers`: its own parallel files. */
const jest = (name, args, needs) => ({
  name,
  needs,
  jest: true,
  command: ['npx', 'jest', '--ci', '--json', `--outputFile=${join(LOGS, `${slug(name)}.json`)}`, ...args],
})

// Listed in the order they are started when several are ready: the long chains (h5 build → browser tests,
// weapp build → simulator tests) first, the checks that nothing waits for last.
const steps = [
  { name: 'build cloud functions', command: ['node', 'scripts/build-functions.mjs'] },
  { name: 'build h5', command: ['npx', 'taro', 'build', '--type', 'h5'] },
  { name: 'unpack chromium', command: ['node', '--import', 'tsx', 'scripts/prepare-chromium.ts'] },
  { name: 'build weapp', command: ['npx', 'taro', 'build', '--type', 'weapp'] },
  ...(jestArgs.length > 0
    ? [jest('jest', jestArgs, ['build cloud functions', 'build h5', 'build weapp', 'unpack chromium'])]
    : [
        jest('jest e2e', ['--selectProjects', 'e2e', '--maxWorkers=2'], ['build cloud functions', 'build h5', 'unpack chromium']),
        jest('jest node', ['--selectProjects', 'node', '--maxWorkers=2'], ['build cloud functions']),
        jest('jest weapp', ['--selectProjects', 'weapp', '--maxWorkers=1'], ['build cloud functions', 'build weapp']),
      ]),
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  formatCheckInTest
    ? { name: 'format', command: ['npx', 'prettier', '--check', '--log-level', 'warn', '.'] }
    : { name: 'format (off)', command: ['node', '-e', "console.log('prettier check off until package.json config.formatCheckInTest is true')"] },
  {
    name: 'lint',
    command: ['npx', 'eslint', '--max-warnings', '0', '--ext', '.ts,.tsx', 'src', 'types', 'cloudfunctions', 'local-cloud', 'seed', 'test', 'bench', 'scripts'],
  },
]

const env = { ...process.env, NODE_ENV: 'production' }
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const done = new Set()
const running = new Map() // name → child process
const timings = []

rmSync(LOGS, { recursive: true, force: true })
mkdirSync(LOGS, { recursive: true })
console.log(`npm test: ${steps.length} steps, up to ${jobs} at once (TEST_JOBS); logs in test-results/`)
startReady()

function startReady() {
  for (const step of steps) {
    if (running.size >= jobs) return
    if (done.has(step.name) || running.has(step.name) || step.started) continue
    if (!(step.needs ?? []).every((need) => done.has(need))) continue
    start(step)
  }
  if (running.size === 0) finish()
}

function start(step) {
  step.started = Date.now()
  const log = join(LOGS, `${slug(step.name)}.log`)
  const output = []
  console.log(`▶ ${step.name}`)
  // Its own process group, so that a failure elsewhere can stop it with all its children (webpack workers, jest workers).
  const child = spawn(step.command[0], step.command.slice(1), { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.on('data', (chunk) => output.push(chunk))
  child.stderr.on('data', (chunk) => output.push(chunk))
  running.set(step.name, child)
  child.on('close', (code, signal) => {
    running.delete(step.name)
    const text = Buffer.concat(output).toString()
    writeFileSync(log, text)
    if (code !== 0) {
      console.log(`\n──── ${step.name} (${log}) ────\n${text}`)
      console.error(`✗ ${step.name} failed (${signal ?? `exit ${code}`}) after ${seconds(step.started)}; stopping the other steps`)
      stopAll()
      process.exit(code || 1)
    }
    // The jest report in full (which suites ran); another step's output if it is a line or two, else where it is.
    const lines = text.split('\n').filter((line) => line.trim() !== '')
    const shown = step.jest || lines.length <= 2 ? lines : [`(${lines.length} lines in ${log})`]
    console.log(`──── ${step.name} ────\n${shown.join('\n')}`)
    console.log(`✓ ${step.name} (${seconds(step.started)})`)
    timings.push([step.name, Date.now() - step.started])
    done.add(step.name)
    startReady()
  })
}

function stopAll() {
  for (const child of running.values()) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

function finish() {
  const counts = { passed: 0, failed: 0, skipped: 0 }
  for (const step of steps.filter((s) => s.jest)) {
    const report = JSON.parse(readFileSync(join(LOGS, `${slug(step.name)}.json`), 'utf8'))
    counts.passed += report.numPassedTests
    counts.failed += report.numFailedTests
    counts.skipped += report.numPendingTests + report.numTodoTests
  }
  console.log('\nStep times (wall clock, steps overlap):')
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(24)} ${(ms / 1000).toFixed(1).padStart(6)} s`)
  console.log(`  ${'total'.padEnd(24)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`)
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  process.exit(counts.failed > 0 ? 1 : 0)
}

process.on('SIGINT', () => {
  stopAll()
  process.exit(130)
})
