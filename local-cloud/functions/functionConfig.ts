import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** What the host needs to know about one deployed function folder (`<functionsDir>/<name>/`). */
export interface FunctionSpec {
  name: string
  modulePath: string
  timeoutMs: number
  /** `config.json` `envVariables`, as the console's "环境变量" setting. */
  envVariables: Record<string, string>
  /** `config.json` `permissions.openapi`: the cloud calls (`security.msgSecCheck`, ...) the function may make. */
  openapiPermissions: string[]
}

const NAME_PATTERN = /^[A-Za-z0-9_-]{1,60}$/

export function isValidFunctionName(name: string): boolean {
  return NAME_PATTERN.test(name)
}

/** Returns null when there is no built function of that name. */
export function readFunctionSpec(functionsDir: string, name: string, defaultTimeoutMs: number): FunctionSpec | null {
  if (!isValidFunctionName(name)) return null
  const folder = path.join(functionsDir, name)
  const modulePath = path.join(folder, 'index.js')
  if (!existsSync(modulePath)) return null
  const config = readConfigJson(path.join(folder, 'config.json'))
  const timeoutSeconds = Number(config.timeout)
  return {
    name,
    modulePath,
    timeoutMs: Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds * 1000 : defaultTimeoutMs,
    envVariables: stringValues(config.envVariables),
    openapiPermissions: openapiList(config.permissions),
  }
}

export function readConfigJson(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {}
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8'))
    return parsed && typeof parsed === 'object' ? parsed : {}
  } catch (err) {
    // A broken config.json is a deploy error in the cloud too; say so loudly instead of guessing.
    throw new Error(`local-cloud: cannot parse ${file}: ${(err as Error).message}`)
  }
}

function openapiList(permissions: unknown): string[] {
  const list = (permissions as { openapi?: unknown } | undefined)?.openapi
  return Array.isArray(list) ? list.map(String) : []
}

function stringValues(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {}
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]))
}
