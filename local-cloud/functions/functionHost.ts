import { randomUUID } from 'node:crypto'
import { functionFailed, functionNotFound } from './errors'
import { readFunctionSpec, type FunctionSpec } from './functionConfig'
import { FunctionPool } from './functionPool'
import { assertBundleFitsRuntime, declaredRuntime } from './runtimeCheck'

export interface FunctionHostOptions {
  functionsDir: string
  envId: string
  /** Where the functions' wx-server-sdk sends database and callFunction traffic: the local `/admin`. */
  adminUrl: string
  appId?: string
  instancesPerFunction?: number
  defaultTimeoutMs?: number
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
  /** Instance states per started function, e.g. `{ api: ['idle', 'busy'] }`. */
  states(): Record<string, string[]>
  stop(): Promise<void>
}

const DEFAULT_INSTANCES = 4
const DEFAULT_TIMEOUT_MS = 3_000
export const DEFAULT_APP_ID = 'wx0000000000local'

export function createFunctionHost(options: FunctionHostOptions): FunctionHost {
  const size = options.instancesPerFunction ?? DEFAULT_INSTANCES
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const appId = options.appId ?? DEFAULT_APP_ID
  const pools = new Map<string, FunctionPool>()
  let fixedNow: Date | null = null
  let stopped = false

  const makeEnv = (spec: FunctionSpec): Record<string, string> => ({
    ...spec.envVariables,
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: options.envId,
    SCF_FUNCTIONNAME: spec.name,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    // Without credentials the SDK raises an unhandled rejection per request; it never checks them locally.
    TENCENTCLOUD_SECRETID: 'local-cloud-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-cloud-secret-key',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: options.adminUrl }),
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
    const pool = new FunctionPool(spec, size, makeEnv)
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
      const requestId = randomUUID()
      const event =
        caller.fromClient && isPlainObject(data) ? { ...data, userInfo: { appId, openId: openid } } : data ?? {}
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

    setNow(now) {
      fixedNow = now ? new Date(now.getTime()) : null
    },

    states: () => Object.fromEntries([...pools].map(([name, pool]) => [name, pool.states()])),

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
