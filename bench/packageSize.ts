// The weapp main package: everything in dist/ outside the subpackage roots (WeChat caps each package at 2 MB).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** WeChat allows 2 MB; the team keeps the main package (tab pages, shared code) at 500 KB so first open stays fast. */
export const MAIN_PACKAGE_BUDGET_BYTES = 500 * 1024

export function weappPackageSizes(distDir: string): { mainBytes: number; subpackages: Record<string, number>; largestMain: Array<[string, number]> } {
  if (!existsSync(join(distDir, 'app.json'))) throw new Error(`${distDir}/app.json is missing: run npm run build:weapp`)
  const app = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }> }
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]))
  let mainBytes = 0
  const mainFiles: Array<[string, number]> = []
  for (const file of filesUnder(distDir)) {
    const rel = relative(distDir, file)
    if (rel.endsWith('.map')) continue
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`))
    const size = statSync(file).size
    if (root) subpackages[root] += size
    else {
      mainBytes += size
      mainFiles.push([rel, size])
    }
  }
  // Where the main package's bytes go, biggest first: where to look when it nears the budget.
  const largestMain = mainFiles.sort((a, b) => b[1] - a[1]).slice(0, 6)
  return { mainBytes, subpackages, largestMain }
}

/** WeChat's cap on each package, main or sub (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html). */
export const WECHAT_PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024

/** A subpackage's line for the bench: its size against WeChat's 2 MB. */
export function subpackageLine(root: string, bytes: number): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  const verdict = bytes <= WECHAT_PACKAGE_LIMIT_BYTES ? 'within' : 'OVER'
  return `subpackage ${root}: ${kb(bytes)} (WeChat limit 2048 KB: ${verdict}, ${((bytes / WECHAT_PACKAGE_LIMIT_BYTES) * 100).toFixed(0)}%)`
}

/** The staff charts' library (uCharts) minified on its own, as terser leaves it in the staff subpackage: bytes. */
export async function chartLibraryBytes(): Promise<number> {
  const { build } = await import('esbuild')
  const out = await build({ entryPoints: [require.resolve('@qiun/ucharts')], bundle: true, minify: true, write: false, format: 'esm', logLevel: 'silent' })
  return out.outputFiles[0].contents.byteLength
}
