// Codemod (issue 15): rewrites deep relative imports (`../../../types/stations`) into the `@/` alias, which is the
// repository root (`@/types/stations`, `@/src/shared/api/callApi`). Configured in tsconfig.json (paths; esbuild and
// tsx read it), config/index.ts (Taro's webpack alias) and jest.config.js (moduleNameMapper).
//
// Usage: node scripts/codemods/alias-imports.mjs [--root <dir>] [--min-depth 2] [--check] [paths…]
//   paths: files or folders (default: src types cloudfunctions test bench seed scripts local-cloud, under root)
//   --min-depth N: only imports that climb at least N folders (`../../x` is 2; default 2), so `./x` and `../x`
//     (a feature's own neighbours) stay relative.
//   --check: change nothing; list what would change and exit 1 if anything would.
// Rewrites `from '…'`, `import '…'`, `import('…')`, `require('…')` and `jest.mock('…')` specifiers. Never touches
// files in local-cloud/ (the emulator stays liftable out of the repo, so it must not depend on our alias; importing
// it from elsewhere may be aliased), built bundles (`index.js`), `.d.ts`, or specifiers resolving outside the root.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  if (at < 0) return fallback
  const [, value] = args.splice(at, 2)
  return value
}
const root = resolve(option('--root', process.cwd()))
const minDepth = Number(option('--min-depth', '2'))
const checkOnly = args.includes('--check')
const targets = args.filter((a) => a !== '--check')
const DEFAULT_DIRS = ['src', 'types', 'cloudfunctions', 'test', 'bench', 'seed', 'scripts']
const SKIP_DIRS = new Set(['node_modules', 'dist', 'dist-h5', '.git', 'local-cloud'])
const EXTENSIONS = /\.(ts|tsx|mts|js|mjs|jsx)$/

function* files(path) {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return
  }
  if (stat.isFile()) {
    if (EXTENSIONS.test(path) && !path.endsWith('.d.ts') && !path.endsWith(`${sep}index.js`)) yield path
    return
  }
  for (const name of readdirSync(path)) if (!SKIP_DIRS.has(name)) yield* files(join(path, name))
}

const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bjest\.mock\s*\(\s*)(['"])(\.\.?\/[^'"]*)\2/g

/** The aliased form of `spec` imported from `file`, or null to leave it. */
export function aliasOf(file, spec) {
  const climbs = spec.split('/').filter((part) => part === '..').length
  if (climbs < minDepth) return null
  const target = resolve(dirname(file), spec)
  const fromRoot = relative(root, target)
  if (fromRoot.startsWith('..') || fromRoot === '') return null
  return `@/${fromRoot.split(sep).join('/')}`
}

const roots = (targets.length ? targets : DEFAULT_DIRS).map((t) => resolve(root, t))
let changedFiles = 0
let changedImports = 0
for (const top of roots) {
  for (const file of files(top)) {
    const before = readFileSync(file, 'utf8')
    let count = 0
    const after = before.replace(SPECIFIER, (whole, lead, quote, spec) => {
      const aliased = aliasOf(file, spec)
      if (!aliased) return whole
      count++
      return `${lead}${quote}${aliased}${quote}`
    })
    if (count === 0) continue
    changedFiles++
    changedImports += count
    console.log(`${checkOnly ? 'would change' : 'changed'} ${relative(root, file)} (${count})`)
    if (!checkOnly) writeFileSync(file, after)
  }
}
console.log(`alias-imports: ${changedImports} imports in ${changedFiles} files${checkOnly ? ' would change' : ''}`)
if (checkOnly && changedFiles > 0) process.exitCode = 1
