// Bundles each cloud function's main.ts into its folder's index.js, so a cold start loads one file plus wx-server-sdk.
import { build } from 'esbuild'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', 'cloudfunctions')
const functions = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'main.ts')))
  .map((entry) => entry.name)

const started = Date.now()
await Promise.all(
  functions.map((name) =>
    build({
      entryPoints: [join(root, name, 'main.ts')],
      outfile: join(root, name, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      sourcemap: false,
      logLevel: 'warning',
    }),
  ),
)
console.log(`built ${functions.length} cloud functions (${functions.join(', ')}) in ${Date.now() - started} ms`)
