// Jest loads a test environment with Node's own `require`, outside `moduleNameMapper`: this maps the `@/` import
// alias (the repository root, as in tsconfig.json) for the modules this environment loads. Imported first.
import Module from 'node:module'
import { join } from 'node:path'

const root = join(__dirname, '..', '..', '..')
const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string }
const resolveFilename = loader._resolveFilename
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return resolveFilename.call(this, request.startsWith('@/') ? join(root, request.slice(2)) : request, ...rest)
}
