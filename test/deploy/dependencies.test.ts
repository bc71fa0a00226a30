// What the cloud installs for a function is pinned: each function ships a package-lock.json (uploaded with the
// bundle; the cloud's npm install follows it), holding exactly the versions the tests ran against (the root lock).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '@/scripts/deploy/plan'

type Lock = { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> }
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'))
const rootLock: Lock = read(join(ROOT, 'package-lock.json'))
/** Every version of each package the root install holds, by package name. */
const rootVersions = new Map<string, Set<string>>()
for (const [key, entry] of Object.entries(rootLock.packages)) {
  if (!key || !entry.version) continue
  const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)
  if (!rootVersions.has(name)) rootVersions.set(name, new Set())
  rootVersions.get(name)!.add(entry.version)
}

const functions = readdirSync(join(ROOT, 'cloudfunctions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'cloudfunctions', entry.name, 'package.json')))
  .map((entry) => entry.name)

describe.each(functions)('cloudfunctions/%s', (name) => {
  const dir = join(ROOT, 'cloudfunctions', name)
  const pkg = read(join(dir, 'package.json'))

  it('pins each direct dependency to one exact version', () => {
    for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) expect([dep, range]).toEqual([dep, expect.stringMatching(/^\d+\.\d+\.\d+$/)])
  })

  it('ships a package-lock.json in step with its package.json, readable by npm 6 and by npm 7+ (lockfileVersion 2)', () => {
    // Which npm the cloud's "云端安装依赖" runs is not documented; version 2 carries both the v1 tree and `packages`.
    const lock = read(join(dir, 'package-lock.json'))
    expect(lock.lockfileVersion).toBe(2)
    const inTree: string[] = []
    const walk = (deps: Record<string, { version: string; dependencies?: object }> = {}) => {
      for (const [dep, entry] of Object.entries(deps)) {
        inTree.push(`${dep}@${entry.version}`)
        walk(entry.dependencies as typeof deps)
      }
    }
    walk(lock.dependencies)
    const inPackages = Object.entries(lock.packages as Lock['packages'])
      .filter(([key]) => key)
      .map(([key, entry]) => `${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`)
    expect(inTree.sort()).toEqual(inPackages.sort())
    expect(lock.packages[''].dependencies).toEqual(pkg.dependencies)
  })

  it('locks every package at a version the tests ran with (the root lock)', () => {
    const lock: Lock = read(join(dir, 'package-lock.json'))
    const differing = Object.entries(lock.packages)
      .filter(([key]) => key)
      .map(([key, entry]) => [key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length), entry.version] as const)
      .filter(([dep, version]) => !rootVersions.get(dep)?.has(version!))
    expect(differing).toEqual([])
  })
})
