// Bundles each cloud function's main.ts into its folder's index.js, so a cold start loads one file plus wx-server-sdk,
// and each library only rare actions use (LAZY_LIBRARIES) into chunks/<library>.js beside it, required on first use.
// The syntax target is the runtime the function's config.json declares (`"runtime": "Nodejs18.15"` → node18.15), the
// same value `npm run deploy` creates the function with, so a bundle never uses syntax its cloud runtime lacks.
import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'

const root = join(import.meta.dirname, '..', 'cloudfunctions')
const functions = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'main.ts')))
  .map((entry) => entry.name)

/** `Nodejs18.15` → `node18.15` (esbuild's target for exactly that Node version). */
function nodeTargetOf(name) {
  const configFile = join(root, name, 'config.json')
  const runtime = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')).runtime : undefined
  const match = /^Nodejs(\d+\.\d+)$/.exec(runtime ?? '')
  if (!match) throw new Error(`cloudfunctions/${name}/config.json must declare "runtime": "Nodejs<major>.<minor>" (got ${JSON.stringify(runtime)})`)
  return { runtime, target: `node${match[1]}` }
}

/**
 * zod's `z.locales` (every language's error messages, about 360 KB of the bundle, a third of its load time) is
 * used for two only: English, which zod itself imports (`v4/classic/schemas.js`), and 简体中文, which the api
 * function sets for every message it did not write itself (`core/validation.ts`). The bundle gets a `locales`
 * module holding just those two. `npm run bench` prints the cold-start figure.
 */
const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(b) {
    b.onResolve({ filter: /[\\/]locales[\\/]index\.js$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js'\nexport { default as zhCN } from './zh-CN.js'",
      resolveDir: dirname(args.path),
      loader: 'js',
    }))
  },
}

/**
 * Self-contained libraries only rarely called actions need (imports' parsers and coordinate conversion, the holiday
 * calendar of station hours). Each is bundled on its own into `<function>/chunks/<library>.js`, and the function's
 * bundle requires that file where the source requires the library, so a cold start neither reads nor compiles them
 * (issue 17, `npm run bench`). The chunks sit in the function's folder: `npm run deploy` uploads the folder (only
 * sources and node_modules are left out, scripts/deploy/deployFunctions.ts) and the local cloud requires index.js from
 * there, so both load them the same way. The source must `require()` such a library inside the function that uses
 * it: a top-level `import` would load the chunk at every cold start, and the build refuses it.
 */
const LAZY_LIBRARIES = ['papaparse', 'read-excel-file/node', 'write-excel-file/node', 'gcoord']
const chunkPath = (library) => `chunks/${library.replace(/[^A-Za-z0-9]+/g, '-')}.js`

function lazyLibraries(used) {
  const filter = new RegExp(`^(${LAZY_LIBRARIES.map((l) => l.replace(/[/.-]/g, '\\$&')).join('|')})$`)
  return {
    name: 'lazy-libraries',
    setup(b) {
      b.onResolve({ filter }, (args) => {
        if (args.kind !== 'require-call') {
          return { errors: [{ text: `${args.path} is built as a lazy chunk: require() it inside the function that needs it (${args.importer})` }] }
        }
        used.add(args.path)
        return { path: `./${chunkPath(args.path)}`, external: true }
      })
    },
  }
}

/** `<function>/chunks/<library>.js`: exactly what `require(library)` answers, as one file. */
function buildChunk(name, library, target) {
  return build({
    stdin: { contents: `module.exports = require(${JSON.stringify(library)})`, resolveDir: root, loader: 'js' },
    outfile: join(root, name, chunkPath(library)),
    bundle: true,
    platform: 'node',
    target,
    format: 'cjs',
    sourcemap: false,
    logLevel: 'warning',
    minifyWhitespace: true,
    minifySyntax: true,
  })
}

const started = Date.now()
await Promise.all(
  functions.map(async (name) => {
    const { runtime, target } = nodeTargetOf(name)
    const used = new Set()
    rmSync(join(root, name, 'chunks'), { recursive: true, force: true })
    await build({
      entryPoints: [join(root, name, 'main.ts')],
      outfile: join(root, name, 'index.js'),
      bundle: true,
      platform: 'node',
      target,
      format: 'cjs',
      external: ['wx-server-sdk'],
      sourcemap: false,
      logLevel: 'warning',
      plugins: [zodWithoutLocales, lazyLibraries(used)],
      // Less to parse at a cold start (about an eighth of the bundle's own load); names stay, so stacks still read.
      minifyWhitespace: true,
      minifySyntax: true,
      // Read back by test/deploy/runtime.test.ts: the bundle says which target it was built for.
      banner: { js: `// built by scripts/build-functions.mjs for ${runtime} (esbuild target ${target})` },
    })
    await Promise.all([...used].map((library) => buildChunk(name, library, target)))
  }),
)
console.log(`built ${functions.length} cloud functions (${functions.join(', ')}) in ${Date.now() - started} ms`)
