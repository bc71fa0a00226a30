// Bundles each cloud function's main.ts into its folder's index.js, so a cold start loads one file plus wx-server-sdk.
// The syntax target is the runtime the function's config.json declares (`"runtime": "Nodejs18.15"` → node18.15), the
// same value `npm run deploy` creates the function with, so a bundle never uses syntax its cloud runtime lacks.
import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
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

const started = Date.now()
await Promise.all(
  functions.map((name) => {
    const { runtime, target } = nodeTargetOf(name)
    return build({
      entryPoints: [join(root, name, 'main.ts')],
      outfile: join(root, name, 'index.js'),
      bundle: true,
      platform: 'node',
      target,
      format: 'cjs',
      external: ['wx-server-sdk'],
      sourcemap: false,
      logLevel: 'warning',
      plugins: [zodWithoutLocales],
      // Less to parse at a cold start (about an eighth of the bundle's own load); names stay, so stacks still read.
      minifyWhitespace: true,
      minifySyntax: true,
      // Read back by test/deploy/runtime.test.ts: the bundle says which target it was built for.
      banner: { js: `// built by scripts/build-functions.mjs for ${runtime} (esbuild target ${target})` },
    })
  }),
)
console.log(`built ${functions.length} cloud functions (${functions.join(', ')}) in ${Date.now() - started} ms`)
