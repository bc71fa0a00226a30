import { createServer } from 'node:http'
import { createCloudbaseApi } from './cloudbase-api'
import { createFunctionHost, type FunctionHost } from './functions'
import { createOpenApi } from './openapi'
import { close, createRequestHandler, listen } from './server'
import { createCloudStorage } from './storage'
import { createStore, type CollectionsConfig, type Storage } from './store'
import { createTimerTriggers, type TimerTriggers } from './timers'

export type LocalCloudStore = Storage

export interface LocalCloudOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number
  /** Default 127.0.0.1: the local cloud has no authentication, keep it off the network. */
  host?: string
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
}

export interface LocalCloud {
  url: string
  port: number
  envId: string
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
  let fixedNow: Date | null = null
  const now = () => (fixedNow ? new Date(fixedNow.getTime()) : new Date())

  const store = await createStore({ dataDir: options.dataDir, collections: options.collections as CollectionsConfig })
  let functions: FunctionHost | undefined
  let timers: TimerTriggers | undefined
  const httpServer = createServer()
  try {
    if (options.seed && (await store.isEmpty())) await options.seed(store)
    const port = await listen(httpServer, options.port ?? 8787, host)
    functions = createFunctionHost({
      functionsDir: options.functionsDir,
      envId,
      appId: options.appId,
      adminUrl: `http://127.0.0.1:${port}/admin`,
      instancesPerFunction: options.instancesPerFunction,
    })
    const functionHost = functions
    const setNow = (d: Date | null) => {
      fixedNow = d ? new Date(d.getTime()) : null
      functionHost.setNow(fixedNow)
    }
    const openApi = createOpenApi({ store, now, permissionsOf: (fn) => functionHost.openapiPermissions(fn) })
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
        admin: { handle: (body, meta) => api.handle(body as Record<string, unknown>, meta) },
        clock: { set: setNow, get: () => fixedNow },
        staticDir: options.staticDir,
        services: { openApi, storage, timers: timerTriggers },
      }),
    )
    if (options.runTimers) timerTriggers.start()

    const displayHost = host === '0.0.0.0' ? '127.0.0.1' : host
    return {
      url: `http://${displayHost}:${port}`,
      port,
      envId,
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
