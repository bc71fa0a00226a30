// The `api` function loads each feature on the first call of one of its actions (cloudfunctions/api/actions.ts,
// issue 17): every action must be reachable under its own domain, and a cold start must load no feature and no
// lazily built library.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { allActions, domainOf, featureOf, features } from '@/cloudfunctions/api/actions'

const loaders = [...new Set(Object.values(features))]

it('every action is served by the feature listed under its own domain (else the router could not find it)', () => {
  const unreachable: string[] = []
  for (const load of loaders) for (const action of load()) if (featureOf(action.name) !== load) unreachable.push(action.name)
  expect(unreachable).toEqual([])
  expect(allActions().length).toBeGreaterThan(50)
})

it('no action name is served twice', () => {
  const names = allActions().map((a) => a.name)
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
})

it('the domain is what comes before the first dot; an unknown domain has no feature', () => {
  expect(domainOf('users.me')).toBe('users')
  expect(domainOf('hours.checkIn')).toBe('hours')
  expect(featureOf('hours.checkIn')).toBe(features.hours)
  expect(featureOf('toString.x')).toBeUndefined()
  expect(featureOf('__proto__.x')).toBeUndefined()
  expect(featureOf('nosuch.thing')).toBeUndefined()
})

/** Files under `dir` a fresh Node process (with `flags`) has required after requiring `entry`, relative to `dir`. */
function requiredFiles(dir: string, entry: string, flags: string[]): string[] {
  const program = `require(${JSON.stringify(entry)})
    const mine = Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(dir + '/')}))
    process.stdout.write(JSON.stringify(mine.map((f) => f.slice(${dir.length + 1})).sort()))`
  return JSON.parse(execFileSync(process.execPath, [...flags, '-e', program], { encoding: 'utf8' }))
}

it('a cold start evaluates the router, not the features (main.ts requires no feature folder but system/ for the deploy probe)', () => {
  const dir = join(__dirname, '..', '..', '..', 'cloudfunctions', 'api')
  const files = requiredFiles(dir, join(dir, 'main.ts'), ['--import', 'tsx'])
  expect(files).toContain('main.ts')
  expect(files).toContain('core/router.ts')
  const featureFolders = Object.keys(features).filter((f) => f !== 'system' && existsSync(join(dir, f)))
  expect(featureFolders.length).toBeGreaterThan(10)
  expect(files.filter((f) => featureFolders.includes(f.split('/')[0]))).toEqual([])
})

describe('the built api bundle (scripts/build-functions.mjs)', () => {
  const dir = join(__dirname, '..', '..', '..', 'cloudfunctions', 'api')

  it('keeps the rarely used libraries in chunks/ beside index.js, which the deploy uploads with it', () => {
    const chunks = readdirSync(join(dir, 'chunks')).sort()
    expect(chunks).toEqual(['gcoord.js', 'papaparse.js', 'read-excel-file-node.js', 'write-excel-file-node.js'])
  })

  it('a cold start (requiring index.js) loads none of them', () => {
    expect(requiredFiles(dir, join(dir, 'index.js'), [])).toEqual(['index.js'])
  })

  it('a chunk answers what requiring the library answers', () => {
    for (const [chunk, library, name] of [
      ['papaparse.js', 'papaparse', 'parse'],
      ['read-excel-file-node.js', 'read-excel-file/node', 'readSheet'],
      ['gcoord.js', 'gcoord', 'transform'],
      ['write-excel-file-node.js', 'write-excel-file/node', 'default'],
    ]) {
      expect(existsSync(join(dir, 'chunks', chunk))).toBe(true)
      const keys = (file: string) =>
        execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(file)})).sort()))`], {
          encoding: 'utf8',
          cwd: dir,
        })
      expect(keys(join(dir, 'chunks', chunk))).toBe(keys(library))
      expect(JSON.parse(keys(join(dir, 'chunks', chunk)))).toContain(name)
    }
  })
})
