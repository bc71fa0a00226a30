// The `@/…` alias (tsconfig.json paths, jest.config.js moduleNameMapper) for the simulator's test environment:
// jest loads a testEnvironment with Node's own require, without moduleNameMapper, so `@/test/helpers/localCloud` and
// what it imports (`@/local-cloud`, cloudfunctions' `@/types/…`) would not resolve. Imported first by cloudEnvironment.ts.
import Module from 'node:module'
import path from 'node:path'

type Resolve = ((request: string, ...rest: unknown[]) => string) & { nxRootAlias?: true }
const ROOT = path.resolve(__dirname, '..', '..', '..')
const modules = Module as unknown as { _resolveFilename: Resolve }
const resolve = modules._resolveFilename
if (!resolve.nxRootAlias) {
  const withAlias: Resolve = function (this: unknown, request: string, ...rest: unknown[]) {
    return resolve.call(this, request.startsWith('@/') ? path.join(ROOT, request.slice(2)) : request, ...rest)
  }
  withAlias.nxRootAlias = true
  modules._resolveFilename = withAlias
}
