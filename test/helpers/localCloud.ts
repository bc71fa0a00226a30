import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import projectConfig from '@/local-cloud.config'
import { startLocalCloud, type LocalCloud, type LocalCloudStore } from '@/local-cloud'
import type { ActionInput, ActionName, ActionOutput } from '@/types/actions'
import type { ApiResult } from '@/types/api'

export type { ApiResult } from '@/types/api'

/** A message in the local cloud's subscribe-message outbox (dates arrive as ISO strings). */
export interface OutboxMessage {
  _id: string
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState?: string
  sentAt: string
}

export interface TestCloudOptions {
  /** Run the project's seed on the fresh data directory. Default false: each test arranges its own data. */
  seed?: boolean
  /** Reuse a data directory (default: a fresh temp dir). */
  dataDir?: string
  functionsDir?: string
  collections?: object
  staticDir?: string
  /** Instances per function (default: LOCAL_CLOUD_INSTANCES, else 4; CloudBase runs up to 1000). */
  instancesPerFunction?: number
  /** The mini-program's pages for wxacode.getUnlimited's check_path (default: the app's, config/appPages.ts). */
  miniProgramPages?: readonly string[]
}

export interface TestCloud {
  readonly url: string
  /** The running cloud's secret for /admin and the service endpoints (changes after restart()). */
  readonly secret: string
  readonly dataDir: string
  /** The running cloud's store, to arrange data directly (changes after restart()). */
  readonly store: LocalCloudStore
  /** Database actions per function call, between `callLog.start()` and `callLog.stop()` (the running cloud's). */
  readonly callLog: LocalCloud['callLog']
  /**
   * POST /fn/api with `{ action, data }` as the user `openid` (none: no user). Typed from the contract
   * (types/actions.ts): `data` is what the action's schema accepts, the answer carries its output.
   */
  call<A extends ActionName>(action: A, data?: ActionInput<A>, openid?: string): Promise<ApiResult<ActionOutput<A>>>
  /** `call` that expects `{ ok: true }` and answers its data (an error answer fails the test with its code). */
  callOk<A extends ActionName>(action: A, data: ActionInput<A>, openid: string): Promise<ActionOutput<A>>
  /**
   * `call` past the contract's types, for what a user could send but the app never would: input the schema must
   * refuse, extra fields (`requestId`), unknown action names.
   */
  callUnchecked<T = unknown>(action: string, data?: unknown, openid?: string): Promise<ApiResult<T>>
  /** POST /fn/<name> with raw data; answers status and parsed body. */
  callFunction(name: string, data?: unknown, openid?: string): Promise<{ status: number; body: unknown }>
  /**
   * Calls a function in-process as the mini-program would (with `userInfo`), past the HTTP rules: the way to show
   * what a timer function does with a user's call, which the cloud allows and the local cloud's /fn refuses.
   */
  invokeAsUser(name: string, data: unknown, openid: string): Promise<unknown>
  /** Invokes a function with no user, as the management API's invokeFunction does for the deployer (any function). */
  invokeAsDeployer(name: string, data: unknown): Promise<unknown>
  setNow(now: Date | null): void
  /** GET /_local/outbox: the subscribe messages sent (to `touser`, or to anyone), newest first. */
  outbox(touser?: string): Promise<OutboxMessage[]>
  /** POST /_local/subscriptions: the user accepted requestSubscribeMessage for these templates (one message each). */
  grantSubscription(openid: string, templateIds: string[]): Promise<void>
  /** POST /_local/content-check: the words security.msgSecCheck reports as risky (replaces the list). */
  setBlockedWords(words: string[]): Promise<void>
  /** POST /_local/timers/<fn>/<trigger>: runs a timer trigger now; answers the function's return value. */
  fireTimer<T = unknown>(fn: string, trigger: string): Promise<T>
  /** Stops and starts again on the same data directory (a fresh port). */
  restart(): Promise<void>
  /** Stops, and deletes the data directory when the helper made it. */
  stop(): Promise<void>
}

export async function startTestCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'local-cloud-test-'))
  let fixedNow: Date | null = null
  const start = () =>
    startLocalCloud({
      port: 0,
      dataDir,
      functionsDir: options.functionsDir ?? projectConfig.functionsDir,
      staticDir: options.staticDir ?? projectConfig.staticDir,
      collections: options.collections ?? projectConfig.collections,
      envId: 'test',
      seed: options.seed ? projectConfig.seed : undefined,
      instancesPerFunction: options.instancesPerFunction,
      miniProgramPages: options.miniProgramPages ?? projectConfig.miniProgramPages,
    })
  let cloud: LocalCloud = await start()

  const callFunction = async (name: string, data: unknown = {}, openid?: string) => {
    const response = await fetch(`${cloud.url}/fn/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
      body: JSON.stringify(data),
    })
    return { status: response.status, body: await response.json() }
  }

  /** A /_local request that must succeed; answers the parsed body. Sent as the local cloud's own tools do, with its secret. */
  const local = async (method: string, pathAndQuery: string, body?: unknown) => {
    const response = await fetch(`${cloud.url}${pathAndQuery}`, {
      method,
      headers: { 'x-local-cloud-secret': cloud.secret, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const parsed = await response.json()
    if (response.status !== 200) throw new Error(`${method} ${pathAndQuery} answered ${response.status}: ${JSON.stringify(parsed)}`)
    return parsed
  }

  const callUnchecked = async <T>(action: string, data: unknown = {}, openid?: string) => {
    const { status, body } = await callFunction('api', { action, data }, openid)
    // A 500 means the function itself failed (threw, crashed, timed out): never an answer a test expects.
    if (status !== 200) throw new Error(`/fn/api ${action} answered ${status}: ${JSON.stringify(body)}`)
    return body as ApiResult<T>
  }

  return {
    get url() {
      return cloud.url
    },
    get secret() {
      return cloud.secret
    },
    dataDir,
    get store() {
      return cloud.store
    },
    get callLog() {
      return cloud.callLog
    },
    callFunction,
    invokeAsUser: (name, data, openid) => cloud.invoke(name, data, openid),
    invokeAsDeployer: (name, data) => cloud.invoke(name, data),
    callUnchecked,
    call: (action, data, openid) => callUnchecked(action, data, openid),
    async callOk(action, data, openid) {
      const res = await callUnchecked<ActionOutput<typeof action>>(action, data, openid)
      if (!res.ok) throw new Error(`${action}: ${res.error.code} ${res.error.message}`)
      return res.data
    },
    setNow(now) {
      fixedNow = now
      cloud.setNow(now)
    },
    outbox: (touser) => local('GET', `/_local/outbox${touser ? `?touser=${encodeURIComponent(touser)}` : ''}`),
    async grantSubscription(openid, templateIds) {
      await local('POST', '/_local/subscriptions', { openid, templateIds })
    },
    async setBlockedWords(words) {
      await local('POST', '/_local/content-check', { blocked: words })
    },
    fireTimer: (fn, trigger) => local('POST', `/_local/timers/${encodeURIComponent(fn)}/${encodeURIComponent(trigger)}`),
    async restart() {
      await cloud.stop()
      cloud = await start()
      cloud.setNow(fixedNow)
    },
    async stop() {
      await cloud.stop()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
