// Each bundle targets the runtime its function is deployed with (config.json `runtime`), and uses nothing newer.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findNewerThanRuntime } from '@/local-cloud/functions/runtimeCheck'
import { readPlan, ROOT } from '@/scripts/deploy/plan'
import { SUPPORTED_RUNTIMES } from '@/scripts/deploy/runtimes'

const functions = readdirSync(join(ROOT, 'cloudfunctions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'cloudfunctions', entry.name, 'main.ts')))
  .map((entry) => {
    const dir = join(ROOT, 'cloudfunctions', entry.name)
    return { name: entry.name, dir, runtime: JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).runtime as string }
  })

it('every function declares a Node.js runtime CloudBase offers (docs.cloudbase.net/cloud-function/runtime-support)', () => {
  expect(functions.length).toBeGreaterThan(0)
  for (const fn of functions) expect(['Nodejs16.13', 'Nodejs18.15', 'Nodejs20.19']).toContain(fn.runtime)
  expect([...SUPPORTED_RUNTIMES].sort()).toEqual(['Nodejs16.13', 'Nodejs18.15', 'Nodejs20.19'])
})

it('the deploy creates each function with the runtime its config.json declares', () => {
  const planned = Object.fromEntries(readPlan().functions.map((fn) => [fn.name, fn.runtime]))
  for (const fn of functions) expect(planned[fn.name]).toBe(fn.runtime)
})

describe.each(functions)('the $name bundle', ({ dir, runtime }) => {
  const bundle = readFileSync(join(dir, 'index.js'), 'utf8')

  it('was built for its declared runtime (Nodejs18.15 → esbuild target node18.15)', () => {
    const version = /^Nodejs(\d+\.\d+)$/.exec(runtime)![1]
    expect(bundle.split('\n')[0]).toBe(`// built by scripts/build-functions.mjs for ${runtime} (esbuild target node${version})`)
  })

  it('uses no syntax or global newer than that runtime', () => {
    expect(findNewerThanRuntime(bundle, runtime)).toEqual([])
  })

  it('neither do its lazily required chunks (chunks/*.js, deployed with it)', () => {
    const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')) : []
    for (const chunk of chunks) expect([chunk, findNewerThanRuntime(readFileSync(join(dir, 'chunks', chunk), 'utf8'), runtime)]).toEqual([chunk, []])
  })
})
