// local-cloud/functions/workerArgv.ts: instances start without the parent's TypeScript loader, with its other options.
import { workerExecArgv } from '../../../local-cloud/functions/workerArgv'
import { tunedByEnv } from '../../../local-cloud/tuning'

it('drops tsx (and other TypeScript loaders) in every spelling', () => {
  expect(workerExecArgv(['--import', 'tsx'])).toEqual([])
  expect(workerExecArgv(['--import=tsx'])).toEqual([])
  expect(workerExecArgv(['--require', 'tsx/cjs'])).toEqual([])
  expect(workerExecArgv(['-r', 'ts-node/register'])).toEqual([])
  expect(workerExecArgv(['--loader', '/work/node_modules/tsx/dist/loader.mjs'])).toEqual([])
  expect(workerExecArgv(['--experimental-loader=tsx'])).toEqual([])
})

it('keeps everything else, in order (profiling, memory limits, other preloads)', () => {
  expect(workerExecArgv(['--cpu-prof', '--import', 'tsx', '--max-old-space-size=512', '--require', './trace.js'])).toEqual([
    '--cpu-prof',
    '--max-old-space-size=512',
    '--require',
    './trace.js',
  ])
  expect(workerExecArgv(['--import=./otel.mjs'])).toEqual(['--import=./otel.mjs'])
})

it('the speed-ups are on unless LOCAL_CLOUD_UNTUNED=1', () => {
  expect(tunedByEnv({})).toBe(true)
  expect(tunedByEnv({ LOCAL_CLOUD_UNTUNED: '0' })).toBe(true)
  expect(tunedByEnv({ LOCAL_CLOUD_UNTUNED: '1' })).toBe(false)
})
