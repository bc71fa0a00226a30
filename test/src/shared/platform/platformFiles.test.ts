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
