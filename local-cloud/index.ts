import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { createCloudbaseApi } from './cloudbase-api'
import { createFunctionHost, type FunctionHost } from './functions'
import { CallLog } from './functions/callLog'
import { createOpenApi } from './openapi'
import { close, createRequestHandler, listen } from './server'
import { allowedHostsFor, isLoopback, SECRET_PARAM } from './server/access'
import { createCloudStorage } from './storage'
import { createStore, type CollectionsConfig, type Storage } from './store'
import { createTimerTriggers, readTimerTriggers, type TimerTriggers } from './timers'
import { tunedByEnv } from './tuning'

export type LocalCloudStore = Storage

export interface LocalCloudOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number
  /** Default 127.0.0.1. Any address beyond loopback (0.0.0.0, a LAN address) needs `allowNetwork`. */
  host?: string
  /** Consent to bind beyond loopback: the app and every function become reachable from the network. */
  allowNetwork?: boolean
  /** The secret `/admin` and the service endpoints need (default: random per start). */
  secret?: string
  dataDir: string
  /** Built functions: `<functionsDir>/<name>/index.js` (+ optional `config.json`). */
  functionsDir: string
  /** The h5 build served at `/`. */
  staticDir?: string
  /** Parsed `database/collections.json` (typed loosely: a JSON import does not narrow to the store's types). */
  collections: object
  envId?: string
  appId?: string
  instancesPerFunction?: number
  /** Runs once, when the store is empty (the first start on a data directory). */
  seed?: (store: LocalCloudStore) => Promise<void>
  /** Run the functions' timer triggers on schedule (the CLI does). Default false: tests fire them by hand. */
  runTimers?: boolean
  /** The speed-ups of issue 17 (tuning.ts); default on unless `LOCAL_CLOUD_UNTUNED=1`. Off: the bench's baseline. */
  tuned?: boolean
  /** The mini-program's pages (full paths, first = home): wxacode.getUnlimited's `check_path` refuses any other. */
  miniProgramPages?: readonly string[]
}

export interface LocalCloud {
  url: string
  port: number
  envId: string
  /** For tools and tests: send it as the `x-local-cloud-secret` header to `/admin` and the service endpoints. */
  secret: string
  /** Why the store refuses writes (the disk filled up), or null. */
  readOnlyReason(): string | null
  /** Database actions per function call, recorded between `start()` and `stop()` (for the bench). */
  callLog: CallLog
  store: LocalCloudStore
  /** Fixes "now" for the functions and the database's serverDate; null returns to the real clock. */
  setNow(now: Date | null): void
  /** Calls a function directly, as if from the mini-program with that openid (none: no user). */
  invoke(name: string, data?: unknown, openid?: string): Promise<unknown>
  /** Runs one timer trigger now (event `{ Type: 'Timer', TriggerName, Time }`, no user). */
  fireTimer(functionName: string, triggerName: string): Promise<unknown>
  stop(): Promise<void>
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const envId = options.envId ?? 'local'
  const host = options.host ?? '127.0.0.1'
  if (!isLoopback(host) && !options.allowNetwork) {
    throw new Error(`binding to ${host} would expose the local cloud beyond this machine: pass allowNetwork (the CLI: npm start -- --allow-network)`)
  }
  const secret = options.secret ?? randomBytes(24).toString('hex')
  const tuned = options.tuned ?? tunedByEnv()
  let fixedNow: Date | null = null
  const now = () => (fixedNow ? new Date(fixedNow.getTime()) : new Date())

  const callLog = new CallLog()
  const store = await createStore({ dataDir: options.dataDir, collections: options.collections as CollectionsConfig, cacheQueries: tuned })
  let functions: FunctionHost | undefined
  let timers: TimerTriggers | undefined
  const httpServer = createServer()
  // Each instance's SDK keeps its connection to /admin open between calls (Node 20's global agent keeps alive). With
  // Node's 5 s default the server may close a socket just as a busy instance reuses it, which the SDK reports as
  // `-501001 … read ECONNRESET` (seen in a 1,000-person rush on a loaded machine). Idle loopback sockets cost
  // little; stop() still drops them at once (server/lifecycle.ts).
  httpServer.keepAliveTimeout = 30_000
  try {
    if (options.seed && (await store.isEmpty())) await options.seed(store)
    const port = await listen(httpServer, options.port ?? 8787, host)
    functions = createFunctionHost({
      functionsDir: options.functionsDir,
      envId,
      appId: options.appId,
      // The SDK appends `env=...&seqId=...` straight after a URL that has a `?` (node-sdk utils/tcbapiendpoint.ts buildUrl).
      adminUrl: `http://127.0.0.1:${port}/admin?${SECRET_PARAM}=${secret}&`,
      instancesPerFunction: options.instancesPerFunction,
      callLog,
      tuned,
    })
    const functionHost = functions
    const setNow = (d: Date | null) => {
      fixedNow = d ? new Date(d.getTime()) : null
      functionHost.setNow(fixedNow)
    }
    const openApi = createOpenApi({
      store,
      now,
      permissionsOf: (fn) => functionHost.openapiPermissions(fn),
      miniProgramPages: () => options.miniProgramPages ?? [],
      baseUrl: () => `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    })
    const storage = createCloudStorage({ dataDir: options.dataDir, envId, baseUrl: () => `http://127.0.0.1:${port}` })
    // Function-to-function and timer calls carry no user, as in the cloud.
    const invokeAsSystem = (name: string, data: unknown) => functionHost.invoke(name, data, { openid: '' })
    timers = createTimerTriggers({ functionsDir: options.functionsDir, invoke: invokeAsSystem, now })
    const timerTriggers = timers
    const api = createCloudbaseApi({ store, now, invokeFunction: invokeAsSystem, openApi, storage })
    httpServer.on(
      'request',
      createRequestHandler({
        envId,
        functions: functionHost,
        admin: {
          handle: (body, meta) => {
            callLog.countAction(meta.instance, (body as { action?: unknown } | null)?.action)
            return api.handle(body as Record<string, unknown>, meta)
          },
        },
        clock: { set: setNow, get: () => fixedNow },
        staticDir: options.staticDir,
        services: { openApi, storage, timers: timerTriggers },
        access: { secret, allowedHosts: allowedHostsFor(host, port) },
        isTimerFunction: (name) => {
          try {
            return readTimerTriggers(options.functionsDir, name).length > 0
          } catch {
            return true // a broken timer config: still a timer function
          }
        },
      }),
    )
    if (options.runTimers) timerTriggers.start()

    const displayHost = host === '0.0.0.0' ? '127.0.0.1' : host
    return {
      url: `http://${displayHost}:${port}`,
      port,
      envId,
      secret,
      readOnlyReason: () => store.readOnlyReason(),
      callLog,
      store,
      setNow,
      invoke: (name, data = {}, openid) => functionHost.invoke(name, data, { openid: openid ?? '', fromClient: !!openid }),
      fireTimer: (functionName, triggerName) => timerTriggers.fire(functionName, triggerName),
      stop: async () => {
        timerTriggers.stop()
        // Functions first: in-flight calls end (with an error) before the server waits on their connections.
        await functionHost.stop()
        await close(httpServer)
        await store.close()
      },
    }
  } catch (err) {
    timers?.stop()
    await functions?.stop()
    await close(httpServer).catch(() => undefined)
    await store.close()
    throw err
  }
}
