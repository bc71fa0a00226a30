/**
 * The local cloud runs functions on the host's Node, which may be newer than the runtime the function is deployed
 * with (config.json `runtime`, e.g. `Nodejs18.15`). Code that works here but uses syntax or globals that runtime
 * lacks would fail in the cloud at load or at the call; so before a function's first instance starts, its bundle is
 * checked against the declared runtime, and a bundle that uses anything newer fails to load, naming what it used.
 *
 * Runtimes CloudBase offers: https://docs.cloudbase.net/cloud-function/runtime-support (Nodejs 16.13, 18.15, 20.19, …).
 * Syntax: esbuild's own compatibility table per Node version (`target: node18.15`) — if transforming the bundle for
 * that target changes anything, the bundle uses syntax the target lacks (esbuild would have had to lower it).
 * Globals: a scan for APIs newer than the runtime (versions from Node's changelogs / MDN compatibility data).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { transformSync } from 'esbuild'
import { readConfigJson } from './functionConfig'

/** `Nodejs18.15` → [18, 15]; null for anything that is not a Node.js runtime name. */
export function nodeVersionOf(runtime: string): [number, number] | null {
  const match = /^Nodejs(\d+)\.(\d+)$/.exec(runtime)
  return match ? [Number(match[1]), Number(match[2])] : null
}

/** APIs a bundle may call that appeared after some Node version: [first Node version, pattern, name]. */
const NEWER_GLOBALS: Array<[[number, number], RegExp, string]> = [
  [[17, 0], /(?<![\w$.])structuredClone\s*\(/, 'structuredClone'],
  [[18, 0], /(?<![\w$.])fetch\s*\(/, 'global fetch'],
  [[18, 0], /\.findLast(?:Index)?\s*\(/, 'Array.prototype.findLast'],
  [[20, 0], /\.(?:toSorted|toReversed|toSpliced)\s*\(/, 'Array.prototype.toSorted/toReversed/toSpliced'],
  [[20, 0], /\.(?:isWellFormed|toWellFormed)\s*\(/, 'String.prototype.isWellFormed/toWellFormed'],
  [[21, 0], /(?<![\w$.])(?:Object|Map)\.groupBy\b/, 'Object.groupBy / Map.groupBy'],
  [[22, 0], /(?<![\w$.])Promise\.withResolvers\b/, 'Promise.withResolvers'],
  [[22, 0], /(?<![\w$.])Array\.fromAsync\b/, 'Array.fromAsync'],
  [[24, 0], /(?<![\w$.])RegExp\.escape\b/, 'RegExp.escape'],
]

const olderThan = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])

/** What in `code` the runtime lacks: an empty list when it fits. Pure; takes ~0.1–0.3 s for a 1 MB bundle. */
export function findNewerThanRuntime(code: string, runtime: string): string[] {
  const version = nodeVersionOf(runtime)
  if (!version) return [`"${runtime}" is not a Node.js runtime (expected e.g. "Nodejs18.15")`]
  const problems: string[] = []
  const options = { loader: 'js' as const, format: 'cjs' as const, logLevel: 'silent' as const }
  try {
    const forRuntime = transformSync(code, { ...options, target: `node${version[0]}.${version[1]}` }).code
    const asIs = transformSync(code, { ...options, target: 'esnext' }).code
    if (forRuntime !== asIs) problems.push(`syntax newer than Node ${version.join('.')} (${firstDifference(asIs, forRuntime)})`)
  } catch (err) {
    const first = (err as { errors?: Array<{ text: string }> }).errors?.[0]?.text ?? String(err)
    problems.push(`syntax Node ${version.join('.')} cannot run: ${first}`)
  }
  for (const [since, pattern, name] of NEWER_GLOBALS) {
    if (olderThan(version, since) && pattern.test(code)) problems.push(`${name} (Node ${since.join('.')}+)`)
  }
  return problems
}

function firstDifference(a: string, b: string): string {
  const linesA = a.split('\n')
  const linesB = b.split('\n')
  const at = linesA.findIndex((line, i) => line !== linesB[i])
  return `first at line ${at + 1} of the transformed bundle: ${linesA[at]?.trim().slice(0, 120)}`
}

// A bundle that passed once passes again: remember it by content hash, across processes (each test file starts
// its own local cloud), so the check costs a hash on every start after the first.
const CACHE_DIR = path.join(tmpdir(), 'local-cloud-runtime-check')
const checked = new Set<string>()

/**
 * Throws when the function's bundle uses syntax or globals newer than its declared runtime.
 * No declared runtime (a config.json without `runtime`): nothing to check against, so nothing is checked.
 */
export function assertBundleFitsRuntime(name: string, modulePath: string, runtime: string | undefined): void {
  if (!runtime) return
  const code = readFileSync(modulePath, 'utf8')
  const key = `${createHash('sha256').update(code).digest('hex')}-${runtime}`
  const marker = path.join(CACHE_DIR, key)
  if (checked.has(key) || existsSync(marker)) return
  const problems = findNewerThanRuntime(code, runtime)
  if (problems.length > 0) {
    throw new Error(`function ${name} uses what its runtime ${runtime} (config.json) lacks: ${problems.join('; ')}`)
  }
  checked.add(key)
  try {
    mkdirSync(CACHE_DIR, { recursive: true })
    writeFileSync(marker, '')
  } catch {
    // The cache only saves time; a read-only temp dir costs the check again next start.
  }
}

/** The function's config.json `runtime`, if it declares one. */
export function declaredRuntime(functionsDir: string, name: string): string | undefined {
  const runtime = readConfigJson(path.join(functionsDir, name, 'config.json')).runtime
  return typeof runtime === 'string' ? runtime : undefined
}
