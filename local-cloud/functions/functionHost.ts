import { randomUUID } from 'node:crypto'
import { functionFailed, functionNotFound } from './errors'
import { readFunctionSpec, type FunctionSpec } from './functionConfig'
import { FunctionPool } from './functionPool'
import type { CallLog } from './callLog'
import { assertBundleFitsRuntime, declaredRuntime } from './runtimeCheck'

export interface FunctionHostOptions {
  functionsDir: string
  envId: string
  /** Where the functions' wx-server-sdk sends database and callFunction traffic: the local `/admin`. */
  adminUrl: string
  /** Counts database actions per call when the bench asks (callLog.ts). */
  callLog?: CallLog
  appId?: string
  /** Default: `LOCAL_CLOUD_INSTANCES`, else 4; at most 1000 (see instancesPerFunction). */
  instancesPerFunction?: number
  defaultTimeoutMs?: number
  /** The speed-ups of issue 17 (../tuning.ts); default on. */
  tuned?: boolean
}

export interface Caller {
  /** Empty or absent when no user is behind the call (another function, a timer). */
  openid?: string
  clientIp?: string
  /** Calls from the mini-program carry `event.userInfo`, as wx.cloud.callFunction adds it. */
  fromClient?: boolean
}

export interface FunctionHost {
  has(name: string): boolean
  invoke(name: string, data: unknown, caller?: Caller): Promise<unknown>
  setNow(now: Date | null): void
  /** `config.json` `permissions.openapi` of a function (empty for an unknown one or none). */
  openapiPermissions(name: string | undefined): readonly string[]
  /** Instance states per started function, e.g. `{ api: ['idle', 'busy'] }`. */
  states(): Record<string, string[]>
  /** The started instances' operating-system thread ids per function (Linux; empty lists elsewhere). */
  osThreadIds(): Record<string, number[]>
  stop(): Promise<void>
}

const DEFAULT_INSTANCES = 4
/** CloudBase runs at most 1000 concurrent instances of one function (PLATFORM.md; WeChat cloud function quota doc). */
export const MAX_INSTANCES = 1000

/**
 * Instances per function: the option, else `LOCAL_CLOUD_INSTANCES`, else 4. Production-like load tests set
 * 64 or more; anything outside 1–1000 is refused, as the cloud has no such setting.
 */
export function instancesPerFunction(option: number | undefined, env: string | undefined = process.env.LOCAL_CLOUD_INSTANCES): number {
  const raw = option ?? (env !== undefined && env !== '' ? Number(env) : DEFAULT_INSTANCES)
  if (!Number.isInteger(raw) || raw < 1 || raw > MAX_INSTANCES) {
    throw new Error(`local-cloud: instances per function must be an integer from 1 to ${MAX_INSTANCES}, got ${option ?? env}`)
  }
  return raw
}
const DEFAULT_TIMEOUT_MS = 3_000
export const DEFAULT_APP_ID = 'wx0000000000local'

/**
 * wx-server-sdk 4.0.2's getWXContext() turns every context value matching /^[-]?\d+$/ into a number with
 * parseInt (index.js, src/api/utils/api/getWXContext.ts `isNumber`), and no environment value survives that
 * as a string. Real openids are never all digits (28 characters, e.g. `oABC...`), so the local cloud refuses
 * such a caller instead of handing the function a number (or a rounded one, past 2^53).
 */
export function isUsableOpenid(openid: string): boolean {
  return !/^[-]?\d+$/.test(openid)
}

/** The URL ready for one more `name=value&` (it may already carry a query, e.g. the secret). */
function withQuery(url: string): string {
  if (!url.includes('?')) return `${url}?`
  return url.endsWith('?') || url.endsWith('&') ? url : `${url}&`
}

export function createFunctionHost(options: FunctionHostOptions): FunctionHost {
  const size = instancesPerFunction(options.instancesPerFunction)
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const appId = options.appId ?? DEFAULT_APP_ID
  const pools = new Map<string, FunctionPool>()
  let fixedNow: Date | null = null
  let stopped = false

  let instances = 0
  const makeEnv = (spec: FunctionSpec, instance = `${spec.name}-${++instances}`): Record<string, string> => ({
    ...spec.envVariables,
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: options.envId,
    SCF_FUNCTIONNAME: spec.name,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    // Without credentials the SDK raises an unhandled rejection per request; it never checks them locally.
    TENCENTCLOUD_SECRETID: 'local-cloud-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-cloud-secret-key',
    // The caller's name rides in the URL so the API can check its cloud-call permissions; the SDK appends
    // `env=...&seqId=...` after an existing `?` (node-sdk src/utils/tcbapiendpoint.ts).
    // `instance` lets the local cloud count database actions per call (callLog.ts).
    TCB_CONTEXT_CNFG: JSON.stringify({
      URL: `${withQuery(options.adminUrl)}caller=${encodeURIComponent(spec.name)}&instance=${encodeURIComponent(instance)}&`,
    }),
    LOCAL_CLOUD_INSTANCE: instance,
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    // Set only here, never in CloudBase: lets function code tell the emulator apart (e.g. a local-only default secret).
    LOCAL_CLOUD: '1',
  })

  const poolFor = (name: string): FunctionPool | null => {
    const existing = pools.get(name)
    if (existing) return existing
    const spec = readFunctionSpec(options.functionsDir, name, defaultTimeoutMs)
    if (!spec) return null
    assertBundleFitsRuntime(name, spec.modulePath, declaredRuntime(options.functionsDir, name))
    const pool = new FunctionPool(spec, size, (s) => makeEnv(s), options.callLog, options.tuned ?? true)
    pools.set(name, pool)
    return pool
  }

  return {
    has: (name) => pools.has(name) || readFunctionSpec(options.functionsDir, name, defaultTimeoutMs) !== null,

    async invoke(name, data, caller = {}) {
      if (stopped) throw functionFailed(name, 'the local cloud is stopping')
      let pool: FunctionPool | null
      try {
        pool = poolFor(name)
      } catch (err) {
        throw functionFailed(name, (err as Error).message)
      }
      if (!pool) throw functionNotFound(name)
      const openid = caller.openid ?? ''
      if (!isUsableOpenid(openid)) throw functionFailed(name, `openid "${openid}" is all digits: getWXContext() would answer a number`)
      const requestId = randomUUID()
      const event = caller.fromClient && isPlainObject(data) ? { ...data, userInfo: { appId, openId: openid } } : (data ?? {})
      return pool.invoke({
        id: requestId,
        event,
        context: {
          request_id: requestId,
          function_name: name,
          function_version: '$LATEST',
          namespace: options.envId,
          time_limit_in_ms: pool.spec.timeoutMs,
          memory_limit_in_mb: 256,
        },
        wx: { OPENID: openid, APPID: appId, CLIENTIP: caller.clientIp },
        now: fixedNow ? fixedNow.toISOString() : null,
      })
    },

    openapiPermissions(name) {
      if (!name) return []
      try {
        return (pools.get(name)?.spec ?? readFunctionSpec(options.functionsDir, name, defaultTimeoutMs))?.openapiPermissions ?? []
      } catch {
        return []
      }
    },

    setNow(now) {
      fixedNow = now ? new Date(now.getTime()) : null
    },

    states: () => Object.fromEntries([...pools].map(([name, pool]) => [name, pool.states()])),

    osThreadIds: () => Object.fromEntries([...pools].map(([name, pool]) => [name, pool.osThreadIds()])),

    async stop() {
      stopped = true
      await Promise.all([...pools.values()].map((pool) => pool.stop()))
      pools.clear()
    },
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
