// Reading the weapp build (dist/) as WeChat receives it: JSON files, and the JS with its \uXXXX escapes decoded.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export const ROOT = join(__dirname, '..', '..')
export const DIST = join(ROOT, 'dist')

export function assertWeappBuilt(): void {
  if (!existsSync(join(DIST, 'app.json'))) {
    throw new Error('No weapp build in dist/: run `npx taro build --type weapp` first (npm test builds it).')
  }
}

export const readDistJson = <T = Record<string, unknown>>(file: string): T => JSON.parse(readFileSync(join(DIST, file), 'utf8')) as T

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/** Every file of the build with an extension, relative to dist/. */
export const distFiles = (extension: string): string[] =>
  walk(DIST)
    .filter((f) => f.endsWith(extension))
    .map((f) => relative(DIST, f))

/** A JS file's text with `\uXXXX` escapes decoded (terser writes Chinese text that way). */
export const readDistJs = (file: string): string =>
  readFileSync(join(DIST, file), 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
