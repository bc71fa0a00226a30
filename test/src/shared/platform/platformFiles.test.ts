// Taro's per-platform files resolve in jest as in the build: the default file without TARO_ENV (the weapp version),
// `x.h5.ts` under TARO_ENV=h5 (test/helpers/platformResolver.js).
import path from 'node:path'
import resolver from '@/test/helpers/platformResolver'

const basedir = path.resolve(__dirname, '../../../../src/shared/platform')
const defaultResolver = (request: string, options: unknown) => require.resolve(path.resolve((options as { basedir: string }).basedir, request))

afterEach(() => {
  Reflect.deleteProperty(process.env, 'TARO_ENV')
})

it('takes csvFile.h5.ts for the h5 build', () => {
  process.env.TARO_ENV = 'h5'
  expect(path.basename(resolver('./csvFile', { basedir, defaultResolver }))).toBe('csvFile.h5.ts')
})

it('takes the default csvFile.ts for weapp (no csvFile.weapp.ts) and when TARO_ENV is unset', () => {
  process.env.TARO_ENV = 'weapp'
  expect(path.basename(resolver('./csvFile', { basedir, defaultResolver }))).toBe('csvFile.ts')
  Reflect.deleteProperty(process.env, 'TARO_ENV')
  expect(path.basename(resolver('./csvFile', { basedir, defaultResolver }))).toBe('csvFile.ts')
})

// Taro swaps the file whole: an h5 file that lacks an export of its default (weapp) file, or has one more, breaks the
// other build only. Every x.h5.ts(x) under src/ has its x.ts(x) with the same exported names.
describe('every per-platform pair under src/', () => {
  const { readdirSync, readFileSync, existsSync, statSync } = require('node:fs') as typeof import('node:fs')
  const SRC = path.resolve(__dirname, '../../../../src')
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name)
      return statSync(full).isDirectory() ? walk(full) : [full]
    })
  const exported = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/^export (?:async )?(?:function|const|interface|type|class) (\w+)|^export \{ ([^}]+) \}/gm)]
      .flatMap((m) =>
        m[1]
          ? [m[1]]
          : m[2].split(',').map(
              (name) =>
                name
                  .trim()
                  .split(/\s+as\s+/)
                  .pop() as string,
            ),
      )
      .sort()
  const pairs = walk(SRC)
    .filter((file) => /\.h5\.tsx?$/.test(file))
    .map((h5) => [path.relative(SRC, h5), h5, h5.replace(/\.h5(\.tsx?)$/, '$1')] as const)

  it('finds the pairs (the h5 versions of callApi, upload, subscribe, app launch among them)', () => {
    const names = pairs.map(([name]) => name)
    for (const expected of ['shared/api/transport.h5.ts', 'shared/api/putFile.h5.ts', 'shared/api/subscribe.h5.ts', 'shared/platform/cloudInit.h5.ts']) {
      expect(names).toContain(expected)
    }
  })

  it('no source file branches on process.env.TARO_ENV (the pairs carry the differences)', () => {
    const branching = walk(SRC).filter((file) => /\.tsx?$/.test(file) && /process\.env\.TARO_ENV/.test(readFileSync(file, 'utf8')))
    expect(branching.map((file) => path.relative(SRC, file))).toEqual([])
  })

  it.each(pairs)('%s has its default file with the same exports', (_name, h5, weapp) => {
    expect(existsSync(weapp)).toBe(true)
    expect(exported(h5)).toEqual(exported(weapp))
    expect(exported(h5).length).toBeGreaterThan(0)
  })
})
