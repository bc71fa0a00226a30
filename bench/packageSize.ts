// The weapp main package: everything in dist/ outside the subpackage roots (WeChat caps each package at 2 MB).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

export function weappPackageSizes(distDir: string): { mainBytes: number; subpackages: Record<string, number> } {
  if (!existsSync(join(distDir, 'app.json'))) throw new Error(`${distDir}/app.json is missing: run npm run build:weapp`)
  const app = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }> }
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]))
  let mainBytes = 0
  for (const file of filesUnder(distDir)) {
    const rel = relative(distDir, file)
    if (rel.endsWith('.map')) continue
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`))
    const size = statSync(file).size
    if (root) subpackages[root] += size
    else mainBytes += size
  }
  return { mainBytes, subpackages }
}
