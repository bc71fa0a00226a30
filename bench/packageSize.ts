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
