/**
 * The Node options a function instance's worker thread starts with: the parent's, minus TypeScript loaders.
 *
 * A worker inherits `process.execArgv` by default (node docs, worker_threads `new Worker` option `execArgv`), so
 * under `node --import tsx` (npm start, npm run bench) every instance ran tsx's resolve and load hooks for each of
 * wx-server-sdk's ~1,000 files: a cold instance took several times longer than in jest, where no loader is set.
 * Instances load the plain-JS bundle (`<fn>/index.js`, built by scripts/build-functions.mjs), as CloudBase does,
 * so they need no loader; everything else (e.g. `--cpu-prof`, `--max-old-space-size`) is kept.
 */
export function workerExecArgv(parent: readonly string[] = process.execArgv): string[] {
  const out: string[] = []
  for (let i = 0; i < parent.length; i++) {
    const arg = parent[i]
    const joined = /^--(import|require|loader|experimental-loader)=(.*)$/.exec(arg)
    if (joined) {
      if (!isTypeScriptLoader(joined[2])) out.push(arg)
      continue
    }
    if (/^(--import|--require|-r|--loader|--experimental-loader)$/.test(arg) && i + 1 < parent.length) {
      if (!isTypeScriptLoader(parent[i + 1])) out.push(arg, parent[i + 1])
      i++
      continue
    }
    out.push(arg)
  }
  return out
}

function isTypeScriptLoader(specifier: string): boolean {
  return /(^|[\\/])(tsx|ts-node|@swc-node[\\/]register|esbuild-register)([\\/]|$)/.test(specifier) || /^(tsx|ts-node)(\/.*)?$/.test(specifier)
}
