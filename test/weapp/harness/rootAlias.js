// The `@/…` alias (tsconfig.json paths, jest.config.js moduleNameMapper) for the simulator's test environment:
// jest loads a testEnvironment with Node's own require, without moduleNameMapper, so `@/test/helpers/localCloud` and
// what it imports (`@/local-cloud`, cloudfunctions' `@/types/…`) would not resolve. Imported first by cloudEnvironment.ts.
const Module = require('node:module')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '..', '..', '..')
const resolve = Module._resolveFilename
if (!resolve.nxRootAlias) {
  const withAlias = function (request, ...rest) {
    return resolve.call(this, request.startsWith('@/') ? path.join(ROOT, request.slice(2)) : request, ...rest)
  }
  withAlias.nxRootAlias = true
  Module._resolveFilename = withAlias
}
